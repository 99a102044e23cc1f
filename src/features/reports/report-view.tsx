import type { ComponentProps, ReactNode } from 'react';
import type { Column } from '@/components/data-table';
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
import { ScoreWithGrade, scoreOrDash } from '@/components/score-cells';
import { Section } from '@/components/section';
import { SourceLinks } from '@/components/source-links';
import type { BoardSummary } from '@/domain/report/board-summary';
import type { RiskReport } from '@/domain/report/build-risk-report';
import { FACTOR_KEYS, FACTOR_LABELS } from '@/domain/risk/settings';
import { G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import { BoardSummaryView } from './board-summary-view';
import { reportFooterText } from './board-summary-text';
import { providerColumn, ReportTable } from './report-table';
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
function ReportSection(props: Omit<ComponentProps<typeof Section>, 'className'>) {
  return <Section className="report-section" {...props} />;
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
        <ReportTable
          label="Provider ranking table"
          caption="Providers ranked by platform risk (0-100, higher is riskier) with its six factors"
          rows={report.ranking}
          rowKey={(r) => r.providerId}
          columns={[
            { header: 'Rank', num: true, cell: (r) => r.rank ?? '—' },
            providerColumn(),
            {
              header: 'Platform risk',
              num: true,
              cell: (r) => <ScoreWithGrade score={r.risk} grade={r.grade} />,
            },
            ...FACTOR_KEYS.map((k): Column<RiskReport['ranking'][number]> => ({
              header: FACTOR_LABELS[k],
              num: true,
              cell: (r) => scoreOrDash(r.factors[k]),
            })),
          ]}
        />
      </ReportSection>

      <ReportSection id="report-openness" title="Openness">
        <p>
          Each provider&apos;s models released and not retired on the as-of date, on the G7 ladder,
          and its newest model&apos;s openness score (0-100; unknown components count as closed), G7
          tier and MOF class.
        </p>
        <ReportTable
          label="Openness table"
          caption="Openness of each provider's models"
          rows={report.ranking}
          rowKey={(r) => r.providerId}
          columns={[
            providerColumn(),
            {
              header: 'Models on the G7 ladder',
              num: true,
              cell: ({ openness: o }) => (
                <>
                  {formatInteger(o.models - o.tiers.none - o.tiers['not-graded'])} of{' '}
                  {formatInteger(o.models)}
                </>
              ),
            },
            { header: 'Newest model', cell: (r) => r.openness.newest?.name ?? '—' },
            { header: 'Score', num: true, cell: (r) => scoreOrDash(r.openness.newest?.score) },
            {
              header: 'G7 tier',
              cell: ({ openness: { newest: n } }) => (n?.g7Tier ? G7_TIER_LABELS[n.g7Tier] : '—'),
            },
            {
              header: 'MOF class',
              cell: ({ openness: { newest: n } }) =>
                n?.mofClass ? MOF_CLASS_LABELS[n.mofClass] : '—',
            },
            {
              header: 'Unknown components',
              cell: ({ openness: { newest: n } }) =>
                n && n.unknown.length > 0 ? n.unknown.length : 'none',
            },
          ]}
        />
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
              <ExposureChart view={exposureView} headingLevel={3} />
              <div className="chart-export no-print">{chartActions('exposure')}</div>
            </div>
            <ReportTable
              label="Dependencies table"
              caption="Dependencies with their risk and exit options"
              rows={report.exposure.dependencies}
              rowKey={(d) => d.id}
              columns={[
                { header: 'Workload', rowHeader: true, cell: (d) => d.workload },
                {
                  header: 'Model',
                  cell: (d) => (
                    <>
                      {d.model} <span className="muted">({d.provider})</span>
                    </>
                  ),
                },
                { header: 'Deployment', cell: (d) => DEPLOYMENT[d.deployment] },
                { header: 'Risk', num: true, cell: (d) => formatScore(d.risk) },
                {
                  header: 'Exit options',
                  num: true,
                  cell: (d) => (d.exitStatus === 'unknown' ? 'unknown' : d.exitCount),
                },
              ]}
            />
          </>
        )}
      </ReportSection>

      <ReportSection id="report-contributors" title="Top contributors">
        <ReportTable
          label="Top contributors table"
          caption="The models and events that add most to the five riskiest providers’ scores"
          rows={report.topContributors}
          rowKey={(c, i) => `${c.providerId}-${c.factor}-${i}`}
          columns={[
            providerColumn(),
            { header: 'Factor', cell: (c) => c.factorLabel },
            { header: 'Model or event', cell: (c) => c.label },
            { header: 'Points of platform risk', num: true, cell: (c) => formatScore(c.points) },
          ]}
        />
      </ReportSection>

      <ReportSection id="report-upcoming" title="Upcoming events">
        {report.upcomingEvents.length === 0 ? (
          <p>No events dated after {formatDay(report.asOf)}.</p>
        ) : (
          <ReportTable
            label="Upcoming events table"
            caption={`Events dated after ${formatDay(report.asOf)}: not scored until they happen`}
            rows={report.upcomingEvents}
            rowKey={(e) => e.id}
            columns={[
              {
                header: 'Date',
                cell: (e) => (
                  <>
                    {formatPreciseDate(e.date)}
                    {e.scheduled && <div className="muted small">scheduled</div>}
                  </>
                ),
              },
              { header: 'Provider', cell: (e) => e.provider },
              { header: 'Event', rowHeader: true, cell: (e) => e.title },
              { header: 'Severity', num: true, cell: (e) => e.severity },
            ]}
          />
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
            <ReportTable
              label="Scenario comparison table"
              caption={`Platform risk per provider as of ${formatDay(report.scenario.horizon)}, baseline and scenario; change = scenario − baseline as shown`}
              rows={report.scenario.providers}
              rowKey={(p) => p.providerId}
              columns={[
                providerColumn(),
                { header: 'Baseline', num: true, cell: (p) => formatScore(p.baseline) },
                { header: 'Scenario', num: true, cell: (p) => formatScore(p.scenario) },
                { header: 'Change', num: true, cell: (p) => delta(p.delta) },
              ]}
            />
            <ReportScenarioWorkloadsView workloads={report.scenario.workloads} />
          </>
        )}
      </ReportSection>

      <ReportSection id="report-sources" title="Data sources">
        <ReportTable
          label="Data sources table"
          caption="Where the facts come from: “Verified” means a primary source or two independent reputable ones"
          rows={report.sources}
          rowKey={(s) => s.providerId}
          columns={[
            providerColumn(),
            { header: 'Provider record', cell: (s) => s.evidence },
            {
              header: 'Models and events verified / not',
              num: true,
              cell: (s) => `${s.verified} / ${s.notVerified}`,
            },
            {
              header: 'Sources',
              cell: (s) => <SourceLinks sources={s.sources} providerId={s.providerId} />,
            },
          ]}
        />
      </ReportSection>

      <footer className="report__footer">
        {reportFooterText(report)} · sources: the curated data set (see “Data sources”) and the
        methodology page
      </footer>
    </article>
  );
}
