import { useState, type KeyboardEvent } from 'react';
import { SCORE_DOMAIN, SCORE_TICKS } from './palette';

export interface BarRow {
  id: string;
  label: string;
  /** Bar length on the 0-100 score axis; null draws no bar ("no data"). */
  value: number | null;
  /** The direct label at the end of the bar ("49.1 · C"). */
  valueLabel: string;
  color: string;
}

/**
 * Horizontal bars on the shared 0-100 axis with a direct label per bar, drawn in HTML and CSS:
 * it is the first chart of the landing page, and plain elements paint in a fraction of the time
 * a charting library takes on a phone (see docs/decisions/0006). With `onSelect`, a click on a
 * bar, or Enter on the bar chosen with the arrow keys, selects its row.
 */
export function HorizontalBarChart({
  rows,
  label,
  onSelect,
  labelWidth = 96,
}: {
  rows: readonly BarRow[];
  /** The chart's accessible name. */
  label: string;
  onSelect?: (id: string) => void;
  labelWidth?: number;
}) {
  const [active, setActive] = useState<number | null>(null);
  const [min, max] = SCORE_DOMAIN;
  const pct = (v: number) => `${(Math.max(min, Math.min(max, v)) - min) * (100 / (max - min))}%`;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!onSelect || rows.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      e.preventDefault();
      setActive((a) => (a === null ? 0 : Math.min(rows.length - 1, a + 1)));
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      e.preventDefault();
      setActive((a) => (a === null ? 0 : Math.max(0, a - 1)));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : rows.length - 1);
    } else if ((e.key === 'Enter' || e.key === ' ') && active !== null) {
      const row = rows[active];
      if (row) {
        e.preventDefault();
        onSelect(row.id);
      }
    }
  };
  const activeRow = active === null ? undefined : rows[active];

  return (
    <div
      className={onSelect ? 'hbar hbar--interactive' : 'hbar'}
      style={{ ['--hbar-label' as string]: `${labelWidth}px` }}
      role="img"
      aria-label={
        onSelect
          ? `${label}. Use the arrow keys to choose a bar and Enter to open it.${activeRow ? ` Chosen: ${activeRow.label}, ${activeRow.valueLabel}.` : ''}`
          : label
      }
      tabIndex={onSelect ? 0 : undefined}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
    >
      {rows.map((row, i) => (
        <div
          key={row.id}
          className={i === active ? 'hbar__row hbar__row--active' : 'hbar__row'}
          onClick={onSelect ? () => onSelect(row.id) : undefined}
          aria-hidden="true"
        >
          <span className="hbar__label" title={row.label}>
            {row.label}
          </span>
          <span className="hbar__track">
            <span className="hbar__gridlines" />
            {row.value !== null && (
              <span className="hbar__bar" style={{ width: pct(row.value), background: row.color }} />
            )}
            <span
              className="hbar__value"
              style={{ left: row.value === null ? '0%' : pct(row.value) }}
            >
              {row.valueLabel}
            </span>
          </span>
        </div>
      ))}
      <div className="hbar__axis" aria-hidden="true">
        <span />
        <span className="hbar__ticks">
          {SCORE_TICKS.map((t) => (
            <span key={t} className="hbar__tick" style={{ left: pct(t) }}>
              {t}
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}
