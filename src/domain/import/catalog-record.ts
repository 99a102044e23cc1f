import type { Modality } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';

/** The catalog formats the importers read. */
export type CatalogFormat = 'models-dev-api' | 'models-dev-models' | 'openrouter' | 'model-eol';

/** Where a proposed fact comes from: the catalog, the record's http(s) address and the catalog's date. */
export interface CatalogSource {
  /** The record's address (http or https only). */
  url: string;
  /** "models.dev (2026-07-02): amazon-bedrock/openai.gpt-oss-120b-1:0", cut for display. */
  label: string;
  catalog: CatalogFormat;
  /** "models.dev", "OpenRouter", "model-eol feed (openai)". */
  catalogName: string;
  /** The record's key in the catalog ("amazon-bedrock/openai.gpt-oss-120b-1:0"). */
  recordKey: string;
  /** The catalog's date (ISO day): its snapshot date or `generated`. */
  catalogDate: string;
}

/**
 * A catalog's statement about a model's lifecycle on one channel (null: the provider's own API).
 * `none` is model-eol's affirmative "no retirement scheduled as of the feed's date".
 */
export interface StatusClaim {
  channel: string | null;
  status: 'deprecated' | 'retired' | 'none';
  /** The day it takes effect; for `none`, the catalog's date. */
  date: PreciseDate;
  /** False when the catalog says the status without a date (models.dev's `status: "deprecated"`): the date is the catalog's. */
  dateStated: boolean;
  precision: 'exact' | 'earliest';
  /** The announcement day of a retirement or deprecation, when stated. */
  announced: string | null;
  /** The successor id as the catalog names it. */
  replacement: string | null;
  source: CatalogSource;
}

/** The facts a catalog states about one model record; absent means the catalog does not say. */
export interface CatalogFacts {
  release?: PreciseDate;
  openWeights?: boolean;
  license?: string;
  /** Tokens. */
  contextWindow?: number;
  modalities?: { input: Modality[]; output: Modality[] };
  /** When the catalog first listed the model (OpenRouter's `created`): not its release. */
  listed?: PreciseDate;
}

/**
 * One model record of a catalog, read into a common shape. `role` says whose record it is: the
 * lab's own (its API, or its model facts as models.dev's model list keeps them), a
 * distributor's (a cloud serving other labs' models, whose facts describe that offering) or an
 * aggregator's (OpenRouter's list, which routes to several serving providers).
 */
export interface CatalogRecord {
  key: string;
  externalId: string;
  /** Other identifiers of the same record (model-eol aliases, OpenRouter's canonical slug). */
  aliases: string[];
  /** The name as the catalog gives it, whole (cut only where shown). */
  name: string;
  /** The lab token as the catalog spells it ("openai", "meta-llama", "zhipuai"); null when unknown. */
  lab: string | null;
  role: 'lab' | 'distributor' | 'aggregator';
  /** For a distributor's record, the channel slug of its lifecycle (`bedrock`, `azure`, `vertex`, ...). */
  channel: string | null;
  source: CatalogSource;
  facts: CatalogFacts;
  /** Weight download places with http(s) addresses. */
  downloads: { label: string | null; url: string }[];
  lifecycle: StatusClaim[];
}

/** A catalog file read into records, with what could not be read and why. */
export interface CatalogReading {
  format: CatalogFormat;
  /** "models.dev", "OpenRouter", "model-eol feed (openai)". */
  catalogName: string;
  catalogDate: string;
  recordsRead: number;
  records: CatalogRecord[];
  /** Records left out, with the reason (a missing id, a wrong type, no http(s) source). */
  rejected: { key: string; reason: string }[];
  warnings: string[];
}

/** Limits on what an importer reads: larger input is refused with a message saying so. */
export interface ImportLimits {
  /** Characters of JSON text. */
  maxChars: number;
  /** Model records in one file. */
  maxRecords: number;
}

/** Default limits: about 10 MB of text and 20,000 records (the real catalogs are under 0.5 MB and 700 records). */
export const IMPORT_LIMITS: ImportLimits = { maxChars: 10_000_000, maxRecords: 20_000 };

/** A reason an import cannot go on, for the user. */
export interface ImportProblem {
  code:
    'too-large' | 'not-json' | 'unknown-format' | 'too-many-records' | 'no-date' | 'bad-structure';
  message: string;
}
