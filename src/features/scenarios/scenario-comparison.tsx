import { DataTable } from '@/components/data-table';
import { Facts } from '@/components/facts';
import { formatDay, formatDecimal, formatInteger, formatScore } from '@/components/format';
import { Delta, ScoreWithGrade, scoreOrDash } from '@/components/score-cells';
import type { ScenarioWorkload } from '@/domain/scenario/diff-scenario';
import { ScenarioWorkloads } from './scenario-workloads';
import type { ComparisonFigures, ComparisonRow } from './scenarios-view-model';

function fig(n: number | null, kind: 'score' | 'n' | 'hhi') {
  if (n === null) return 'no data';
  return kind === 'score' ? formatScore(n) : kind === 'n' ? formatDecimal(n) : formatInteger(n);
}

/** A figure in the baseline, then in the scenario, and the change. */
function Move({
  baseline,
  scenario,
  delta,
  kind,
  byCriticality,
}: {
  baseline: number | null;
  scenario: number | null;
  delta: number | null;
  /** The kind of figure; none: a count of workloads. */
  kind?: 'score' | 'n' | 'hhi';
  /** For a count of workloads: the scenario's count by criticality in words. */
  byCriticality?: string;
}) {
  const shown = (n: number | null) => (kind === undefined ? n : fig(n, kind));
  return (
    <>
      {shown(baseline)} → <strong>{shown(scenario)}</strong>{' '}
      <Delta value={delta} digits={kind === 'score' || kind === 'n' ? 1 : 0} />
      {byCriticality !== undefined && <div className="muted small">{byCriticality}</div>}
    </>
  );
}

/** Baseline and scenario side by side as of the horizon: figures, then risk and exposure per provider. */
export function ScenarioComparison({
  horizon,
  rows,
  figures,
  hasPortfolio,
  workloads = [],
}: {
  horizon: string;
  rows: ComparisonRow[];
  figures: ComparisonFigures;
  hasPortfolio: boolean;
  /** The portfolio's workloads in the scenario; the broken and at-risk ones are listed with ranked exits. */
  workloads?: ScenarioWorkload[];
}) {
  return (
    <>
      {hasPortfolio ? (
        <Facts
          className="figures compare-figures"
          items="figures__item"
          facts={[
            ['Portfolio exposure', <Move {...figures.exposure} kind="score" />],
            ['Effective number of providers', <Move {...figures.effectiveProviders} kind="n" />],
            ['Broken workloads', <Move {...figures.broken} />],
            ['Workloads at risk', <Move {...figures.atRisk} />],
            ['Concentration (HHI)', <Move {...figures.hhi} kind="hhi" />],
          ]}
        />
      ) : (
        <p className="muted">
          Add dependencies on the Portfolio page to see how the scenario moves your exposure and
          concentration.
        </p>
      )}
      {hasPortfolio && <ScenarioWorkloads workloads={workloads} />}
      <DataTable
        label="Comparison table"
        contained
        className="compare-table"
        caption={`Platform risk per provider as of ${formatDay(horizon)}, baseline and scenario`}
        rows={rows}
        rowKey={(r) => r.providerId}
        columns={[
          { header: 'Provider', rowHeader: true, cell: (r) => r.name },
          {
            header: 'Baseline risk',
            num: true,
            cell: (r) => <ScoreWithGrade score={r.baseline} grade={r.baselineGrade} />,
          },
          {
            header: 'Scenario risk',
            num: true,
            cell: (r) => <ScoreWithGrade score={r.scenario} grade={r.scenarioGrade} />,
          },
          { header: 'Change', num: true, cell: (r) => <Delta value={r.delta} /> },
          ...(hasPortfolio
            ? [
                {
                  header: 'Baseline exposure',
                  num: true,
                  cell: (r: ComparisonRow) => scoreOrDash(r.baselineExposure),
                },
                {
                  header: 'Scenario exposure',
                  num: true,
                  cell: (r: ComparisonRow) => scoreOrDash(r.scenarioExposure),
                },
                {
                  header: 'Exposure change',
                  num: true,
                  cell: (r: ComparisonRow) =>
                    r.exposureDelta === null ? '—' : <Delta value={r.exposureDelta} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
