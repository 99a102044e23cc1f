import type { ComponentGrade } from '@/domain/openness/openness-components';

/** A component grade in words, for badges, tables and exports. */
export const COMPONENT_GRADE_LABEL: Record<ComponentGrade, string> = {
  open: 'Open',
  partial: 'Partial',
  closed: 'Closed',
  unknown: 'Unknown',
};

/**
 * A component grade as a word on the openness scale's colours (open light, closed dark); an
 * unknown grade is outlined and dashed, never coloured as if it were known.
 */
export function ComponentGradeBadge({ grade }: { grade: ComponentGrade }) {
  return (
    <span className={`badge grade-chip grade-chip--${grade}`}>{COMPONENT_GRADE_LABEL[grade]}</span>
  );
}
