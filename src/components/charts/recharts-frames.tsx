import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { SCORE_DOMAIN, SCORE_TICKS } from './palette';

/**
 * The Recharts setup every chart shares, written once: sizes, axes, grid, tick styles. Only the
 * chart modules import this (they load lazily or with their page), never the Overview's first
 * screen, so that Recharts stays out of the landing route's JavaScript.
 */

const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };

/**
 * Horizontal bars, a row per category (its name on the left), the values along the x axis. The
 * children are the bars (and the tooltip). Never animated: the chart is the same on every draw.
 */
export function HorizontalBarsFrame({
  data,
  rowHeight,
  axisHeight = 40,
  initialWidth = 640,
  categoryKey,
  categoryWidth = 96,
  categoryFontSize = 13,
  domain,
  ticks,
  allowDecimals = true,
  labelRoom,
  barGap = 5,
  title,
  children,
}: {
  data: readonly object[];
  rowHeight: number;
  /** The height of the axis and margins below and above the rows. */
  axisHeight?: number;
  /** The width drawn before the container is measured. */
  initialWidth?: number;
  categoryKey: string;
  categoryWidth?: number;
  categoryFontSize?: number;
  domain: [number, number];
  /** Tick values of the value axis; Recharts picks them when left out. */
  ticks?: number[];
  allowDecimals?: boolean;
  /** Room right of the plot for the bars' direct labels. */
  labelRoom: number;
  barGap?: number;
  /** The drawing's accessible title. */
  title?: string;
  children: ReactNode;
}) {
  const height = data.length * rowHeight + axisHeight;
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: initialWidth, height }}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: labelRoom, bottom: 4, left: 4 }}
        barCategoryGap={barGap}
        title={title}
      >
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          tick={AXIS_TICK}
          stroke="var(--border)"
          allowDecimals={allowDecimals}
        />
        <YAxis
          type="category"
          dataKey={categoryKey}
          width={categoryWidth}
          tick={{ fill: 'var(--text)', fontSize: categoryFontSize }}
          tickLine={false}
          stroke="var(--border)"
          interval={0}
        />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * One bar per row in the row's colour, with a direct label at its end (the exposure and ranking
 * charts): a `HorizontalBarsFrame` with a single series.
 */
export function LabelledBarsChart<Row extends { color: string }>({
  rows,
  rowKey,
  valueKey,
  labelKey,
  labelFontSize,
  ...frame
}: Omit<Parameters<typeof HorizontalBarsFrame>[0], 'data' | 'children'> & {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  valueKey: string;
  /** The key of each bar's direct label. */
  labelKey: string;
  labelFontSize: number;
}) {
  return (
    <HorizontalBarsFrame data={rows} {...frame}>
      <Bar
        dataKey={valueKey}
        isAnimationActive={false}
        radius={[0, 3, 3, 0]}
        stroke="var(--text)"
        strokeOpacity={0.25}
      >
        {rows.map((r) => (
          <Cell key={rowKey(r)} fill={r.color} />
        ))}
        <LabelList
          dataKey={labelKey}
          position="right"
          fill="var(--text)"
          fontSize={labelFontSize}
        />
      </Bar>
    </HorizontalBarsFrame>
  );
}

/**
 * Scores (0-100) over time: days along x with a tick per year, the shared score axis, a light
 * grid. The children are the lines, markers and tooltip.
 */
export function ScoreOverTimeFrame({
  data,
  axis: { domain, yearTicks },
  height,
  title,
  children,
}: {
  data: readonly object[];
  /** The time axis: the first and last day drawn (days since 1970-01-01), a tick each year. */
  axis: { domain: [number, number]; yearTicks: number[] };
  height: number;
  /** The drawing's accessible title. */
  title: string;
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      <ComposedChart data={data} margin={{ top: 24, right: 16, bottom: 4, left: 0 }} title={title}>
        <CartesianGrid vertical={false} stroke="var(--border)" strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="day"
          domain={domain}
          ticks={yearTicks}
          tickFormatter={(d: number) => String(new Date(d * 86_400_000).getUTCFullYear())}
          tick={AXIS_TICK}
          stroke="var(--border)"
        />
        <YAxis
          domain={SCORE_DOMAIN}
          ticks={SCORE_TICKS}
          width={36}
          tick={AXIS_TICK}
          stroke="var(--border)"
        />
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
