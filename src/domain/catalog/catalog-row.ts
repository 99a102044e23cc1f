import { compareTextKey } from '../compare-text';
import { dayNumber, preciseDayNumber } from '../dates';
import {
  commercialUseAllowed,
  hasUserCap,
  LICENSE_TIERS,
  licenseTier,
  type LicenseTier,
} from '../license';
import { opennessAtDay, opennessLevel, statusAtDay, type OpennessLevel } from '../openness';
import { G7_TIERS, g7TierOf, type G7Tier } from '../openness/g7-tier';
import { MOF_CLASSES, mofClassOf, type MofClass } from '../openness/mof-class';
import {
  componentSetCode,
  defaultOpennessValues,
  gradeSetAtDay,
  type ServedGradeSet,
} from '../openness/model-openness';
import { gradesOf } from '../openness/openness-components';
import {
  DEFAULT_OPENNESS_WEIGHTS,
  opennessScoreOf,
  type OpennessWeights,
} from '../openness/openness-score';
import type { Modality, Model, OpennessEntry, Weights } from '../schema/model';
import { modalitySchema } from '../schema/model';
import type { Provider } from '../schema/provider';

/** Status of a model on the as-of date; `unreleased` when it comes out later. */
export const CATALOG_STATUSES = ['active', 'deprecated', 'retired', 'unreleased'] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];

export const MODALITIES: readonly Modality[] = modalitySchema.options;
export const WEIGHTS: readonly Weights[] = ['open', 'closed'];

/** Yes / no / unknown, as a small code: 0 yes, 1 no, 2 unknown (never matches yes or no). */
export type TriState = 0 | 1 | 2;

/**
 * One catalog row: a model with every field the catalog filters, sorts and shows on, resolved
 * once for an as-of date. Codes are small integers so the filter loop compares numbers only.
 */
export interface CatalogRow {
  index: number;
  model: Model;
  /** Index into the provider list, or -1 when the model names an unknown provider. */
  providerIdx: number;
  providerName: string;
  /** The openness entry in force on the as-of date (the first one before release). */
  entry: OpennessEntry;
  level: OpennessLevel;
  weights: Weights;
  /** 0 open, 1 closed. */
  weightsCode: number;
  tier: LicenseTier;
  /** Index into LICENSE_TIERS. */
  tierCode: number;
  commercial: TriState;
  userCap: TriState;
  /** Bit i set when the model handles MODALITIES[i] (input or output); 0 when unknown. */
  modalityMask: number;
  /** Tokens; -1 when unknown. */
  context: number;
  releaseDay: number;
  status: CatalogStatus;
  /** Index into CATALOG_STATUSES. */
  statusCode: number;
  /** The openness grade set in force on the as-of date (the first before release); null: not graded. */
  gradeSet: ServedGradeSet | null;
  /** The grades packed by `gradeCode`; -1 when not graded. */
  gradeCode: number;
  /** Openness score 0-100 under the catalog's component weights; NaN when not graded. */
  score: number;
  g7: G7Tier | null;
  /** Index into G7_TIERS; G7_TIERS.length when not graded. */
  g7Code: number;
  mof: MofClass | null;
  /** Index into MOF_CLASSES; MOF_CLASSES.length when not graded. */
  mofCode: number;
  /**
   * The family, license and restrictions, each after a line break, lowercase: the end of the
   * row's search text (`catalogRowText`), shared by the models of a family.
   */
  textTail: string;
  /** compareTextKey of the name and of the provider's name, for sorting; null when not ASCII. */
  nameKey: string | null;
  providerKey: string | null;
}

/**
 * A row's free-text search text: its name, family, license and restrictions on lines of their
 * own, lowercase. Made when the catalog's columns are (a row keeps only the shared end of it:
 * 100,000 texts kept on the rows held about 20 MB).
 */
export function catalogRowText(row: CatalogRow): string {
  return row.model.name.toLowerCase() + row.textTail;
}

/** A row's provider risk from `providerRisk` (indexed like `providerIdx`): NaN for "no data". */
export function providerRiskOf(row: CatalogRow, providerRisk: ArrayLike<number>): number {
  return row.providerIdx < 0 ? NaN : (providerRisk[row.providerIdx] ?? NaN);
}

