import type { ImportDiff } from '@/domain/import/diff-rows';
import { importCatalogs, type CatalogFile } from '@/domain/import/import-catalogs';
import type { ModelAliases } from '@/domain/import/model-aliases';
import type { ImportProblem } from '@/domain/import/catalog-record';
import type { Dataset } from '@/domain/schema/dataset';
import { yieldToMain } from '@/lib/yield-to-main';

export interface ImportRequest {
  dataset: Dataset;
  files: CatalogFile[];
  aliases: ModelAliases;
}

export type ImportResult = {
  diff: ImportDiff;
  problems: { file: string; problem: ImportProblem }[];
};

/**
 * Run the catalog importer (`importCatalogs`) in a Web Worker, so that reading and diffing a
 * large file leaves the page free to answer; where workers are not available (the tests' DOM)
 * it runs after a yield on the main thread. Either way nothing is written.
 */
export async function runImport(request: ImportRequest): Promise<ImportResult> {
  if (typeof Worker === 'undefined') {
    await yieldToMain();
    return importCatalogs(request.dataset, request.files, { aliases: request.aliases });
  }
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      worker.onmessage = (
        event: MessageEvent<{ ok: true; result: ImportResult } | { ok: false; message: string }>,
      ) => {
        if (event.data.ok) resolve(event.data.result);
        else reject(new Error(event.data.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The importer failed.'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
