import { formatScore } from '../format';
import { ScrollTable } from '../scroll-table';
import { DIRECTION_LABEL } from './palette';
import { describeTrendRow, type RiskTrendView } from './risk-trend-view-model';

/**
 * The risk trend chart's text alternative: the events that moved it, then every point the chart
 * draws (row i is the chart's point i: the tooltip and the keyboard walk the same rows).
 */
export function RiskTrendTables({
  view,
  providerColumn = view.series.length > 1,
}: {
  view: RiskTrendView;
  /** Name each event's provider (a chart of several providers). */
  providerColumn?: boolean;
}) {
  return (
    <>
      <ScrollTable label="Events that moved platform risk">
        <table className="data-table">
          <caption className="table-caption">
            Events that moved platform risk by at least half a point
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              {providerColumn && <th scope="col">Provider</th>}
              <th scope="col">Direction</th>
              <th scope="col" className="num">
                Change (ΔR)
              </th>
              <th scope="col" className="num">
                Risk after
              </th>
            </tr>
          </thead>
          <tbody>
            {view.markers.map((m) => (
              <tr key={`${m.eventId}|${m.providerId}`}>
                <td>{m.dateLabel}</td>
                <th scope="row">
                  {m.hypothetical && <span className="muted">Hypothetical: </span>}
                  {m.title}
                </th>
                {providerColumn && <td>{m.providerName}</td>}
                <td>{DIRECTION_LABEL[m.direction]}</td>
                <td className="num">{m.deltaLabel}</td>
                <td className="num">{formatScore(m.risk)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {/* Long (a row per point): it scrolls on its own, and takes keyboard focus to do so. */}
      <ScrollTable label="Every point of the chart" tall>
        <table className="data-table trend-points">
          <caption className="table-caption">
            Platform risk at every point of the chart: the first of each month, each event&apos;s
            date and the day before it, and the as-of date
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {view.series.map((s) => (
                <th key={s.providerId} scope="col" className="num">
                  {s.name}
                </th>
              ))}
              <th scope="col">Events that day</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) => {
              const d = describeTrendRow(view, r);
              return (
                <tr key={r.day}>
                  <th scope="row">{d.dateLabel}</th>
                  {d.values.map((v) => (
                    <td key={v.providerId} className="num">
                      {v.label}
                    </td>
                  ))}
                  <td>{d.events.join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
