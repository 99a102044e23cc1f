import { decimalText } from '../decimal-text';
import {
  OPENNESS_COMPONENT_KEYS,
  OPENNESS_COMPONENT_LABELS,
  componentList,
  type ComponentGrade,
  type ComponentGrades,
  type OpennessComponentKey,
} from './openness-components';

/** Weight of each component in the openness score; any non-negative numbers, normalised. */
export type OpennessWeights = Record<OpennessComponentKey, number>;

/**
 * Equal weights, as the openness index sums its parameters (open 1, partial 0.5, closed 0): no
 * component is argued to matter more by default; a user who cares about data more than papers
 * says so in the settings.
 */
export const DEFAULT_OPENNESS_WEIGHTS: OpennessWeights = Object.fromEntries(
  OPENNESS_COMPONENT_KEYS.map((key) => [key, 1]),
) as OpennessWeights;

/** Points of a grade, 0-1: open 1, partial 0.5, closed and unknown 0. */
export const GRADE_POINTS: Record<ComponentGrade, number> = {
  open: 1,
  partial: 0.5,
  closed: 0,
  unknown: 0,
};

export interface OpennessWeightIssue {
  /** Dotted path of the offending weight ("weights.license"), or "weights" for the total. */
  path: string;
  message: string;
}

/** Problems with a weights object, in words a settings editor can show; empty when valid. */
export function validateOpennessWeights(weights: OpennessWeights): OpennessWeightIssue[] {
  const issues: OpennessWeightIssue[] = [];
  let total = 0;
  for (const key of OPENNESS_COMPONENT_KEYS) {
    const w = weights[key];
    const label = OPENNESS_COMPONENT_LABELS[key];
    if (!Number.isFinite(w)) {
      issues.push({ path: `weights.${key}`, message: `The ${label} weight must be a number.` });
    } else if (w < 0) {
      issues.push({ path: `weights.${key}`, message: `The ${label} weight cannot be negative.` });
    } else {
      total += w;
    }
  }
  if (issues.length === 0 && total <= 0) {
    issues.push({ path: 'weights', message: 'At least one component needs a positive weight.' });
  }
  return issues;
}

export interface ComponentContribution {
  key: OpennessComponentKey;
  grade: ComponentGrade;
  /** The component's share of the total weight, 0-1. */
  weight: number;
  /** Points it adds to the score, 0-100 (share × grade points × 100). */
  points: number;
}

export interface OpennessScore {
  /** 0-100, or null when the weights are invalid. */
  score: number | null;
  /** Components graded `unknown`, counted as closed. */
  unknown: OpennessComponentKey[];
  /** Each component's part; the points add up to the score. */
  contributions: ComponentContribution[];
  /** The rule that gave the score, in words. */
  reason: string;
}

function isEqual(weights: OpennessWeights): boolean {
  const first = weights[OPENNESS_COMPONENT_KEYS[0]];
  return OPENNESS_COMPONENT_KEYS.every((k) => weights[k] === first);
}

/**
 * Openness score 0-100: the weighted mean of the components' points (open 1, partial 0.5, closed
 * and unknown 0) times 100. Unknown components count as closed and are listed.
 */
export function opennessScore(
  grades: ComponentGrades,
  weights: OpennessWeights = DEFAULT_OPENNESS_WEIGHTS,
): OpennessScore {
  const unknown = OPENNESS_COMPONENT_KEYS.filter((k) => grades[k] === 'unknown');
  const issues = validateOpennessWeights(weights);
  if (issues.length > 0) {
    return {
      score: null,
      unknown,
      contributions: [],
      reason: `No score: ${issues.map((i) => i.message).join(' ')}`,
    };
  }
  const total = totalWeight(weights);
  const contributions = OPENNESS_COMPONENT_KEYS.map((key) => {
    const weight = weights[key] / total;
    return { key, grade: grades[key], weight, points: 100 * weight * GRADE_POINTS[grades[key]] };
  });
  const score = weightedScore(grades, weights, total);
  const count = (g: ComponentGrade) =>
    OPENNESS_COMPONENT_KEYS.filter((k) => grades[k] === g).length;
  const tally = `${count('open')} open, ${count('partial')} partial, ${count('closed')} closed, ${unknown.length} unknown`;
  const how = isEqual(weights)
    ? 'open counts 1, partial 0.5, closed 0, all components weighted equally'
    : 'open counts 1, partial 0.5, closed 0, components weighted as set';
  const unknownText =
    unknown.length === 0
      ? ''
      : ` Counted as closed because not sourced: ${componentList(unknown)}.`;
  return {
    score,
    unknown,
    contributions,
    reason: `${decimalText(score, 1)} of 100 from ${OPENNESS_COMPONENT_KEYS.length} components (${tally}; ${how}).${unknownText}`,
  };
}

function totalWeight(weights: OpennessWeights): number {
  let total = 0;
  for (const k of OPENNESS_COMPONENT_KEYS) total += weights[k];
  return total;
}

function weightedScore(grades: ComponentGrades, weights: OpennessWeights, total: number): number {
  // One division at the end, so that equal grades give exactly 100, 50 or 0; clamped against
  // rounding all the same.
  let weighted = 0;
  for (const k of OPENNESS_COMPONENT_KEYS) weighted += weights[k] * GRADE_POINTS[grades[k]];
  return Math.min(100, Math.max(0, (100 * weighted) / total));
}

/**
 * The score alone under `weights`, by the same rule as `opennessScore` without its reasons, for
 * code that scores many grade sets under one set of weights (the catalog's rows, the synthetic
 * data): the weights are checked once, here. Null for every set when the weights are invalid.
 */
export function opennessScoreOf(
  weights: OpennessWeights = DEFAULT_OPENNESS_WEIGHTS,
): (grades: ComponentGrades) => number | null {
  if (validateOpennessWeights(weights).length > 0) return () => null;
  const total = totalWeight(weights);
  return (grades) => weightedScore(grades, weights, total);
}
