import { formatDay, formatDecimal, formatInteger, formatScore, formatSigned } from '@/components/format';
import type { ScenarioWorkload } from '@/domain/scenario/diff-scenario';
import { ScenarioWorkloads } from './scenario-workloads';
import type { ComparisonFigures, ComparisonRow } from './scenarios-view-model';


/** A change in points as text with an arrow, so the direction never rests on colour alone. */
function Delta({ value, digits = 1 }: { value: number | null; digits?: 0 | 1 }) {
  if (value === null) return <span className="muted">n/a</span>;
  const rounded = digits === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  if (rounded === 0) return <span className="delta delta--none">0</span>;
  const up = rounded > 0;
  return (
    <span className={`delta ${up ? 'delta--up' : 'delta--down'}`}>
      <span aria-hidden="true">{up ? '▲' : '▼'} </span>
      {formatSigned(rounded, digits)}
    </span>
  );
}

function fig(n: number | null, kind: 'score' | 'n' | 'hhi') {
  if (n === null) return 'no data';
  return kind === 'score' ? formatScore(n) : kind === 'n' ? formatDecimal(n) : formatInteger(n);
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
        <dl className="figures compare-figures">
          <div className="figures__item">
            <dt>Portfolio exposure</dt>
            <dd>
              {fig(figures.exposure.baseline, 'score')} →{' '}
              <strong>{fig(figures.exposure.scenario, 'score')}</strong>{' '}
              <Delta value={figures.exposure.delta} />
            </dd>
          </div>
          <div className="figures__item">
            <dt>Effective number of providers</dt>
            <dd>
              {fig(figures.effectiveProviders.baseline, 'n')} →{' '}
              <strong>{fig(figures.effectiveProviders.scenario, 'n')}</strong>{' '}
              <Delta value={figures.effectiveProviders.delta} />
            </dd>
          </div>
          <div className="figures__item">
            <dt>Broken workloads</dt>
            <dd>
              {figures.broken.baseline} → <strong>{figures.broken.scenario}</strong>{' '}
              <Delta value={figures.broken.delta} digits={0} />
              <div className="muted small">{figures.broken.byCriticality}</div>
            </dd>
          </div>
          <div className="figures__item">
            <dt>Workloads at risk</dt>
            <dd>
              {figures.atRisk.baseline} → <strong>{figures.atRisk.scenario}</strong>{' '}
              <Delta value={figures.atRisk.delta} digits={0} />
              <div className="muted small">{figures.atRisk.byCriticality}</div>
            </dd>
          </div>
          <div className="figures__item">
            <dt>Concentration (HHI)</dt>
            <dd>
              {fig(figures.hhi.baseline, 'hhi')} →{' '}
              <strong>{fig(figures.hhi.scenario, 'hhi')}</strong>{' '}
              <Delta value={figures.hhi.delta} digits={0} />
            </dd>
          </div>
        </dl>
      ) : (
        <p className="muted">
          Add dependencies on the Portfolio page to see how the scenario moves your exposure and
          concentration.
        </p>
      )}
      {hasPortfolio && <ScenarioWorkloads workloads={workloads} />}
      <div
        className="table-wrap table-wrap--contained"
        tabIndex={0}
        role="region"
        aria-label="Comparison table"
      >
        <table className="data-table compare-table">
          <caption>
            Platform risk per provider as of {formatDay(horizon)}, baseline and scenario
          </caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col" className="num">
                Baseline risk
              </th>
              <th scope="col" className="num">
                Scenario risk
              </th>
              <th scope="col" className="num">
                Change
              </th>
              {hasPortfolio && (
                <>
                  <th scope="col" className="num">
                    Baseline exposure
                  </th>
                  <th scope="col" className="num">
                    Scenario exposure
                  </th>
                  <th scope="col" className="num">
                    Exposure change
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.providerId}>
                <th scope="row">{r.name}</th>
                <td className="num">
                  {formatScore(r.baseline)}{' '}
                  {r.baselineGrade && (
                    <span className={`badge badge--grade-${r.baselineGrade}`}>
                      {r.baselineGrade}
                    </span>
                  )}
                </td>
                <td className="num">
                  {formatScore(r.scenario)}{' '}
                  {r.scenarioGrade && (
                    <span className={`badge badge--grade-${r.scenarioGrade}`}>
                      {r.scenarioGrade}
                    </span>
                  )}
                </td>
                <td className="num">
                  <Delta value={r.delta} />
                </td>
                {hasPortfolio && (
                  <>
                    <td className="num">
                      {r.baselineExposure === null ? '—' : formatScore(r.baselineExposure)}
                    </td>
                    <td className="num">
                      {r.scenarioExposure === null ? '—' : formatScore(r.scenarioExposure)}
                    </td>
                    <td className="num">
                      {r.exposureDelta === null ? '—' : <Delta value={r.exposureDelta} />}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
