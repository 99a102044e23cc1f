import { useId, useState } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { SCORE_DOMAIN } from '@/components/charts/palette';
import type { RankingBar } from './reports-view-model';

const ROW_HEIGHT = 26;

/** Providers ranked by platform risk on the shared 0-100 axis, with direct labels and a table alternative. */
export function RankingChart({ bars, caption }: { bars: RankingBar[]; caption: string }) {
  const titleId = useId();
  const tableId = useId();
  const [open, setOpen] = useState(false);
  const height = bars.length * ROW_HEIGHT + 40;
  return (
    <figure className="exposure-chart report-chart" aria-labelledby={titleId}>
      <div className="exposure-chart__head">
        <h3 id={titleId} className="exposure-chart__title">
          Platform risk by provider
        </h3>
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
      <div
        className="exposure-chart__body"
        role="img"
        aria-label={`Platform risk by provider: ${caption}`}
      >
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
            barCategoryGap={5}
          >
            <XAxis
              type="number"
              domain={SCORE_DOMAIN}
              ticks={[0, 20, 40, 60, 80, 100]}
              tick={{ fill: 'var(--muted)', fontSize: 12 }}
              stroke="var(--border)"
            />
            <YAxis
              type="category"
              dataKey="label"
              width={96}
              tick={{ fill: 'var(--text)', fontSize: 12.5 }}
              tickLine={false}
              stroke="var(--border)"
              interval={0}
            />
            <Bar
              dataKey="value"
              isAnimationActive={false}
              radius={[0, 3, 3, 0]}
              stroke="var(--text)"
              strokeOpacity={0.25}
            >
              {bars.map((b) => (
                <Cell key={b.id} fill={b.color} />
              ))}
              <LabelList dataKey="valueLabel" position="right" fill="var(--text)" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div id={tableId} hidden={!open}>
        {open && (
          <div className="table-wrap table-wrap--contained">
            <table className="data-table">
              <caption className="visually-hidden">Platform risk by provider</caption>
              <thead>
                <tr>
                  <th scope="col">Provider</th>
                  <th scope="col" className="num">
                    Platform risk and grade
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">{b.label}</th>
                    <td className="num">{b.valueLabel}</td>
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
