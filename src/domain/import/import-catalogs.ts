import type { Dataset } from '../schema/dataset';
import { isIsoDay } from '../schema/precise-date';
import {
  IMPORT_LIMITS,
  type CatalogReading,
  type ImportLimits,
  type ImportProblem,
} from './catalog-record';
import { readFailed, type ReadOutcome } from './catalog-reading';
import { detectFormat } from './detect-format';
import { diffCatalogs, type DiffOptions } from './diff-catalogs';
import type { ImportDiff } from './diff-rows';
import { readCatalogText } from './read-catalog-text';
import { readModelEol } from './read-model-eol';
import { readModelsDevApi } from './read-models-dev-api';
import { readModelsDevModels } from './read-models-dev-models';
import { readOpenRouter } from './read-openrouter';

/** One file to import: its text, a name for messages, and the catalog's date when the file has none. */
export interface CatalogFile {
  name: string;
  text: string;
  /** ISO day of the snapshot: required for models.dev and OpenRouter, whose files carry no date. */
  catalogDate?: string;
}

/** Parse, detect and read one catalog file into records, or say why it cannot be. */
export function readCatalogFile(
  file: CatalogFile,
  limits: ImportLimits = IMPORT_LIMITS,
): ReadOutcome {
  const parsed = readCatalogText(file.text, limits);
  if (!parsed.ok) return parsed;
  const detected = detectFormat(parsed.json);
  if (detected.format === null) return readFailed('unknown-format', detected.reason);
  if (detected.format === 'model-eol') return readModelEol(parsed.json, { limits });
  const catalogDate = file.catalogDate;
  if (catalogDate === undefined || !isIsoDay(catalogDate))
    return readFailed(
      'no-date',
      `A ${detected.reason} file carries no date: give the day of the snapshot (YYYY-MM-DD).`,
    );
  switch (detected.format) {
    case 'models-dev-api':
      return readModelsDevApi(parsed.json, { catalogDate, limits });
    case 'models-dev-models':
      return readModelsDevModels(parsed.json, { catalogDate, limits });
    case 'openrouter':
      return readOpenRouter(parsed.json, { catalogDate, limits });
  }
}

/**
 * Import catalog files against the data set: each file is read on its own (a bad file is
 * reported and left out), then all readings are diffed together, so two catalogs that disagree
 * show side by side. Nothing is written: accepting rows makes a change set (diffToChangeSet).
 */
export function importCatalogs(
  dataset: Dataset,
  files: readonly CatalogFile[],
  options: DiffOptions & { limits?: ImportLimits } = {},
): { diff: ImportDiff; problems: { file: string; problem: ImportProblem }[] } {
  const readings: CatalogReading[] = [];
  const problems: { file: string; problem: ImportProblem }[] = [];
  for (const file of files) {
    const out = readCatalogFile(file, options.limits);
    if (out.ok) readings.push(out.reading);
    else problems.push({ file: file.name, problem: out.problem });
  }
  return { diff: diffCatalogs(dataset, readings, options), problems };
}
