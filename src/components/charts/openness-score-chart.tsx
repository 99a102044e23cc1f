import { Line, Tooltip } from 'recharts';
import type { OpennessProfileView, ReleasePointView } from './openness-profile-view-model';
import { ChartLegend, LineSwatch, ShapeSwatch } from './chart-legend';
import { DIRECTION_COLOR } from './palette';
import { ScoreOverTimeFrame } from './recharts-frames';

const LINE_COLOR = 'var(--accent)';

function shortName(name: string): string {
  return name.length > 28 ? `${name.slice(0, 27)}…` : name;
}

/**
 * A release's dot; a break is the "toward closed" triangle (shape and colour), labelled with the
 * release's name. Drawn by the line itself: a Scatter with data of its own would join the
 * tooltip's lookup table and make the hover read the wrong release.
 */
function ReleaseDot(props: {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: ReleasePointView;
}) {
  const { cx, cy, payload, index } = props;
  if (cx === undefined || cy === undefined || !payload) return <g key={index} />;
  if (!payload.breakLabel)
    return (
      <circle
        key={index}
        cx={cx}
        cy={cy}
        r={3.5}
        fill={LINE_COLOR}
        stroke="var(--surface)"
        strokeWidth={1}
      />
    );
  const size = 7;
  return (
    <g key={index}>
      <path
        d={`M${cx},${cy - size - 1} L${cx + size},${cy + size - 1} L${cx - size},${cy + size - 1} Z`}
        fill={DIRECTION_COLOR['toward-closed']}
        stroke="var(--surface)"
        strokeWidth={1.5}
      />
      {/* Above the marker: a break is a low point reached by a falling line from the left. */}
      <text
        x={cx}
        y={cy - 26}
        textAnchor="middle"
        fontSize={12}
        fill="var(--text)"
        paintOrder="stroke"
        stroke="var(--surface)"
        strokeWidth={4}
      >
        {shortName(payload.name)} {payload.breakLabel?.split(' ')[0]}
      </text>
    </g>
  );
}

function ReleaseTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ReleasePointView }>;
}) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {p.name} · {p.dateLabel}
      </p>
      <p>
        Score {p.scoreLabel} · {p.tierLabel} · {p.classLabel}
      </p>
      {p.unknownLabel && <p>{p.unknownLabel}</p>}
      {p.breakLabel && <p>Breaks the line: {p.breakLabel}</p>}
    </div>
  );
}

/**
 * Each release family's openness score at launch, by release date, on the shared 0-100 axis:
 * one line through the releases, and a "toward closed" marker where a release breaks the line.
 */
export function OpennessScoreChart({
  view,
  label,
  height = 260,
}: {
  view: OpennessProfileView;
  label: string;
  height?: number;
}) {
  return (
    <div>
      <ChartLegend
        items={[
          {
            key: 'score',
            label: 'Openness score of each release family at launch',
            swatch: <LineSwatch color={LINE_COLOR} />,
          },
          ...(view.breaks.length > 0
            ? [
                {
                  key: 'break',
                  label: 'A break: far more closed than every earlier release',
                  swatch: (
                    <ShapeSwatch>
                      <path d="M7,1 L13,12 L1,12 Z" fill={DIRECTION_COLOR['toward-closed']} />
                    </ShapeSwatch>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ScoreOverTimeFrame data={view.points} axis={view} height={height} title={label}>
        <Tooltip content={(p) => <ReleaseTooltip {...p} />} isAnimationActive={false} />
        <Line
          dataKey="score"
          name="Openness score"
          stroke={LINE_COLOR}
          strokeWidth={2.25}
          dot={ReleaseDot}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
          type="linear"
        />
      </ScoreOverTimeFrame>
    </div>
  );
}
