import { useMemo } from 'react';
import {
  DefaultZIndexes,
  Line,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
} from 'recharts';
import type { Direction } from '@/domain/schema/event';
import { placeLabels, type LabelRequest, type SeriesLine } from '@/lib/chart-label-placement';
import { ChartLegend, LineSwatch, ShapeSwatch } from './chart-legend';
import { DIRECTION_COLOR, DIRECTION_LABEL, DIRECTION_SHAPE } from './palette';
import { ScoreOverTimeFrame } from './recharts-frames';
import { TrendPointText } from './risk-trend-point';
import type { RiskTrendView, TrendMarkerView, TrendRowView } from './risk-trend-view-model';

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

/** Label text size (12 px): an upper bound on the width, so that boxes never under-cover text. */
const LABEL_HEIGHT = 16;
const labelWidth = (text: string) => Math.ceil(text.length * 6.9) + 6;

const markerKey = (m: TrendMarkerView) => `${m.eventId}|${m.providerId}`;

/**
 * The event markers and their labels, drawn with the chart's own scales. They are not a series
 * of the chart (a Scatter with data of its own would join the tooltip's lookup table and make it
 * read the wrong point); the chart's data is the rows alone.
 */
function TrendMarkers({ view }: { view: RiskTrendView }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const drawn = useMemo(() => {
    if (!xScale || !yScale || !plot) return null;
    const px = (day: number, risk: number) => {
      const x = xScale(day);
      const y = yScale(risk);
      return x === undefined || y === undefined ? null : { x, y };
    };
    const lines: SeriesLine[] = view.series.map((s) => ({
      series: s.providerId,
      // The lines connect across "no data" (connectNulls): the drawn line is the known points.
      points: s.points.flatMap((p) => {
        const at = p.risk === null ? null : px(p.day, p.risk);
        return at ? [at] : [];
      }),
    }));
    const markers = view.markers.flatMap((m) => {
      const at = m.risk === null ? null : px(m.day, m.risk);
      return at ? [{ marker: m, at }] : [];
    });
    const requests: LabelRequest[] = markers
      .filter(({ marker }) => marker.labelled)
      .sort(
        (a, b) =>
          Math.abs(typeof b.marker.delta === 'number' ? b.marker.delta : 0) -
          Math.abs(typeof a.marker.delta === 'number' ? a.marker.delta : 0),
      )
      .map(({ marker, at }) => ({
        id: markerKey(marker),
        at,
        series: marker.providerId,
        width: labelWidth(shortLabel(marker)),
        height: LABEL_HEIGHT,
      }));
    const { placed } = placeLabels(requests, {
      bounds: { x: plot.x, y: plot.y - 20, width: plot.width, height: plot.height + 20 },
      lines,
      markers: markers.map((m) => m.at),
    });
    const byId = new Map(markers.map((m) => [markerKey(m.marker), m.marker]));
    return {
      markers,
      labels: placed.flatMap((p) => {
        const m = byId.get(p.id);
        return m ? [{ placed: p, marker: m }] : [];
      }),
    };
  }, [xScale, yScale, plot, view]);
  if (!drawn) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="trend-markers">
        {drawn.markers.map(({ marker, at }) => (
          <g key={markerKey(marker)} data-marker={markerKey(marker)}>
            <MarkerSymbol
              direction={marker.direction}
              x={at.x}
              y={at.y}
              hypothetical={marker.hypothetical}
            />
          </g>
        ))}
        {drawn.labels.map(({ placed, marker }) => (
          <g key={placed.id} data-label-for={placed.id}>
            {placed.leader && (
              <line
                x1={placed.leader.from.x}
                y1={placed.leader.from.y}
                x2={placed.leader.to.x}
                y2={placed.leader.to.y}
                stroke="var(--muted)"
                strokeWidth={1}
              />
            )}
            <text
              className="trend-label"
              x={placed.box.x + 3}
              y={placed.box.y + LABEL_HEIGHT - 4}
              fontSize={12}
              fill="var(--text)"
              paintOrder="stroke"
              stroke="var(--surface)"
              strokeWidth={4}
            >
              {shortLabel(marker)}
            </text>
          </g>
        ))}
      </g>
    </ZIndexLayer>
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
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <TrendPointText view={view} row={row} />
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
      <ChartLegend
        items={[
          ...view.series.map((s) => ({
            key: s.providerId,
            label: s.name,
            swatch: <LineSwatch color={s.color} />,
          })),
          ...directions.map((d) => ({
            key: d,
            label: `Event, ${DIRECTION_LABEL[d].toLowerCase()}`,
            swatch: (
              <ShapeSwatch>
                <MarkerSymbol direction={d} x={7} y={7} size={5} />
              </ShapeSwatch>
            ),
          })),
        ]}
      />
      <ScoreOverTimeFrame data={view.rows} axis={view} height={height} title={label}>
        <Tooltip
          content={(p) => <TrendTooltip active={p.active} label={p.label} view={view} />}
          // A point where no line has a value still shows its box ("no data"), as its table
          // row does; Recharts would hide a box whose values are all empty.
          filterNull={false}
          isAnimationActive={false}
        />
        {view.series.map((s) => (
          <Line
            key={s.providerId}
            dataKey={(r: TrendRowView) => r.risks[s.providerId] ?? null}
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
        <TrendMarkers view={view} />
      </ScoreOverTimeFrame>
    </div>
  );
}
