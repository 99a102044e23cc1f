import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, useActiveTooltipLabel } from 'recharts';
import { SCORE_DOMAIN } from './palette';

export interface BarRow {
  id: string;
  label: string;
  /** Bar length on the 0-100 score axis; null draws no bar ("no data"). */
  value: number | null;
  /** The direct label at the end of the bar ("49.1 · C"). */
  valueLabel: string;
  color: string;
}

const ROW_HEIGHT = 30;

/** Keeps the label of the bar the keyboard (or pointer) has made active, so Enter can open it. */
function ActiveLabelReporter({ onChange }: { onChange: (label: string | undefined) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => onChange(label === undefined || label === null ? undefined : String(label)), [label, onChange]);
  return null;
}

function BarTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: BarRow }> }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      <p>{row.valueLabel}</p>
    </div>
  );
}

/**
 * Horizontal bars on the shared 0-100 axis with a direct label per bar. With `onSelect`, a click
 * on a bar, or Enter on the bar made active with the arrow keys, selects its row.
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
  const height = rows.length * ROW_HEIGHT + 36;
  const active = useRef<string | undefined>(undefined);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!onSelect || (e.key !== 'Enter' && e.key !== ' ')) return;
    const row = rows.find((r) => r.label === active.current);
    if (row) {
      e.preventDefault();
      onSelect(row.id);
    }
  };
  const data = rows.map((r) => ({ ...r, bar: r.value ?? 0 }));
  return (
    // The keydown listener only adds Enter to Recharts' own keyboard layer (arrow keys on the chart).
    <div className={onSelect ? 'hbar hbar--interactive' : 'hbar'} onKeyDown={onKeyDown}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 92, bottom: 4, left: 4 }}
          barCategoryGap={6}
          title={label}
          onClick={(state) => {
            const id = rows.find((r) => r.label === String(state.activeLabel ?? ''))?.id;
            if (onSelect && id) onSelect(id);
          }}
        >
          <XAxis type="number" domain={SCORE_DOMAIN} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fill: 'var(--muted)', fontSize: 12 }} stroke="var(--border)" />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={{ fill: 'var(--text)', fontSize: 13 }}
            tickLine={false}
            stroke="var(--border)"
            interval={0}
          />
          <Tooltip content={BarTooltip} cursor={{ fill: 'var(--surface-2)' }} isAnimationActive={false} />
          <Bar dataKey="bar" isAnimationActive={false} radius={[0, 3, 3, 0]} stroke="var(--text)" strokeOpacity={0.25}>
            {data.map((r) => (
              <Cell key={r.id} fill={r.color} cursor={onSelect ? 'pointer' : undefined} />
            ))}
            <LabelList dataKey="valueLabel" position="right" fill="var(--text)" fontSize={12.5} />
          </Bar>
          <ActiveLabelReporter
            onChange={(l) => {
              active.current = l;
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
