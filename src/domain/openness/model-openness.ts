import { dayNumber, preciseDayNumber } from '../dates';
import type { PreciseDate } from '../schema/precise-date';
import type { ModelOpenness, ServedGradeSet } from '../schema/model-openness';
import { g7Tier, g7TierOf, type G7Tier, type G7TierResult } from './g7-tier';
import { mofClass, mofClassOf, type MofClass, type MofClassResult } from './mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  gradesOf,
  type ComponentGrade,
  type ComponentGrades,
  type OpennessComponentKey,
} from './openness-components';
import {
  DEFAULT_OPENNESS_WEIGHTS,
  GRADE_POINTS,
  opennessScore,
  opennessScoreOf,
  type OpennessScore,
  type OpennessWeights,
} from './openness-score';

const defaultScore = opennessScoreOf(DEFAULT_OPENNESS_WEIGHTS);

/*
 * The functions behind what the models endpoints serve about a model's openness components
 * (docs/api.md; the shape is `modelOpennessSchema` in ../schema/model-openness): the values
 * derived from the grades, the grade set in force on a date, and the changes between sets.
 */

export type {
  ModelOpenness,
  ServedComponent,
  ServedComponentSet,
  ServedGradeSet,
} from '../schema/model-openness';

/** The values derived from a model's grades, each with its reason. */
export interface DerivedOpenness {
  score: OpennessScore;
  mof: MofClassResult;
  g7: G7TierResult;
}

/** Score (0-100, under `weights`), MOF class and G7 tier of a set of grades, with their reasons. */
export function deriveOpenness(
  grades: ComponentGrades,
  weights: OpennessWeights = DEFAULT_OPENNESS_WEIGHTS,
): DerivedOpenness {
  return { score: opennessScore(grades, weights), mof: mofClass(grades), g7: g7Tier(grades) };
}

/** The index of the set in force on a day number: the last that starts by then, else the first. */
function indexAtDay(sets: readonly { from: PreciseDate }[], day: number): number {
  let found = 0;
  for (let i = 0; i < sets.length; i++) {
    if (preciseDayNumber((sets[i] as { from: PreciseDate }).from) <= day) found = i;
  }
  return found;
}

/**
 * The served `openness` of a model from its dated grade sets (oldest first, at least one), as
 * of an ISO day (the compile date); the score under the default weights. Throws on no sets.
 */
export function modelOpenness(sets: readonly ServedGradeSet[], asOfIso: string): ModelOpenness {
  const current = sets[indexAtDay(sets, dayNumber(asOfIso))];
  if (!current) throw new Error('A model needs at least one grade set.');
  const grades = gradesOf(current.components);
  return {
    asOf: asOfIso,
    score: defaultScore(grades) ?? 0,
    mofClass: mofClassOf(grades),
    g7Tier: g7TierOf(grades),
    components: current.components,
    history: sets.length > 1 ? [...sets] : [],
  };
}

/** What a grade set's grades give under the default weights, without the reasons in words. */
export interface DefaultOpennessValues {
  /** 0-100; NaN when the grades cannot be scored. */
  score: number;
  mofClass: MofClass;
  g7Tier: G7Tier;
}

/** By grade code (`componentSetCode`); emptied when it reaches `KEPT_CODES`. */
const defaultValuesByCode = new Map<number, DefaultOpennessValues>();
const KEPT_CODES = 65_536;

/**
 * The score, MOF class and G7 tier of a grade set under the default weights, kept by its grade
 * code: the bundled service and the catalog both read them for every model (100,000 synthetic
 * models have about 29,000 distinct sets), and equal codes are equal grades. `code` must be
 * `componentSetCode(components)`.
 */
export function defaultOpennessValues(
  components: ServedGradeSet['components'],
  code: number,
): DefaultOpennessValues {
  let values = defaultValuesByCode.get(code);
  if (values === undefined) {
    const grades = gradesOf(components);
    values = {
      score: defaultScore(grades) ?? Number.NaN,
      mofClass: mofClassOf(grades),
      g7Tier: g7TierOf(grades),
    };
    if (defaultValuesByCode.size >= KEPT_CODES) defaultValuesByCode.clear();
    defaultValuesByCode.set(code, values);
  }
  return values;
}