function triState(value: boolean | null): TriState {
  return value === null ? 2 : value ? 0 : 1;
}

interface OpennessValues {
  score: number;
  g7: G7Tier;
  mof: MofClass;
}

/** What a row reads from its openness entry alone. */
interface EntryValues {
  level: OpennessLevel;
  tier: LicenseTier;
  tierCode: number;
  commercial: TriState;
  userCap: TriState;
  /** The license and restrictions, each after a line break, lowercase (the end of `text`). */
  text: string;
}

function entryValuesOf(entry: OpennessEntry): EntryValues {
  const tier = licenseTier(entry);
  return {
    level: opennessLevel(entry),
    tier,
    tierCode: LICENSE_TIERS.indexOf(tier),
    commercial: triState(commercialUseAllowed(tier)),
    // A user cap is known only where the terms are: unknown terms leave it unknown.
    userCap: hasUserCap(entry) ? 0 : tier === 'unknown' ? 2 : 1,
    text: ['', entry.license ?? '', ...entry.restrictions].join('\n').toLowerCase(),
  };
}

/**
 * Builds the catalog rows of every model a range at a time, so that a large catalog can be built
 * over several tasks (`rows` is complete once every index has been built, in any order of
 * ranges). The rows are the same as `buildCatalogRows`'s, which builds them all at once.
 */
export interface CatalogRowBuilder {
  /** One slot per model; a slot is filled once its range has been built. */
  readonly rows: CatalogRow[];
  /** Builds the rows of the models at indexes `from` (inclusive) to `to` (exclusive). */
  build(from: number, to: number): void;
}

