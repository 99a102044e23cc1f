// The catalog importer off the main thread: parsing and diffing a large file never blocks input.
import { importCatalogs } from '@/domain/import/import-catalogs';
import type { ImportRequest } from './run-import';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { dataset, files, aliases } = event.data;
  try {
    self.postMessage({ ok: true, result: importCatalogs(dataset, files, { aliases }) });
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
