import { z } from '@/domain/schema/zod';
import { isoDaySchema, preciseDateSchema } from '../schema/precise-date';
import { confidenceSchema, sourceSchema } from '../schema/source';

/*
 * The fourteen openness components every model is graded on, after the European Open Source AI
 * Index (Liesenfeld & Dingemanse) and the Model Openness Framework. The grading rules are in
 * docs/methodology.md, section "Openness components"; the grades are curation data.
 */

/** The components in their three groups, in display order. */
export const OPENNESS_COMPONENT_GROUPS = {
  availability: [
    'baseWeights',
    'endWeights',
    'trainingCode',
    'trainingDataBase',
    'trainingDataFineTuning',
  ],
  documentation: [
    'inferenceCode',
    'architecture',
    'technicalReport',
    'peerReviewedPaper',
    'modelCard',
    'dataSheet',
  ],
  access: ['package', 'api', 'license'],
} as const;

/** The component keys, in display order: availability, documentation, access. */
export const OPENNESS_COMPONENT_KEYS = [
  ...OPENNESS_COMPONENT_GROUPS.availability,
  ...OPENNESS_COMPONENT_GROUPS.documentation,
  ...OPENNESS_COMPONENT_GROUPS.access,
] as const;
export type OpennessComponentKey = (typeof OPENNESS_COMPONENT_KEYS)[number];

export const OPENNESS_COMPONENT_LABELS: Record<OpennessComponentKey, string> = {
  baseWeights: 'Base-model weights',
  endWeights: 'End-model (instruction-tuned) weights',
  trainingCode: 'Training code',
  trainingDataBase: 'Training data (base)',
  trainingDataFineTuning: 'Training data (fine-tuning)',
  inferenceCode: 'Inference source code',
  architecture: 'Architecture and hardware described',
  technicalReport: 'Preprint or technical report',
  peerReviewedPaper: 'Peer-reviewed paper',
  modelCard: 'Model card',
  dataSheet: 'Data sheet or data card',
  package: 'Package or download',
  api: 'API access',
  license: 'License',
};

export const componentGradeSchema = z.enum(['open', 'partial', 'closed', 'unknown']);
export type ComponentGrade = z.infer<typeof componentGradeSchema>;

/** One component's grade with its evidence: where it was read, when, and how sure. */
export const componentEvidenceSchema = z.object({
  grade: componentGradeSchema,
  /** The page the grade was read from; null only for `unknown`. */
  source: sourceSchema.nullable(),
  /** The day the grade was checked against its source (YYYY-MM-DD). */
  checked: isoDaySchema,
  note: z.string().optional(),
  confidence: confidenceSchema,
});
export type ComponentEvidence = z.infer<typeof componentEvidenceSchema>;

/** An object of the fourteen components, each checked by `component`. */
export function componentSetSchema<S extends z.ZodType>(component: S) {
  return z.object(
    Object.fromEntries(OPENNESS_COMPONENT_KEYS.map((key) => [key, component])) as Record<
      OpennessComponentKey,
      S
    >,
  );
}

/** A set of components in force from a date on (a day or a month, like release dates). */
export function datedComponentSetSchema<S extends z.ZodType>(components: S) {
  return z.object({ from: preciseDateSchema, components });
}

/** A model's evidence on all fourteen components. */
export const componentEvidenceSetSchema = componentSetSchema(componentEvidenceSchema);
export type ComponentEvidenceSet = z.infer<typeof componentEvidenceSetSchema>;

/**
 * The grades in force from a date on. A model has one entry per state: a component that opens or
 * closes later (weights published, a license tightened) starts a new entry from that date.
 */
export const opennessGradeEntrySchema = datedComponentSetSchema(componentEvidenceSetSchema);
export type OpennessGradeEntry = z.infer<typeof opennessGradeEntrySchema>;

/** Just the grades of the fourteen components: the input of every derived value. */
export type ComponentGrades = Record<OpennessComponentKey, ComponentGrade>;

/** The grades of an evidence set (or of any set of graded components), without the evidence. */
export function gradesOf(
  set: Readonly<Record<OpennessComponentKey, { grade: ComponentGrade }>>,
): ComponentGrades {
  const out = {} as ComponentGrades;
  for (const key of OPENNESS_COMPONENT_KEYS) out[key] = set[key].grade;
  return out;
}

/**
 * Rank of a grade on the open-closed scale, 0-2: open 2, partial 1, closed and unknown 0 (an
 * unknown component is never credited with being open).
 */
export function gradeRank(grade: ComponentGrade): 0 | 1 | 2 {
  return grade === 'open' ? 2 : grade === 'partial' ? 1 : 0;
}

/** True when the grade is `open`. */
export function isOpen(grade: ComponentGrade): boolean {
  return grade === 'open';
}

/** True when the grade is `open` or `partial`. */
export function isAtLeastPartial(grade: ComponentGrade): boolean {
  return gradeRank(grade) >= 1;
}

/** The more open of two grades (used where either of two components satisfies a rule). */
export function moreOpen(a: ComponentGrade, b: ComponentGrade): ComponentGrade {
  return gradeRank(b) > gradeRank(a) ? b : a;
}

/** Component names joined for a sentence ("training code and model card"). */
export function componentList(keys: readonly OpennessComponentKey[]): string {
  // Lower-case the first letter only, and not in an initialism ("API access" stays as it is).
  const names = keys.map((k) => {
    const label = OPENNESS_COMPONENT_LABELS[k];
    return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  });
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
