import { MOF_CLASSES, type MofClass } from '../schema/model-openness';
import {
  OPENNESS_COMPONENT_LABELS,
  componentList,
  isOpen,
  moreOpen,
  type ComponentGrade,
  type ComponentGrades,
  type OpennessComponentKey,
} from './openness-components';

/*
 * The Model Openness Framework (LF AI & Data; arXiv 2403.13784; the Model Openness Tool's
 * component table) ranks a release in three cumulative classes, each requiring its components to
 * be released under an open license of the right type. Our fourteen components cover most of
 * MOF's; the rest are listed as not graded in every answer. docs/methodology.md has the mapping.
 */

// The class list lives with the served schema (the landing page checks it without these rules).
export { MOF_CLASSES, type MofClass };

export const MOF_CLASS_LABELS: Record<MofClass, string> = {
  'class-i': 'Class I – Open Science',
  'class-ii': 'Class II – Open Tooling',
  'class-iii': 'Class III – Open Model',
  'not-classified': 'Not classified',
};

/** Rank of a class, 0-3: not classified 0, Class III 1, Class II 2, Class I 3. */
export const MOF_CLASS_RANK: Record<MofClass, 0 | 1 | 2 | 3> = {
  'not-classified': 0,
  'class-iii': 1,
  'class-ii': 2,
  'class-i': 3,
};

/** One MOF requirement read from our components: met when any of `anyOf` is open. */
interface MofRequirement {
  mof: string;
  anyOf: readonly OpennessComponentKey[];
}

/** Class III (Open Model): the model and its documentation, under open licenses. */
const CLASS_III: readonly MofRequirement[] = [
  { mof: 'open license', anyOf: ['license'] },
  { mof: 'model parameters (final)', anyOf: ['endWeights', 'baseWeights'] },
  { mof: 'model architecture (code)', anyOf: ['inferenceCode'] },
  // MOF lets a research paper stand in for the technical report.
  { mof: 'technical report', anyOf: ['technicalReport', 'peerReviewedPaper'] },
  { mof: 'model card', anyOf: ['modelCard'] },
  { mof: 'data card', anyOf: ['dataSheet'] },
];
/** Class II (Open Tooling) adds the code to train and run the model. */
const CLASS_II: readonly MofRequirement[] = [
  { mof: 'training code', anyOf: ['trainingCode'] },
  { mof: 'inference code', anyOf: ['inferenceCode'] },
];
/** Class I (Open Science) adds the data and the research paper. */
const CLASS_I: readonly MofRequirement[] = [
  { mof: 'datasets (pre-training)', anyOf: ['trainingDataBase'] },
  { mof: 'datasets (fine-tuning)', anyOf: ['trainingDataFineTuning'] },
  { mof: 'research paper', anyOf: ['peerReviewedPaper'] },
];

/** MOF components that none of our fourteen components grades, per class (never checked). */
export const MOF_NOT_GRADED: Record<Exclude<MofClass, 'not-classified'>, readonly string[]> = {
  'class-iii': ['evaluation results'],
  'class-ii': ['evaluation code', 'evaluation data'],
  'class-i': ['intermediate model parameters'],
};

export interface MofClassResult {
  mofClass: MofClass;
  /** Our components that keep the model from the next class up (empty at Class I). */
  missingForNext: OpennessComponentKey[];
  /** MOF components up to the reached class (or Class III) that we do not grade. */
  notGraded: string[];
  /** The rule that placed the model, in words. */
  reason: string;
}

function unmet(grades: ComponentGrades, reqs: readonly MofRequirement[]): MofRequirement[] {
  return reqs.filter((r) => {
    const best = r.anyOf.reduce<ComponentGrade>((g, k) => moreOpen(g, grades[k]), 'closed');
    return !isOpen(best);
  });
}

function missingKeys(reqs: readonly MofRequirement[]): OpennessComponentKey[] {
  // Each unmet requirement is named by its first component (the one to open).
  return reqs.map((r) => r.anyOf[0]).filter((k): k is OpennessComponentKey => k !== undefined);
}

/**
 * The MOF class a model reaches from its component grades: the highest class whose required
 * components (and all lower classes') are `open`; `unknown` counts as not open.
 */
export function mofClass(grades: ComponentGrades): MofClassResult {
  const classes: { id: Exclude<MofClass, 'not-classified'>; reqs: readonly MofRequirement[] }[] = [
    { id: 'class-iii', reqs: CLASS_III },
    { id: 'class-ii', reqs: CLASS_II },
    { id: 'class-i', reqs: CLASS_I },
  ];
  let reached: MofClass = 'not-classified';
  const notGraded: string[] = [...MOF_NOT_GRADED['class-iii']];
  for (const c of classes) {
    const missing = unmet(grades, c.reqs);
    if (missing.length > 0) {
      const keys = missingKeys(missing);
      const next = MOF_CLASS_LABELS[c.id];
      const unknown = keys.filter((k) => grades[k] === 'unknown');
      const unknownText =
        unknown.length > 0 ? ` (${componentList(unknown)} unknown, counted as not open)` : '';
      const head =
        reached === 'not-classified'
          ? 'Not classified: Class III needs'
          : `${MOF_CLASS_LABELS[reached]}: ${next} would also need`;
      return {
        mofClass: reached,
        missingForNext: keys,
        notGraded,
        reason: `${head} ${missing.map((r) => describe(r)).join(', ')} open${unknownText}.${notGradedText(notGraded, reached)}`,
      };
    }
    reached = c.id;
    if (c.id !== 'class-iii') notGraded.push(...MOF_NOT_GRADED[c.id]);
  }
  return {
    mofClass: 'class-i',
    missingForNext: [],
    notGraded,
    reason: `${MOF_CLASS_LABELS['class-i']}: every MOF component we grade is open, under an open license.${notGradedText(notGraded, 'class-i')}`,
  };
}

/**
 * The MOF class alone, by the same rule as `mofClass` without its reasons: for code that reads
 * the class of many models (the catalog's rows, the synthetic data) and never shows the reason.
 */
export function mofClassOf(grades: ComponentGrades): MofClass {
  if (!allMet(grades, CLASS_III)) return 'not-classified';
  if (!allMet(grades, CLASS_II)) return 'class-iii';
  if (!allMet(grades, CLASS_I)) return 'class-ii';
  return 'class-i';
}

function allMet(grades: ComponentGrades, reqs: readonly MofRequirement[]): boolean {
  for (const r of reqs) {
    let met = false;
    for (const k of r.anyOf) {
      if (isOpen(grades[k])) {
        met = true;
        break;
      }
    }
    if (!met) return false;
  }
  return true;
}

function describe(r: MofRequirement): string {
  const ours = r.anyOf.map((k) => OPENNESS_COMPONENT_LABELS[k].toLowerCase()).join(' or ');
  return r.mof === ours ? r.mof : `${r.mof} (${ours})`;
}

function notGradedText(notGraded: readonly string[], reached: MofClass): string {
  if (reached === 'not-classified') return '';
  return ` Not graded here, so not checked: ${notGraded.join(', ')}.`;
}
