import {
  IMPORT_LIMITS,
  type CatalogFacts,
  type CatalogFormat,
  type CatalogReading,
  type CatalogSource,
  type ImportLimits,
  type ImportProblem,
  type StatusClaim,
} from './catalog-record';
import {
  catalogSource,
  isRecord,
  modalitiesOf,
  preciseDateOf,
  str,
  thousands,
} from './catalog-values';

/** What a catalog reader gives: the reading, or the problem that stopped it. */
export type ReadOutcome =
  { ok: true; reading: CatalogReading } | { ok: false; problem: ImportProblem };

/** What the readers of undated catalogs take: the catalog's date, and the limits. */
export interface ReadOptions {
  catalogDate: string;
  limits?: ImportLimits;
}

/** A read stopped by a problem. */
export function readFailed(code: ImportProblem['code'], message: string): ReadOutcome {
  return { ok: false, problem: { code, message } };
}

/** A read refused for its size: `has` says what the file holds ("The file has 20,001 model records"). */
export function tooManyRecords(has: string, limits: ImportLimits): ReadOutcome {
  return readFailed(
    'too-many-records',
    `${has}; the importer reads up to ${thousands(limits.maxRecords)}.`,
  );
}

/** A reading with nothing read yet, for a reader to fill. */
export function emptyReading(
  format: CatalogFormat,
  catalogName: string,
  catalogDate: string,
): CatalogReading {
  return {
    format,
    catalogName,
    catalogDate,
    recordsRead: 0,
    records: [],
    rejected: [],
    warnings: [],
  };
}

/**
 * A reading begun over a file's `count` entries: refused for its size when there are more than
 * the limits allow (`has` says what the file holds, from the count as text: "The file has 20,001
 * model records"), else an empty reading for the catalog with the entries counted as read.
 */
export function beginReading(
  catalog: {
    format: CatalogFormat;
    catalogName: string;
    catalogDate: string;
    limits?: ImportLimits;
  },
  count: number,
  has: (count: string) => string,
): ReadOutcome {
  const { format, catalogName, catalogDate, limits = IMPORT_LIMITS } = catalog;
  if (count > limits.maxRecords) return tooManyRecords(has(thousands(count)), limits);
  const reading = emptyReading(format, catalogName, catalogDate);
  reading.recordsRead = count;
  return { ok: true, reading };
}

/** The source of the record `key` of the catalog being read, at its http(s) address `url`. */
export function sourceIn(reading: CatalogReading, key: string, url: string): CatalogSource {
  return catalogSource(reading.format, reading.catalogName, reading.catalogDate, key, url);
}

/** An entry's `id`, trimmed; null when it is not an object or has no id. */
export function entryId(entry: unknown): string | null {
  const id = isRecord(entry) ? str(entry.id)?.trim() : undefined;
  return id === undefined || id === '' ? null : id;
}

/** Adds a positive whole context window, and the modalities when both directions are known. */
export function addSizeFacts(
  facts: CatalogFacts,
  context: unknown,
  input: unknown,
  output: unknown,
): void {
  if (typeof context === 'number' && Number.isInteger(context) && context > 0)
    facts.contextWindow = context;
  const inputs = modalitiesOf(input);
  const outputs = modalitiesOf(output);
  if (inputs.length > 0 && outputs.length > 0)
    facts.modalities = { input: inputs, output: outputs };
}

/** A lifecycle claim on a day the catalog states exactly, unless `more` says otherwise. */
export function statusClaim(
  channel: string | null,
  status: StatusClaim['status'],
  date: string,
  source: CatalogSource,
  more: Partial<StatusClaim> = {},
): StatusClaim {
  return {
    channel,
    status,
    date: { date, precision: 'day' },
    dateStated: true,
    precision: 'exact',
    announced: null,
    replacement: null,
    source,
    ...more,
  };
}

/** The facts both models.dev files give a model alike: release, open weights, context window, modalities. */
export function modelsDevFacts(model: Record<string, unknown>): CatalogFacts {
  const facts: CatalogFacts = {};
  const release = preciseDateOf(model.release_date);
  if (release !== null) facts.release = release;
  if (typeof model.open_weights === 'boolean') facts.openWeights = model.open_weights;
  const limit = isRecord(model.limit) ? model.limit : {};
  const modalities = isRecord(model.modalities) ? model.modalities : {};
  addSizeFacts(facts, limit.context, modalities.input, modalities.output);
  return facts;
}
