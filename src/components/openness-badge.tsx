import { OPENNESS_NAMES, type OpennessLevel } from '@/domain/openness';

/** An openness level as a number and a colour (never colour alone). */
export function OpennessBadge({ level }: { level: OpennessLevel }) {
  return (
    <span className={`badge badge--open-${level}`} title={OPENNESS_NAMES[level]}>
      <span aria-hidden="true">L{level}</span>
      <span className="visually-hidden">Openness level {level}: {OPENNESS_NAMES[level]}</span>
    </span>
  );
}
