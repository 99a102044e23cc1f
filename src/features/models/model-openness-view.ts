import {
  deriveOpenness,
  gradeChanges,
  gradeSetAtDay,
  gradeSetsOf,
  type DerivedOpenness,
  type GradeChange,
  type GradedModel,
  type ServedGradeSet,
} from '@/domain/openness/model-openness';
import {
  OPENNESS_COMPONENT_GROUPS,
  OPENNESS_COMPONENT_LABELS,
  gradesOf,
  type ComponentGrade,
  type OpennessComponentKey,
} from '@/domain/openness/openness-components';
import type { PreciseDate } from '@/domain/schema/precise-date';
import type { Confidence, Source } from '@/domain/schema/source';

export const COMPONENT_GROUP_LABEL: Record<keyof typeof OPENNESS_COMPONENT_GROUPS, string> = {
  availability: 'Availability',
  documentation: 'Documentation',
  access: 'Access',
};

export interface ComponentRowView {
  key: OpennessComponentKey;
  label: string;
  grade: ComponentGrade;
  /** The page the grade was read from; null for an unknown grade or a record without evidence. */
  source: Source | null;
  note: string | null;
  /** ISO day the grade was checked; null when not recorded (synthetic records). */
  checked: string | null;
  confidence: Confidence | null;
}

export interface ComponentGroupView {
  group: keyof typeof OPENNESS_COMPONENT_GROUPS;
  label: string;
  rows: ComponentRowView[];
}

export interface ModelOpennessView {
  /** The grade set shown: the one in force on the as-of date (the first before release). */
  set: ServedGradeSet;
  derived: DerivedOpenness;
  groups: ComponentGroupView[];
  unknown: OpennessComponentKey[];
  /** True when no component of the set carries evidence (a synthetic record). */
  noEvidence: boolean;
  /** Every dated set, oldest first, and the changes between them. */
  sets: ServedGradeSet[];
  changes: GradeChange[];
  /** Dates the sets start, for the history list. */
  setDates: PreciseDate[];
}

/**
 * What the model page shows of a model's openness components as of a day number: the set in
 * force, its score, MOF class and G7 tier with their reasons, and the history. Null when the
 * model is not graded.
 */
export function toModelOpennessView(model: GradedModel, day: number): ModelOpennessView | null {
  const set = gradeSetAtDay(model, day);
  if (!set) return null;
  const grades = gradesOf(set.components);
  const derived = deriveOpenness(grades);
  const groups = (
    Object.keys(OPENNESS_COMPONENT_GROUPS) as (keyof typeof OPENNESS_COMPONENT_GROUPS)[]
  ).map((group) => ({
    group,
    label: COMPONENT_GROUP_LABEL[group],
    rows: OPENNESS_COMPONENT_GROUPS[group].map((key): ComponentRowView => {
      const c = set.components[key];
      return {
        key,
        label: OPENNESS_COMPONENT_LABELS[key],
        grade: c.grade,
        source: c.source ?? null,
        note: c.note ?? null,
        checked: c.checked ?? null,
        confidence: c.confidence ?? null,
      };
    }),
  }));
  const sets = gradeSetsOf(model);
  return {
    set,
    derived,
    groups,
    unknown: derived.score.unknown,
    noEvidence: groups.every((g) => g.rows.every((r) => r.checked === null)),
    sets,
    changes: gradeChanges(sets),
    setDates: sets.map((s) => s.from),
  };
}