/** The shape of a model these helpers read (a served model, or any record with the same fields). */
export interface GradedModel {
  release: PreciseDate;
  openness?: ModelOpenness | undefined;
}

/** A model's dated grade sets, oldest first; empty when the model is not graded. */
export function gradeSetsOf(model: GradedModel): ServedGradeSet[] {
  const o = model.openness;
  if (!o) return [];
  return o.history.length > 0 ? o.history : [{ from: model.release, components: o.components }];
}

/**
 * The grade set in force on a day number (days since 1970-01-01): the last that starts by then;
 * before the first one (a model not yet released), the first. Null when the model is not graded.
 */
export function gradeSetAtDay(model: GradedModel, day: number): ServedGradeSet | null {
  const o = model.openness;
  if (!o) return null;
  if (o.history.length === 0) return { from: model.release, components: o.components };
  return o.history[indexAtDay(o.history, day)] ?? null;
}

/**
 * The grades packed in one integer, two bits per component in OPENNESS_COMPONENT_KEYS order
 * (open 0, partial 1, closed 2, unknown 3): 0 to 2^28 − 1. Equal grades give equal codes.
 */
export function gradeCode(grades: ComponentGrades): number {
  let code = 0;
  for (let i = 0; i < OPENNESS_COMPONENT_KEYS.length; i++) {
    code |= GRADE_CODE[grades[OPENNESS_COMPONENT_KEYS[i] as OpennessComponentKey]] << (2 * i);
  }
  return code;
}

/** `gradeCode` of a served component set, read without making its grades object. */
export function componentSetCode(set: ServedGradeSet['components']): number {
  let code = 0;
  for (let i = 0; i < OPENNESS_COMPONENT_KEYS.length; i++) {
    code |= GRADE_CODE[set[OPENNESS_COMPONENT_KEYS[i] as OpennessComponentKey].grade] << (2 * i);
  }
  return code;
}

/** Codes of the grades in `gradeCode`, and the grades by code. */
export const GRADE_CODE: Record<ComponentGrade, 0 | 1 | 2 | 3> = {
  open: 0,
  partial: 1,
  closed: 2,
  unknown: 3,
};
export const GRADES_BY_CODE: readonly ComponentGrade[] = ['open', 'partial', 'closed', 'unknown'];

/** The grade of component number `i` (0-13, OPENNESS_COMPONENT_KEYS order) in a packed code. */
export function gradeInCode(code: number, i: number): ComponentGrade {
  return GRADES_BY_CODE[(code >>> (2 * i)) & 3] ?? 'unknown';
}

/** One component whose grade changed between two dated grade sets. */
export interface GradeChange {
  /** The date the new grade holds from. */
  from: PreciseDate;
  key: OpennessComponentKey;
  before: ComponentGrade;
  after: ComponentGrade;
  /**
   * Which way the score moves: toward open when the new grade counts more points (open 1,
   * partial 0.5, closed and unknown 0), toward closed when fewer, neutral between closed and
   * unknown (both count 0).
   */
  direction: 'toward-open' | 'toward-closed' | 'neutral';
  /** True when either grade is `unknown` (counted as closed, so the move may be one of knowledge). */
  involvesUnknown: boolean;
}

/** Every component change between consecutive grade sets (oldest first), in set then component order. */
export function gradeChanges(sets: readonly ServedGradeSet[]): GradeChange[] {
  const changes: GradeChange[] = [];
  for (let i = 1; i < sets.length; i++) {
    const prev = sets[i - 1];
    const cur = sets[i];
    if (!prev || !cur) continue;
    for (const key of OPENNESS_COMPONENT_KEYS) {
      const before = prev.components[key].grade;
      const after = cur.components[key].grade;
      if (before === after) continue;
      const delta = GRADE_POINTS[after] - GRADE_POINTS[before];
      changes.push({
        from: cur.from,
        key,
        before,
        after,
        direction: delta > 0 ? 'toward-open' : delta < 0 ? 'toward-closed' : 'neutral',
        involvesUnknown: before === 'unknown' || after === 'unknown',
      });
    }
  }
  return changes;
}
