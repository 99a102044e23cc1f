import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { isoFromDayNumber } from '@/domain/dates';
import type { Direction } from '@/domain/schema/event';
import { formatDay, formatScore } from '../format';
import { DIRECTION_COLOR, DIRECTION_LABEL, DIRECTION_SHAPE, SCORE_DOMAIN } from './palette';
import type { RiskTrendView, TrendMarkerView } from './risk-trend-view-model';


function MarkerSymbol({
  direction,
  x,
  y,
  size = 6,
  hypothetical = false,
}: {
  direction: Direction;
  x: number;
  y: number;
  size?: number;
  hypothetical?: boolean;
}) {
  const shape = DIRECTION_SHAPE[direction];
  // A scenario's hypothetical event is hollow and dashed: never mistaken for a fact.
  const common = hypothetical
    ? {
        fill: 'var(--surface)',
        stroke: DIRECTION_COLOR[direction],
        strokeWidth: 2,
        strokeDasharray: '3 2',
      }
    : { fill: DIRECTION_COLOR[direction], stroke: 'var(--surface)', strokeWidth: 1.5 };
  if (shape === 'triangle-up')
    return (
      <path
        d={`M${x},${y - size - 1} L${x + size},${y + size - 1} L${x - size},${y + size - 1} Z`}
        {...common}
      />
    );
  if (shape === 'triangle-down')
    return (
      <path
        d={`M${x},${y + size + 1} L${x + size},${y - size + 1} L${x - size},${y - size + 1} Z`}
        {...common}
      />
    );
  return <circle cx={x} cy={y} r={size - 1} {...common} />;
}

function shortLabel(m: TrendMarkerView): string {
  const title = m.title.length > 34 ? `${m.title.slice(0, 33)}…` : m.title;
  return `${title} ${m.deltaLabel}`;
}

function MarkerShape(props: { cx?: number; cy?: number; payload?: TrendMarkerView }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload) return <g />;
  return (
    <g>
      <MarkerSymbol
        direction={payload.direction}
        x={cx}
        y={cy}
        hypothetical={payload.hypothetical}
      />
      {payload.labelled && (
        <text
          className="trend-label"
          x={cx - 9}
          y={cy - 9}
          textAnchor="end"
          fontSize={12}
          fill="var(--text)"
          paintOrder="stroke"
          stroke="var(--surface)"
          strokeWidth={4}
        >
          {shortLabel(payload)}
        </text>
      )}
    </g>
  );
}

function TrendTooltip({
  active,
  label,
  view,
}: {
  active?: boolean;
  label?: unknown;
  view: RiskTrendView;
}) {
  if (!active || typeof label !== 'number') return null;
  const row = view.rows.find((r) => r.day === label);
  const markers = view.markers.filter((m) => m.day === label);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{formatDay(isoFromDayNumber(label))}</p>
      {view.series.map((s) =>
        row && row.risks[s.providerId] !== undefined ? (
          <p key={s.providerId}>
            <span
              className="chart__line-swatch"
              style={{ background: s.color }}
              aria-hidden="true"
            />{' '}
            {s.name} {formatScore(row.risks[s.providerId] ?? null)}
          </p>
        ) : null,
      )}
      {markers.map((m) => (
        <p key={`${m.eventId}|${m.providerId}`}>
          {m.hypothetical ? 'Hypothetical, ' : ''}
          {DIRECTION_LABEL[m.direction]}: {m.title} ({m.providerName} {m.deltaLabel})
        </p>
      ))}
    </div>
  );
}

/** Provider risk over time on the shared 0-100 axis, with event markers (shape and colour by direction). */
export function RiskTrendChart({
  view,
  label,
  height = 320,
}: {
  view: RiskTrendView;
  label: string;
  height?: number;
}) {
  const directions = [...new Set(view.markers.map((m) => m.direction))];
  return (
    <div>
      <ul className="chart__legend" aria-label="Legend">
        {view.series.map((s) => (
          <li key={s.providerId}>
            <span
              className="chart__line-swatch"
              style={{ background: s.color }}
              aria-hidden="true"
            />
            {s.name}
          </li>
        ))}
        {directions.map((d) => (
          <li key={d}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <MarkerSymbol direction={d} x={7} y={7} size={5} />
            </svg>
            Event, {DIRECTION_LABEL[d].toLowerCase()}
          </li>
        ))}
      </ul>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
        <ComposedChart
          data={view.rows}
          margin={{ top: 24, right: 16, bottom: 4, left: 0 }}
          title={label}
        >
          <CartesianGrid vertical={false} stroke="var(--border)" strokeDasharray="2 4" />
          <XAxis
            type="number"
            dataKey="day"
            domain={view.domain}
            ticks={view.yearTicks}
            tickFormatter={(d: number) => String(new Date(d * 86_400_000).getUTCFullYear())}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--border)"
          />
          <YAxis
            domain={SCORE_DOMAIN}
            ticks={[0, 20, 40, 60, 80, 100]}
            width={36}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--border)"
          />
          <Tooltip
            content={(p) => <TrendTooltip active={p.active} label={p.label} view={view} />}
            isAnimationActive={false}
          />
          {view.series.map((s) => (
            <Line
              key={s.providerId}
              // Recharts also calls this on the markers' data, which has no `risks`.
              dataKey={(r: { risks?: Record<string, number | null> }) =>
                r.risks?.[s.providerId] ?? null
              }
              name={s.name}
              stroke={s.color}
              strokeWidth={2.25}
              dot={false}
              activeDot={{ r: 3.5 }}
              connectNulls
              isAnimationActive={false}
              type="linear"
            />
          ))}
          <Scatter
            data={view.markers}
            dataKey="risk"
            shape={MarkerShape}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
