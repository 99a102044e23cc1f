import { describeTrendRow, type RiskTrendView, type TrendRowView } from './risk-trend-view-model';

/** The tooltip's words for one point of the trend chart (the table's row says the same). */
export function TrendPointText({ view, row }: { view: RiskTrendView; row: TrendRowView }) {
  const d = describeTrendRow(view, row);
  return (
    <>
      <p className="chart-tooltip__title">{d.dateLabel}</p>
      {d.values.map((v) => (
        <p key={v.providerId}>
          <span className="chart__line-swatch" style={{ background: v.color }} aria-hidden="true" />{' '}
          {v.name} {v.label}
        </p>
      ))}
      {d.events.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </>
  );
}
