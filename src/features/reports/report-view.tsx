import type { ReactNode } from 'react';
import { ExposureChart } from '@/components/exposure/exposure-chart';
import type { ExposureView } from '@/components/exposure/exposure-view-model';
import {
  formatDay,
  formatDecimal,
  formatInteger,
  formatPreciseDate,
  formatScore,
  formatSigned,
} from '@/components/format';
import { SourceLinks } from '@/components/source-links';
import type { BoardSummary } from '@/domain/report/board-summary';
import type { RiskReport } from '@/domain/report/build-risk-report';
import { FACTOR_KEYS, FACTOR_LABELS } from '@/domain/risk/settings';
import { G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import { BoardSummaryView } from './board-summary-view';
import { reportFooterText } from './board-summary-text';
import { RankingChart } from './ranking-chart';
import { ReportScenarioWorkloadsView } from './report-scenario-workloads';
import { rankingCaption, toRankingBars } from './reports-view-model';

function delta(n: number | null): string {
  if (n === null) return 'n/a';
  const r = Math.round(n * 10) / 10;
  return r === 0 ? '0' : `${r > 0 ? '▲' : '▼'} ${formatSigned(r)}`;
}

const DEPLOYMENT = {
  'vendor-api': 'Vendor API',
  'cloud-marketplace': 'Cloud marketplace',
  'self-hosted': 'Self-hosted',
} as const;

/** A section of the printed report: each starts on a new page in print. */
function ReportSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The printable risk report: every section the board needs, stamped with its as-of date, methodology and data. */
export function ReportView({
  report,
  summary,
  exposureView,
  chartActions,
}: {
  report: RiskReport;
  /** The executive summary, the report's first page. */
  summary: BoardSummary;
  exposureView: ExposureView | null;
  /** Export buttons for a chart, by chart id ("ranking", "exposure"). */
  chartActions: (chart: 'ranking' | 'exposure') => ReactNode;
}) {
  const w = report.settings.weights;
  const facts = report.dataset.factsCurrentTo;
  const factsText =
    facts === null
      ? 'unknown'
      : formatPreciseDate({ date: facts, precision: facts.length === 7 ? 'month' : 'day' });
  const stamp = `As of ${formatDay(report.asOf)} · methodology ${report.methodologyId} · data set ${report.dataset.version}, compiled ${formatDay(report.dataset.compiledOn)}, facts current to ${factsText}`;
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__header">
        <h2 id="report-title" className="report__title">
          {report.title}
        </h2>
        <p className="report__stamp">{stamp}</p>
        <p className="small muted">
          Settings: {FACTOR_KEYS.map((k) => `${FACTOR_LABELS[k]} ${w[k]}`).join(', ')}; half-life{' '}
          {formatInteger(report.settings.halfLifeDays)} days; home jurisdiction{' '}
          {report.settings.jurisdiction.home ?? 'not configured (jurisdiction left out)'}.
        </p>
        {report.stale && (
          <p className="panel panel--notice small">
            No facts after {formatDay(report.dataset.compiledOn)} are known: scores after that date
            only decay.
          </p>
        )}
        {report.scenario && (
          <p className="panel panel--notice small">
            Scenario “{report.scenario.name}” is active; its comparison is in the section “Active
            scenario”. The ranking shows the baseline.
          </p>
        )}
      </header>

      <BoardSummaryView summary={summary} report={report} />

      <ReportSection id="report-ranking" title="Provider ranking">
        <div className="report-chart-wrap" data-chart="ranking">
          <RankingChart bars={toRankingBars(report)} caption={rankingCaption(report)} />
          <div className="chart-export no-print">{chartActions('ranking')}</div>
        </div>
        <div
          className="table-wrap table-wrap--contained"
          tabIndex={0}
          role="region"
          aria-label="Provider ranking table"
        >
          <table className="data-table report-table">
            <caption>
              Providers ranked by platform risk (0-100, higher is riskier) with its six factors
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Rank
                </th>
                <th scope="col">Provider</th>
                <th scope="col" className="num">
                  Platform risk
                </th>
                {FACTOR_KEYS.map((k) => (
                  <th key={k} scope="col" className="num">
                    {FACTOR_LABELS[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.ranking.map((r) => (
                <tr key={r.providerId}>
                  <td className="num">{r.rank ?? '—'}</td>
                  <th scope="row">{r.provider}</th>
                  <td className="num">
                    {formatScore(r.risk)}{' '}
                    {r.grade && <span className={`badge badge--grade-${r.grade}`}>{r.grade}</span>}
                  </td>
                  {FACTOR_KEYS.map((k) => (
                    <td key={k} className="num">
                      {r.factors[k] === null ? '—' : formatScore(r.factors[k])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <ReportSection id="report-openness" title="Openness">
        <p>
          Each provider&apos;s models released and not retired on the as-of date, on the G7 ladder,
          and its newest model&apos;s openness score (0-100; unknown components count as closed), G7
          tier and MOF class.
        </p>
        <div
          className="table-wrap table-wrap--contained"
          tabIndex={0}
          role="region"
          aria-label="Openness table"
        >
          <table className="data-table report-table">
            <caption>Openness of each provider&apos;s models</caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col" className="num">
                  Models on the G7 ladder
                </th>
                <th scope="col">Newest model</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">G7 tier</th>
                <th scope="col">MOF class</th>
                <th scope="col">Unknown components</th>
              </tr>
            </thead>
            <tbody>
              {report.ranking.map((r) => {
                const o = r.openness;
                const n = o.newest;
                return (
                  <tr key={r.providerId}>
                    <th scope="row">{r.provider}</th>
                    <td className="num">
                      {formatInteger(o.models - o.tiers.none - o.tiers['not-graded'])} of{' '}
                      {formatInteger(o.models)}
                    </td>
                    <td>{n ? n.name : '—'}</td>
                    <td className="num">{n && n.score !== null ? formatScore(n.score) : '—'}</td>
                    <td>{n?.g7Tier ? G7_TIER_LABELS[n.g7Tier] : '—'}</td>
                    <td>{n?.mofClass ? MOF_CLASS_LABELS[n.mofClass] : '—'}</td>
                    <td>{n && n.unknown.length > 0 ? n.unknown.length : 'none'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <ReportSection id="report-exposure" title="Exposure and concentration">
        {report.exposure === null || exposureView === null ? (
          <p>
            The portfolio is empty: record your dependencies on the Portfolio page to report
            exposure and concentration.
          </p>
        ) : (
          <>
            <p className="report__figures">
              Portfolio exposure <strong>{formatScore(report.exposure.portfolioExposure)}</strong>{' '}
              of 100 · effective number of providers{' '}
              <strong>
                {report.exposure.effectiveProviders === null
                  ? 'no data'
                  : formatDecimal(report.exposure.effectiveProviders)}
              </strong>{' '}
              · HHI{' '}
              <strong>
                {report.exposure.hhi === null ? 'no data' : formatInteger(report.exposure.hhi)}
              </strong>{' '}
              ({report.exposure.hhiBandLabel ?? 'no band'})
            </p>
            <div className="report-chart-wrap" data-chart="exposure">
              <ExposureChart
                rows={exposureView.rows}
                axisMax={exposureView.axisMax}
                axisTicks={exposureView.axisTicks}
                title="Exposure per provider"
                caption={exposureView.caption}
                headingLevel={3}
              />
              <div className="chart-export no-print">{chartActions('exposure')}</div>
            </div>
            <div
              className="table-wrap table-wrap--contained"
              tabIndex={0}
              role="region"
              aria-label="Dependencies table"
            >
              <table className="data-table report-table">
                <caption>Dependencies with their risk and exit options</caption>
                <thead>
                  <tr>
                    <th scope="col">Workload</th>
                    <th scope="col">Model</th>
                    <th scope="col">Deployment</th>
                    <th scope="col" className="num">
                      Risk
                    </th>
                    <th scope="col" className="num">
                      Exit options
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.exposure.dependencies.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.workload}</th>
                      <td>
                        {d.model} <span className="muted">({d.provider})</span>
                      </td>
                      <td>{DEPLOYMENT[d.deployment]}</td>
                      <td className="num">{formatScore(d.risk)}</td>
                      <td className="num">
                        {d.exitStatus === 'unknown' ? 'unknown' : d.exitCount}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </ReportSection>

      <ReportSection id="report-contributors" title="Top contributors">
        <div
          className="table-wrap table-wrap--contained"
          tabIndex={0}
          role="region"
          aria-label="Top contributors table"
        >
          <table className="data-table report-table">
            <caption>
              The models and events that add most to the five riskiest providers’ scores
            </caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">Factor</th>
                <th scope="col">Model or event</th>
                <th scope="col" className="num">
                  Points of platform risk
                </th>
              </tr>
            </thead>
            <tbody>
              {report.topContributors.map((c, i) => (
                <tr key={`${c.providerId}-${c.factor}-${i}`}>
                  <th scope="row">{c.provider}</th>
                  <td>{c.factorLabel}</td>
                  <td>{c.label}</td>
                  <td className="num">{formatScore(c.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <ReportSection id="report-upcoming" title="Upcoming events">
        {report.upcomingEvents.length === 0 ? (
          <p>No events dated after {formatDay(report.asOf)}.</p>
        ) : (
          <div
            className="table-wrap table-wrap--contained"
            tabIndex={0}
            role="region"
            aria-label="Upcoming events table"
          >
            <table className="data-table report-table">
              <caption>
                Events dated after {formatDay(report.asOf)}: not scored until they happen
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Provider</th>
                  <th scope="col">Event</th>
                  <th scope="col" className="num">
                    Severity
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.upcomingEvents.map((e) => (
                  <tr key={e.id}>
                    <td>
                      {formatPreciseDate(e.date)}
                      {e.scheduled && <div className="muted small">scheduled</div>}
                    </td>
                    <td>{e.provider}</td>
                    <th scope="row">{e.title}</th>
                    <td className="num">{e.severity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ReportSection>

      <ReportSection id="report-scenario" title="Active scenario">
        {report.scenario === null ? (
          <p>None: the figures in this report are the baseline.</p>
        ) : (
          <>
            <p>
              <strong>{report.scenario.name}</strong>, compared with the baseline as of its horizon{' '}
              {formatDay(report.scenario.horizon)}. Portfolio exposure{' '}
              {formatScore(report.scenario.baselineExposure)} →{' '}
              {formatScore(report.scenario.scenarioExposure)} (
              {delta(report.scenario.exposureDelta)}).
            </p>
            {report.scenario.events.length > 0 && (
              <>
                <p>Events the scenario adds (hypothetical, not facts):</p>
                <ul>
                  {report.scenario.events.map((e) => (
                    <li key={e.id}>
                      {formatPreciseDate(e.date)} · {e.provider}: {e.title} (severity {e.severity})
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div
              className="table-wrap table-wrap--contained"
              tabIndex={0}
              role="region"
              aria-label="Scenario comparison table"
            >
              <table className="data-table report-table">
                <caption>
                  Platform risk per provider as of {formatDay(report.scenario.horizon)}, baseline
                  and scenario; change = scenario − baseline as shown
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Provider</th>
                    <th scope="col" className="num">
                      Baseline
                    </th>
                    <th scope="col" className="num">
                      Scenario
                    </th>
                    <th scope="col" className="num">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.scenario.providers.map((p) => (
                    <tr key={p.providerId}>
                      <th scope="row">{p.provider}</th>
                      <td className="num">{formatScore(p.baseline)}</td>
                      <td className="num">{formatScore(p.scenario)}</td>
                      <td className="num">{delta(p.delta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ReportScenarioWorkloadsView workloads={report.scenario.workloads} />
          </>
        )}
      </ReportSection>

      <ReportSection id="report-sources" title="Data sources">
        <div
          className="table-wrap table-wrap--contained"
          tabIndex={0}
          role="region"
          aria-label="Data sources table"
        >
          <table className="data-table report-table">
            <caption>
              Where the facts come from: “Verified” means a primary source or two independent
              reputable ones
            </caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">Provider record</th>
                <th scope="col" className="num">
                  Models and events verified / not
                </th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {report.sources.map((s) => (
                <tr key={s.providerId}>
                  <th scope="row">{s.provider}</th>
                  <td>{s.evidence}</td>
                  <td className="num">
                    {s.verified} / {s.notVerified}
                  </td>
                  <td>
                    <SourceLinks sources={s.sources} providerId={s.providerId} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <footer className="report__footer">
        {reportFooterText(report)} · sources: the curated data set (see “Data sources”) and the
        methodology page
      </footer>
    </article>
  );
}
