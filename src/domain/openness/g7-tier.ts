import { G7_TIERS, type G7Tier } from '../schema/model-openness';
import {
  componentList,
  gradeRank,
  moreOpen,
  type ComponentGrades,
  type OpennessComponentKey,
} from './openness-components';

/*
 * The four-step ladder of the G7 "Vision on AI Openness Opportunities and Shared Language"
 * (G7 Digital and Technology Ministers, Paris, 29 May 2026). Each step includes the one below:
 *   1 Weights Available: weights and deployment code released free of charge under a license
 *     with use restrictions (commercial, geographical, use case);
 *   2 Open Weights: weights and deployment code under an Open Source license;
 *   3 Open Source AI: as 2, plus training code, and the full training data or, where sharing it
 *     is legally or technically impossible, data information in its place;
 *   4 Open Source AI with Open Data: as 3, with the full training data released.
 * How each step reads our components is in docs/methodology.md.
 */

// The tier list lives with the served schema (the landing page checks it without these rules).
export { G7_TIERS, type G7Tier };

/** The ladder from the lowest step up; index + 1 is the step number. */
export const G7_STEPS = [
  'weights-available',
  'open-weights',
  'open-source',
  'open-source-open-data',
] as const;

export const G7_TIER_LABELS: Record<G7Tier, string> = {
  'open-source-open-data': 'Open Source AI with Open Data',
  'open-source': 'Open Source AI',
  'open-weights': 'Open Weights AI',
  'weights-available': 'Weights Available AI',
  none: 'Not on the ladder',
};

/** Step number of a tier, 0-4 (0: not on the ladder). */
export function g7Step(tier: G7Tier): 0 | 1 | 2 | 3 | 4 {
  return tier === 'none' ? 0 : ((G7_STEPS.indexOf(tier) + 1) as 1 | 2 | 3 | 4);
}

/** One condition of a step: `key` at least `min` (partial or open). */
interface Condition {
  key: OpennessComponentKey | 'weights';
  min: 'partial' | 'open';
  what: string;
}

const STEP_CONDITIONS: Record<(typeof G7_STEPS)[number], readonly Condition[]> = {
  'weights-available': [
    { key: 'weights', min: 'partial', what: 'weights released (base or end model, gated counts)' },
    { key: 'inferenceCode', min: 'partial', what: 'deployment (inference) code released' },
  ],
  'open-weights': [
    { key: 'weights', min: 'open', what: 'weights freely downloadable' },
    { key: 'inferenceCode', min: 'open', what: 'deployment code under an open source license' },
    { key: 'license', min: 'open', what: 'an open source license' },
  ],
  'open-source': [
    { key: 'trainingCode', min: 'open', what: 'training code released' },
    { key: 'trainingDataBase', min: 'partial', what: 'pre-training data or data information' },
    { key: 'trainingDataFineTuning', min: 'partial', what: 'fine-tuning data or data information' },
  ],
  'open-source-open-data': [
    { key: 'trainingDataBase', min: 'open', what: 'full pre-training data released' },
    { key: 'trainingDataFineTuning', min: 'open', what: 'full fine-tuning data released' },
  ],
};

/**
 * The G7 tier alone, by the same rule as `g7Tier` without its reasons: for code that reads the
 * tier of many models (the catalog's rows, the synthetic data) and never shows the reason.
 */
export function g7TierOf(grades: ComponentGrades): G7Tier {
  let reached: G7Tier = 'none';
  for (const step of G7_STEPS) {
    for (const c of STEP_CONDITIONS[step]) {
      if (rankOf(grades, c.key) < (c.min === 'open' ? 2 : 1)) return reached;
    }
    reached = step;
  }
  return reached;
}

function rankOf(grades: ComponentGrades, key: Condition['key']): 0 | 1 | 2 {
  // The model's weights are the more open of its base and end weights.
  return gradeRank(
    key === 'weights' ? moreOpen(grades.baseWeights, grades.endWeights) : grades[key],
  );
}

export interface G7TierResult {
  tier: G7Tier;
  /** 0-4: the step reached. */
  step: 0 | 1 | 2 | 3 | 4;
  /** Conditions of the next step that are not met (empty at step 4). */
  unmetForNext: string[];
  /** The rule that placed the model, in words. */
  reason: string;
}

/**
 * The G7 openness step a model reaches: the highest step whose conditions, and every lower
 * step's, hold; `unknown` counts as closed.
 */
export function g7Tier(grades: ComponentGrades): G7TierResult {
  let reached: G7Tier = 'none';
  for (const step of G7_STEPS) {
    const unmet = STEP_CONDITIONS[step].filter(
      (c) => rankOf(grades, c.key) < (c.min === 'open' ? 2 : 1),
    );
    if (unmet.length > 0) {
      const unknownKeys = unmet
        .map((c) => c.key)
        .filter((k): k is OpennessComponentKey => k !== 'weights' && grades[k] === 'unknown');
      const unknownText =
        unknownKeys.length > 0 ? ` (${componentList(unknownKeys)} unknown, counted as closed)` : '';
      const head =
        reached === 'none'
          ? `${G7_TIER_LABELS.none}: ${G7_TIER_LABELS[step]} needs`
          : `${G7_TIER_LABELS[reached]}: ${G7_TIER_LABELS[step]} would also need`;
      return {
        tier: reached,
        step: g7Step(reached),
        unmetForNext: unmet.map((c) => c.what),
        reason: `${head} ${unmet.map((c) => c.what).join('; ')}${unknownText}.`,
      };
    }
    reached = step;
  }
  return {
    tier: 'open-source-open-data',
    step: 4,
    unmetForNext: [],
    reason: `${G7_TIER_LABELS['open-source-open-data']}: weights, deployment and training code under an open source license, with the full training data released.`,
  };
}
