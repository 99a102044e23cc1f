import {
  formatDay,
  formatDecimal,
  formatInteger,
  formatScore,
  formatShare,
} from '@/components/format';
import { ScrollTable } from '@/components/scroll-table';
import type { BoardSummary } from '@/domain/report/board-summary';
import type { RiskReport } from '@/domain/report/build-risk-report';
import {
  causeText,
  deadlineDate,
  deadlineTitle,
  moreCausesText,
  moveText,
  restText,
  summaryHeadline,
} from './board-summary-text';

/**
 * The board pack's first page: the headline, the riskiest providers, the biggest moves with
 * their causes, concentration and the nearest deadlines. Sized to fit one printed page.
 */
export function BoardSummaryView({
  summary,
  report,
}: {
  summary: BoardSummary;
  report: RiskReport;
}) {
  const c = summary.concentration;
  return (
    <section className="report-summary" aria-labelledby="report-summary-title">
      <h2 id="report-summary-title">Executive summary</h2>
      <div className="report-summary__headline">
        {summaryHeadline(summary, report).map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>

      <div className="report-summary__grid">
        <ScrollTable contained label="Top risks table">
          <table className="data-table report-table report-summary__table">
            <caption>Top risks: the riskiest providers and the factor that drives each</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Rank
                </th>
                <th scope="col">Provider</th>
                <th scope="col" className="num">
                  Platform risk
                </th>
                <th scope="col">Main driver</th>
                <th scope="col" className="num">
                  Portfolio share
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.topRisks.map((r) => (
                <tr key={r.providerId}>
                  <td className="num">{r.rank}</td>
                  <th scope="row">{r.provider}</th>
                  <td className="num">
                    {formatScore(r.risk)}{' '}
                    <span className={`badge badge--grade-${r.grade}`}>{r.grade}</span>
                  </td>
                  <td>{r.driver ? `${r.driver.label} ${formatScore(r.driver.value)}` : '—'}</td>
                  <td className="num">{r.share === null ? 'not used' : formatShare(r.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>

        <ScrollTable contained label="Biggest moves table">
          <table className="data-table report-table report-summary__table">
            <caption>
              Biggest moves since {formatDay(summary.moves.since)} and what caused them
            </caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col" className="num">
                  Change
                </th>
                <th scope="col">Causes</th>
              </tr>
            </thead>
            <tbody>
              {summary.moves.rows.length === 0 ? (
                <tr>
                  <td colSpan={3}>No provider moved by 0.1 points or more in these 90 days.</td>
                </tr>
              ) : (
                summary.moves.rows.map((m) => (
                  <tr key={m.providerId}>
                    <th scope="row">{m.provider}</th>
                    <td className="num">{moveText(m)}</td>
                    <td>
                      <ul className="report-summary__causes">
                        {m.causes.slice(0, 2).map((cause) => (
                          <li key={cause.date}>{causeText(cause)}</li>
                        ))}
                        {m.causes.length > 2 && <li>{moreCausesText(m.causes.length - 2)}</li>}
                        {Math.abs(m.rest) >= 0.05 && <li>{restText(m.rest)}</li>}
                      </ul>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </ScrollTable>

        <div className="report-summary__concentration">
          <h3>Concentration</h3>
          {c === null ? (
            <p>The portfolio is empty: record dependencies on the Portfolio page.</p>
          ) : (
            <dl className="report-summary__figures">
              <div>
                <dt>Portfolio exposure</dt>
                <dd>{formatScore(c.portfolioExposure)} of 100</dd>
              </div>
              <div>
                <dt>Effective number of providers</dt>
                <dd>
                  {c.effectiveProviders === null ? 'no data' : formatDecimal(c.effectiveProviders)}
                </dd>
              </div>
              <div>
                <dt>HHI</dt>
                <dd>
                  {c.hhi === null ? 'no data' : formatInteger(c.hhi)}
                  {c.hhiBandLabel ? ` (${c.hhiBandLabel})` : ''}
                </dd>
              </div>
              <div>
                <dt>Largest provider</dt>
                <dd>
                  {c.largest ? `${c.largest.provider}, ${formatShare(c.largest.share)}` : '—'}
                </dd>
              </div>
            </dl>
          )}
        </div>

        <ScrollTable contained label="Nearest deadlines table">
          <table className="data-table report-table report-summary__table">
            <caption>
              Nearest deadlines: retirements your workloads face, then upcoming events
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Provider</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {summary.deadlines.length === 0 ? (
                <tr>
                  <td colSpan={3}>
                    No retirement or event is dated after {formatDay(summary.asOf)}.
                  </td>
                </tr>
              ) : (
                summary.deadlines.map((d) => (
                  <tr key={`${d.kind}-${d.title}-${d.date.date}`}>
                    <td>{deadlineDate(d)}</td>
                    <td>{d.provider}</td>
                    <th scope="row">
                      {deadlineTitle(d)}
                      {d.detail && <div className="muted small">{d.detail}</div>}
                    </th>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </section>
  );
}