export function createCatalogRowBuilder(
  data: { models: readonly Model[]; providers: readonly Provider[] },
  asOfIso: string,
  weights: OpennessWeights = DEFAULT_OPENNESS_WEIGHTS,
): CatalogRowBuilder {
  const day = dayNumber(asOfIso);
  // Score, tier and class depend only on the grades: computed once per distinct set of grades
  // (a few dozen in the real data, some thousands among 100,000 synthetic models).
  const derived = new Map<number, OpennessValues>();
  const scoreOf = opennessScoreOf(weights);
  const valuesOf = (set: ServedGradeSet, code: number): OpennessValues => {
    let v = derived.get(code);
    if (!v) {
      if (weights === DEFAULT_OPENNESS_WEIGHTS) {
        // Kept across catalogs and with the bundled service, which reads the same values.
        const d = defaultOpennessValues(set.components, code);
        v = { score: d.score, g7: d.g7Tier, mof: d.mofClass };
      } else {
        const grades = gradesOf(set.components);
        v = {
          score: scoreOf(grades) ?? Number.NaN,
          g7: g7TierOf(grades),
          mof: mofClassOf(grades),
        };
      }
      derived.set(code, v);
    }
    return v;
  };
  const providerIndex = new Map<string, number>();
  data.providers.forEach((p, i) => providerIndex.set(p.id, i));
  const rows: CatalogRow[] = new Array<CatalogRow>(data.models.length);
  const providerKeys = new Map<string, string | null>();
  // A family's models share their histories, release date, modalities and openness (the
  // synthetic ones by reference, and so do many real ones): what depends on one of those alone
  // is kept for the last one seen, so that consecutive models sharing it reuse it.
  let lastHistory: readonly OpennessEntry[] | null = null;
  let lastEntry: OpennessEntry | null = null;
  let entryValues: EntryValues | null = null;
  let lastStatusHistory: Model['statusHistory'] | null = null;
  let lastRelease: Model['release'] | null = null;
  let releaseDay = 0;
  let status: CatalogStatus = 'unreleased';
  let lastModalities: Model['modalities'] | undefined = undefined;
  let modalityMask = 0;
  let lastOpenness: Model['openness'] | undefined = undefined;
  let lastGradeRelease: Model['release'] | null = null;
  let gradeSet: ServedGradeSet | null = null;
  let lastComponents: ServedGradeSet['components'] | null = null;
  let code = -1;
  let lastFamily: string | null = null;
  let textTail = '';
  let lastTailEntry: OpennessEntry | null = null;
  const build = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const model = data.models[i] as Model;
      const providerIdx = providerIndex.get(model.providerId) ?? -1;
      const provider = providerIdx >= 0 ? data.providers[providerIdx] : undefined;
      if (model.release !== lastRelease) {
        lastRelease = model.release;
        releaseDay = preciseDayNumber(model.release);
        lastStatusHistory = null;
      }
      if (model.opennessHistory !== lastHistory) {
        lastHistory = model.opennessHistory;
        // Before release a model is shown at the openness it was published with.
        const entry = opennessAtDay(model, day) ?? (model.opennessHistory[0] as OpennessEntry);
        if (entry !== lastEntry) {
          lastEntry = entry;
          entryValues = entryValuesOf(entry);
        }
      }
      const ev = entryValues as EntryValues;
      const entry = lastEntry as OpennessEntry;
      if (model.statusHistory !== lastStatusHistory) {
        lastStatusHistory = model.statusHistory;
        status = statusAtDay(model, day) ?? 'unreleased';
      }
      if (model.modalities !== lastModalities) {
        lastModalities = model.modalities;
        modalityMask = 0;
        if (model.modalities) {
          for (const m of model.modalities.input) modalityMask |= 1 << MODALITIES.indexOf(m);
          for (const m of model.modalities.output) modalityMask |= 1 << MODALITIES.indexOf(m);
        }
      }
      if (model.openness !== lastOpenness || model.release !== lastGradeRelease) {
        lastOpenness = model.openness;
        lastGradeRelease = model.release;
        gradeSet = gradeSetAtDay(model, day);
      }
      if (gradeSet === null) code = -1;
      else if (gradeSet.components !== lastComponents) {
        lastComponents = gradeSet.components;
        code = componentSetCode(gradeSet.components);
      }
      const values = gradeSet ? valuesOf(gradeSet, code) : null;
      const providerName = provider?.shortName ?? model.providerId;
      let providerKey = providerKeys.get(providerName);
      if (providerKey === undefined) {
        providerKey = compareTextKey(providerName);
        providerKeys.set(providerName, providerKey);
      }
      if (model.family !== lastFamily || entry !== lastTailEntry) {
        lastFamily = model.family;
        lastTailEntry = entry;
        // The lines lowercased one by one: a line break is neither a letter nor ignored by case
        // mapping, so this is the lowercase of the lines joined.
        textTail = `\n${model.family.toLowerCase()}${ev.text}`;
      }
      rows[i] = {
        index: i,
        model,
        providerIdx,
        providerName,
        entry,
        level: ev.level,
        weights: entry.weights,
        weightsCode: entry.weights === 'open' ? 0 : 1,
        tier: ev.tier,
        tierCode: ev.tierCode,
        commercial: ev.commercial,
        userCap: ev.userCap,
        modalityMask,
        context: model.contextWindow ?? -1,
        releaseDay,
        status,
        statusCode: CATALOG_STATUSES.indexOf(status),
        gradeSet,
        gradeCode: code,
        score: values ? values.score : Number.NaN,
        g7: values ? values.g7 : null,
        g7Code: values ? G7_TIERS.indexOf(values.g7) : G7_TIERS.length,
        mof: values ? values.mof : null,
        mofCode: values ? MOF_CLASSES.indexOf(values.mof) : MOF_CLASSES.length,
        textTail,
        nameKey: compareTextKey(model.name),
        providerKey,
      };
    }
  };
  return { rows, build };
}

/**
 * Catalog rows of every model, with openness (level, component grades, score under `weights`,
 * G7 tier, MOF class), license and status resolved at an ISO as-of day.
 */
export function buildCatalogRows(
  data: { models: readonly Model[]; providers: readonly Provider[] },
  asOfIso: string,
  weights: OpennessWeights = DEFAULT_OPENNESS_WEIGHTS,
): CatalogRow[] {
  const builder = createCatalogRowBuilder(data, asOfIso, weights);
  builder.build(0, data.models.length);
  return builder.rows;
}
