import type { RatingProposal } from '../changes/propose-rating';
import type { Channel } from '../schema/channel';
import type { EventType } from '../schema/event';
import type { Modality, ModelStatus } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import type { ProviderKind } from '../schema/provider';
import type { RatingContext } from '../schema/rating-context';
import type { CatalogFormat, CatalogSource } from './catalog-record';
import type { ModelMatch } from './match-model';

/** The model facts an import compares. */
export type FactName = 'release' | 'weights' | 'license' | 'contextWindow' | 'modalities';

/** One catalog record's statement of a value, shown side by side with the others in a conflict. */
export interface Claim {
  /** The value: a precise date, a boolean, a number, a string, modalities, or null for "none scheduled". */
  value: unknown;
  /** The value as text, for display. */
  shown: string;
  source: CatalogSource;
  /** How the record was matched to the model. */
  match: ModelMatch;
}

interface RowBase {
  /** Stable across runs of the same import: accept or reject rows by it. */
  id: string;
  /** What the row proposes, in words, cut for display. */
  label: string;
  sources: CatalogSource[];
}

/** A lab the data set does not have: a provider to create, once its country and kind are filled in. */
export interface NewProviderRow extends RowBase {
  kind: 'new-provider';
  lab: string;
  draft: {
    id: string;
    name: string;
    shortName: string;
    /** Catalogs do not say: the reviewer fills it in. */
    hqCountry: string | null;
    kind: ProviderKind | null;
  };
  /** Fields to fill before the row can be accepted. */
  missing: string[];
}

/** A model the data set does not have, proposed from unmatched catalog records. */
export interface NewModelRow extends RowBase {
  kind: 'new-model';
  /** The data set's provider, or the id of a new provider proposed by a new-provider row. */
  providerId: string;
  newProvider: boolean;
  draft: {
    id: string;
    name: string | null;
    family: string;
    release: PreciseDate | null;
    weights: 'open' | 'closed' | null;
    license: string | null;
    channels: Channel[];
    modalities: { input: Modality[]; output: Modality[] } | null;
    contextWindow: number | null;
    /** Fields taken from a weaker statement (a listing date as the release, the id as the family). */
    unverifiedFields: string[];
  };
  missing: string[];
  /** `<catalog>:<record key>` of each record behind the proposal. */
  recordKeys: string[];
}

/** A fact of a model that the catalogs state otherwise, and that is not a conflict. */
export interface FactRow extends RowBase {
  kind: 'changed-fact';
  modelId: string;
  fact: FactName;
  before: unknown;
  after: unknown;
  beforeShown: string;
  afterShown: string;
  /** "fills an unknown", "refines the month to a day", ... */
  why: string;
  /** The date the correction is stated as of: the catalog's date. */
  asOf: PreciseDate;
  claims: Claim[];
}

/** A deprecation or retirement, on one channel, that the data set does not have yet. */
export interface LifecycleRow extends RowBase {
  kind: 'lifecycle';
  modelId: string;
  providerId: string;
  /** null: the provider's own API. */
  channel: string | null;
  status: Exclude<ModelStatus, 'active'>;
  date: PreciseDate;
  /** False when the catalog gave the status without a date (the date is the catalog's). */
  dateStated: boolean;
  precision: 'exact' | 'earliest';
  announced: string | null;
  replacement: { modelId: string | null; name: string } | null;
  /** True when the date is after the catalog's date (announced, not yet happened). */
  scheduled: boolean;
  /** Whether the model is taken as the provider's flagship: its newest model on the announcement day. */
  flagship: boolean;
  /** An existing event of the data set that already states this step, linked instead of creating one. */
  existingEventId: string | null;
  claims: Claim[];
  /** Lower-ranked records (dated snapshots) that say something else, shown with the row. */
  variants: Claim[];
}

/** Catalogs against a verified fact, a date moving backwards, or catalogs against each other: never applied silently. */
export interface ConflictRow extends RowBase {
  kind: 'conflict';
  modelId: string;
  fact: FactName | 'status';
  channel: string | null;
  /** For a status conflict, the status in question. */
  status: ModelStatus | null;
  reason: 'verified-fact' | 'date-backwards' | 'catalogs-disagree' | 'status-differs';
  why: string;
  ours: { value: unknown; shown: string; verified: boolean };
  claims: Claim[];
}

export type DiffRow = NewProviderRow | NewModelRow | FactRow | LifecycleRow | ConflictRow;

/** An event that accepting rows would create, with the rating the rule gives it. */
export interface ProposedEvent {
  id: string;
  type: Extract<EventType, 'deprecation' | 'retirement' | 'open-to-closed' | 'closed-to-open'>;
  providerId: string;
  date: PreciseDate;
  channel: string | null;
  scheduled: boolean;
  modelIds: string[];
  rowIds: string[];
  title: string;
  summary: string;
  rating: RatingProposal;
  ratingContext: RatingContext;
  sources: CatalogSource[];
}

/** A catalog record matched to a model, with the reason. */
export interface MatchedRecord {
  recordKey: string;
  catalog: CatalogFormat;
  modelId: string;
  match: ModelMatch;
}

/** A catalog record not matched to any model: listed, with a way to map it. */
export interface UnmatchedRecord {
  recordKey: string;
  catalog: CatalogFormat;
  externalId: string;
  /** The record's name, cut for display. */
  label: string;
  lab: string | null;
  providerId: string | null;
  /** The new-model row that proposes it, if any. */
  proposedIn: string | null;
  /** Models that share its best key (ambiguous), to choose from. */
  candidates: string[];
  reason: string;
  source: CatalogSource;
}

/** Per catalog file: what a user would check first. */
export interface CatalogSummary {
  format: CatalogFormat;
  catalogName: string;
  catalogDate: string;
  recordsRead: number;
  rejected: number;
  matched: number;
  /** Records proposed as new models. */
  new: number;
  /** Rows changing an existing model (facts and lifecycle steps) that cite this catalog. */
  changed: number;
  conflicts: number;
  /** Records neither matched nor proposed as new. */
  unmatched: number;
}

/** The result of an import: a diff against the data set, never a write. */
export interface ImportDiff {
  summaries: CatalogSummary[];
  rows: DiffRow[];
  /** What accepting every row would create (accepting some rows creates the events of those). */
  events: ProposedEvent[];
  matched: MatchedRecord[];
  unmatched: UnmatchedRecord[];
  rejected: { catalog: CatalogFormat; key: string; reason: string }[];
  warnings: string[];
}
