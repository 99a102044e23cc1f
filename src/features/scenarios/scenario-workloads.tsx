import { formatPreciseDate } from '@/components/format';
import { RankedExits } from '@/components/ranked-exits';
import type { ScenarioWorkload } from '@/domain/scenario/diff-scenario';
import { workloadStatusText } from '@/domain/scenario/workload-impact';
import type { Criticality } from '@/domain/schema/dependency';

const CRITICALITY_TEXT: Record<Criticality, string> = {
  'mission-critical': 'Mission-critical',
  high: 'High criticality',
  medium: 'Medium criticality',
  low: 'Low criticality',
};
const STATE_TEXT = { broken: 'Broken', 'at-risk': 'At risk' } as const;

/** The workloads the scenario breaks or puts at risk, each with its exits ranked by fit. */
export function ScenarioWorkloads({ workloads }: { workloads: ScenarioWorkload[] }) {
  const hit = workloads.filter(
    (w) => w.scenario.state === 'broken' || w.scenario.state === 'at-risk',
  );
  return (
    <section aria-labelledby="workloads-title" className="scenario-workloads">
      <h3 id="workloads-title">Workloads broken or at risk</h3>
      {hit.length === 0 ? (
        <p className="muted">
          No workload of your portfolio is broken or at risk in this scenario.
        </p>
      ) : (
        <ul className="workload-list">
          {hit.map((w) => {
            const state = w.scenario.state === 'broken' ? 'broken' : 'at-risk';
            return (
              <li key={w.dependencyId} className={`workload workload--${state}`}>
                <div className="workload__head">
                  <strong>{w.workload}</strong>{' '}
                  <span className={`badge workload-badge workload-badge--${state}`}>
                    {STATE_TEXT[state]}
                  </span>{' '}
                  <span className="muted small">{CRITICALITY_TEXT[w.criticality]}</span>
                </div>
                <p className="small">
                  {workloadStatusText(w.model, w.channel, w.scenario, formatPreciseDate)}
                  {w.causedByScenario ? '.' : ' (already so without the scenario).'}
                </p>
                <RankedExits exits={w.exits} workload={w.workload} idBase={w.dependencyId} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
