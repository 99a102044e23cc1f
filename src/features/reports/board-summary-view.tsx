import {
  formatDay,
  formatDecimal,
  formatInteger,
  formatScore,
  formatShare,
} from '@/components/format';
import { Facts } from '@/components/facts';
import { ScoreWithGrade } from '@/components/score-cells';
import type { BoardSummary } from '@/domain/report/board-summary';
import type { RiskReport } from '@/domain/report/build-risk-report';
import {
  causeLines,
  deadlineDate,
  deadlineTitle,
  moveText,
  summaryHeadline,
} from './board-summary-text';
import { providerColumn, ReportTable } from './report-table';

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
        <ReportTable
          label="Top risks table"
          className="report-summary__table"
          caption="Top risks: the riskiest providers and the factor that drives each"
          rows={summary.topRisks}
          rowKey={(r) => r.providerId}
          columns={[
            { header: 'Rank', num: true, cell: (r) => r.rank },
            providerColumn(),
            {
              header: 'Platform risk',
              num: true,
              cell: (r) => <ScoreWithGrade score={r.risk} grade={r.grade} />,
            },
            {
              header: 'Main driver',
              cell: (r) => (r.driver ? `${r.driver.label} ${formatScore(r.driver.value)}` : '—'),
            },
            {
              header: 'Portfolio share',
              num: true,
              cell: (r) => (r.share === null ? 'not used' : formatShare(r.share)),
            },
          ]}
        />

        <ReportTable
          label="Biggest moves table"
          className="report-summary__table"
          caption={`Biggest moves since ${formatDay(summary.moves.since)} and what caused them`}
          rows={summary.moves.rows}
          rowKey={(m) => m.providerId}
          empty="No provider moved by 0.1 points or more in these 90 days."
          columns={[
            providerColumn(),
            { header: 'Change', num: true, cell: (m) => moveText(m) },
            {
              header: 'Causes',
              cell: (m) => (
                <ul className="report-summary__causes">
                  {causeLines(m).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />

        <div className="report-summary__concentration">
          <h3>Concentration</h3>
          {c === null ? (
            <p>The portfolio is empty: record dependencies on the Portfolio page.</p>
          ) : (
            <Facts
              className="report-summary__figures"
              items
              facts={[
                ['Portfolio exposure', `${formatScore(c.portfolioExposure)} of 100`],
                [
                  'Effective number of providers',
                  c.effectiveProviders === null ? 'no data' : formatDecimal(c.effectiveProviders),
                ],
                [
                  'HHI',
                  `${c.hhi === null ? 'no data' : formatInteger(c.hhi)}${c.hhiBandLabel ? ` (${c.hhiBandLabel})` : ''}`,
                ],
                [
                  'Largest provider',
                  c.largest ? `${c.largest.provider}, ${formatShare(c.largest.share)}` : '—',
                ],
              ]}
            />
          )}
        </div>

        <ReportTable
          label="Nearest deadlines table"
          className="report-summary__table"
          caption="Nearest deadlines: retirements your workloads face, then upcoming events"
          rows={summary.deadlines}
          rowKey={(d) => `${d.kind}-${d.title}-${d.date.date}`}
          empty={`No retirement or event is dated after ${formatDay(summary.asOf)}.`}
          columns={[
            { header: 'Date', cell: (d) => deadlineDate(d) },
            { header: 'Provider', cell: (d) => d.provider },
            {
              header: 'What',
              rowHeader: true,
              cell: (d) => (
                <>
                  {deadlineTitle(d)}
                  {d.detail && <div className="muted small">{d.detail}</div>}
                </>
              ),
            },
          ]}
        />
      </div>
    </section>
  );
}
