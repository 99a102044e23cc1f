import { OPENNESS_NAMES, type OpennessLevel } from '@/domain/openness';

const LEVELS: OpennessLevel[] = [5, 4, 3, 2, 1];

/** Counts per openness level as a small stacked bar with the counts in text beside it. */
export function OpennessMixBar({ counts }: { counts: Record<OpennessLevel, number> }) {
  const total = LEVELS.reduce((sum, l) => sum + counts[l], 0);
  const text = LEVELS.filter((l) => counts[l] > 0)
    .map((l) => `L${l} ${counts[l]}`)
    .join(' · ');
  const label = LEVELS.filter((l) => counts[l] > 0)
    .map((l) => `${counts[l]} ${OPENNESS_NAMES[l].toLowerCase()}`)
    .join(', ');
  return (
    <span className="mix">
      <span className="mix__bar" aria-hidden="true">
        {LEVELS.map((l) =>
          counts[l] > 0 ? (
            <span key={l} className={`mix__seg mix__seg--${l}`} style={{ flexGrow: counts[l] }} />
          ) : null,
        )}
        {total === 0 && <span className="mix__seg mix__seg--none" style={{ flexGrow: 1 }} />}
      </span>
      <span className="mix__text" aria-hidden="true">
        {total === 0 ? 'none' : text}
      </span>
      <span className="visually-hidden">{total === 0 ? 'No models' : label}</span>
    </span>
  );
}
