import { useId, useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ExposureRow } from './exposure-view-model';
import './exposure.css';

const ROW_HEIGHT = 32;

/**
 * Exposure per provider as horizontal bars with direct labels, in a figure with a caption that
 * states its message and a "Show as table" text alternative.
 */
export function ExposureChart({
  rows,
  axisMax,
  axisTicks,
  title,
  caption,
  headingLevel = 2,
}: {
  rows: readonly ExposureRow[];
  axisMax: number;
  /** Tick values of the exposure axis; Recharts picks them when left out. */
  axisTicks?: number[];
  title: string;
  caption: string;
  headingLevel?: 2 | 3;
}) {
  const titleId = useId();
  const tableId = useId();
  const [open, setOpen] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const height = rows.length * ROW_HEIGHT + 40;
  return (
    <figure className="exposure-chart" aria-labelledby={titleId}>
      <div className="exposure-chart__head">
        <Heading id={titleId} className="exposure-chart__title">
          {title}
        </Heading>
        <button
          type="button"
          className="button exposure-chart__toggle"
          aria-expanded={open}
          aria-controls={tableId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide table' : 'Show as table'}
        </button>
      </div>
      <figcaption className="exposure-chart__caption">{caption}</figcaption>
      <div className="exposure-chart__body" role="img" aria-label={`${title}: ${caption}`}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          <BarChart
            data={[...rows]}
            layout="vertical"
            margin={{ top: 4, right: 150, bottom: 4, left: 4 }}
            barCategoryGap={6}
          >
            <XAxis
              type="number"
              domain={[0, axisMax]}
              ticks={axisTicks}
              tick={{ fill: 'var(--muted)', fontSize: 12 }}
              stroke="var(--border)"
              allowDecimals={false}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={96}
              tick={{ fill: 'var(--text)', fontSize: 13 }}
              tickLine={false}
              stroke="var(--border)"
              interval={0}
            />
            <Bar
              dataKey="exposure"
              isAnimationActive={false}
              radius={[0, 3, 3, 0]}
              stroke="var(--text)"
              strokeOpacity={0.25}
            >
              {rows.map((r) => (
                <Cell key={r.providerId} fill={r.color} />
              ))}
              <LabelList dataKey="barLabel" position="right" fill="var(--text)" fontSize={12.5} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div id={tableId} hidden={!open}>
        {open && (
          <div className="table-wrap table-wrap--contained">
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Provider</th>
                  <th scope="col" className="num">
                    Exposure (points)
                  </th>
                  <th scope="col" className="num">
                    Share of weight
                  </th>
                  <th scope="col" className="num">
                    Dependencies
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.providerId}>
                    <th scope="row">{r.name}</th>
                    <td className="num">{r.exposureLabel}</td>
                    <td className="num">{r.shareLabel}</td>
                    <td className="num">{r.dependencyCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </figure>
  );
}
