import { Bar, Tooltip } from 'recharts';
import { ChartLegend, Swatch } from './chart-legend';
import { formatScore, formatShare } from '../format';
import { SCORE_DOMAIN, SCORE_TICKS } from './palette';
import { HorizontalBarsFrame } from './recharts-frames';

export interface StackSeries {
  key: string;
  label: string;
  color: string;
}

export interface StackRow {
  id: string;
  label: string;
  values: Readonly<Record<string, number>>;
  total: number;
}

const ROW_HEIGHT = 26;

function StackTooltip({
  active,
  payload,
  series,
  format,
}: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: StackRow }>;
  series: readonly StackSeries[];
  format: (n: number) => string;
}) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.label}: {format(row.total)}
      </p>
      {series
        .filter((s) => (row.values[s.key] ?? 0) > 0)
        .map((s) => (
          <p key={s.key}>
            <Swatch color={s.color} /> {s.label} {format(row.values[s.key] ?? 0)}
          </p>
        ))}
    </div>
  );
}

/**
 * The two scales of stacked bars, both 0 to 100: points of a score, or shares of a whole in per
 * cent. The outline of each segment: the surface colour separates the points' factors; a visible
 * one frames the very light or dark steps of the shares' sequential scales.
 */
const SCALES = {
  points: {
    ticks: SCORE_TICKS,
    format: (n: number) => formatScore(n),
    stroke: 'var(--surface)',
    strokeWidth: 1,
  },
  share: {
    ticks: [0, 25, 50, 75, 100],
    format: (n: number) => formatShare(n / 100),
    stroke: 'var(--muted)',
    strokeWidth: 0.75,
  },
};

/** Horizontal stacked bars, one row per item, with an HTML legend naming every colour. */
export function StackedBarsChart({
  rows,
  series,
  label,
  scale,
  labelWidth = 96,
}: {
  rows: readonly StackRow[];
  series: readonly StackSeries[];
  /** The chart's accessible name. */
  label: string;
  scale: keyof typeof SCALES;
  labelWidth?: number;
}) {
  const { ticks, format, stroke, strokeWidth } = SCALES[scale];
  const data = rows.map((r) => ({
    ...r,
    ...Object.fromEntries(series.map((s) => [`v_${s.key}`, r.values[s.key] ?? 0])),
  }));
  return (
    <div>
      <ChartLegend
        items={series.map((s) => ({
          key: s.key,
          label: s.label,
          swatch: <Swatch color={s.color} />,
        }))}
      />
      <HorizontalBarsFrame
        data={data}
        rowHeight={ROW_HEIGHT}
        axisHeight={36}
        initialWidth={720}
        categoryKey="label"
        categoryWidth={labelWidth}
        domain={SCORE_DOMAIN}
        ticks={ticks}
        labelRoom={16}
        title={label}
      >
        <Tooltip
          content={(props) => <StackTooltip {...props} series={series} format={format} />}
          cursor={{ fill: 'var(--surface-2)' }}
          isAnimationActive={false}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={`v_${s.key}`}
            name={s.label}
            stackId="stack"
            fill={s.color}
            stroke={stroke}
            strokeWidth={strokeWidth}
            isAnimationActive={false}
          />
        ))}
      </HorizontalBarsFrame>
    </div>
  );
}
