import { useState } from 'react';
import { formatInteger, formatPreciseDate } from '@/components/format';
import type { ScenarioWorkload } from '@/domain/scenario/diff-scenario';
import { fitReasons, type RankedExit } from '@/domain/scenario/rank-exits';
import { workloadStatusText } from '@/domain/scenario/workload-impact';
import type { Criticality } from '@/domain/schema/dependency';

/** How many ranked exits show before "Show all". */
export const TOP_EXITS = 5;

const CRITICALITY_TEXT: Record<Criticality, string> = {
  'mission-critical': 'Mission-critical',
  high: 'High criticality',
  medium: 'Medium criticality',
  low: 'Low criticality',
};
const STATE_TEXT = { broken: 'Broken', 'at-risk': 'At risk' } as const;

function ExitItem({ exit }: { exit: RankedExit }) {
  const r = fitReasons(exit);
  return (
    <li className="exit-option">
      <strong>{exit.candidate.name}</strong>{' '}
      <span className="muted">
        ({exit.candidate.providerName}) · fit {formatInteger(exit.fit)}/100
      </span>
      {r.fits.length > 0 && (
        <div className="small">
          <span className="exit-option__label">Fits:</span> {r.fits.join('; ')}
        </div>
      )}
      {r.lacks.length > 0 && (
        <div className="small">
          <span className="exit-option__label">Lacks:</span> {r.lacks.join('; ')}
        </div>
      )}
      {r.unknown.length > 0 && (
        <div className="small">
          <span className="exit-option__label">Unknown:</span> {r.unknown.join('; ')}
        </div>
      )}
    </li>
  );
}

function ExitList({ workload }: { workload: ScenarioWorkload }) {
  const [all, setAll] = useState(false);
  const exits = workload.exits;
  const listId = `exits-${workload.dependencyId}`;
  if (exits.length === 0) {
    return <p className="small">No exit option: no other provider&rsquo;s open-weight model meets the exit rule.</p>;
  }
  const shown = all ? exits : exits.slice(0, TOP_EXITS);
  return (
    <>
      <h4 id={`${listId}-title`} className="workload__exits-title">
        Exit options for {workload.workload}, ranked by fit ({exits.length})
      </h4>
      <ol id={listId} className="exit-options" aria-labelledby={`${listId}-title`}>
        {shown.map((e) => (
          <ExitItem key={e.candidate.modelId} exit={e} />
        ))}
      </ol>
      {exits.length > TOP_EXITS && (
        <button
          type="button"
          className="link-button"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((x) => !x)}
        >
          {all
            ? `Show the top ${TOP_EXITS} only`
            : `Show all ${exits.length} exit options for ${workload.workload}`}
        </button>
      )}
    </>
  );
}

/** The workloads the scenario breaks or puts at risk, each with its exits ranked by fit. */
export function ScenarioWorkloads({ workloads }: { workloads: ScenarioWorkload[] }) {
  const hit = workloads.filter((w) => w.scenario.state === 'broken' || w.scenario.state === 'at-risk');
  return (
    <section aria-labelledby="workloads-title" className="scenario-workloads">
      <h3 id="workloads-title">Workloads broken or at risk</h3>
      {hit.length === 0 ? (
        <p className="muted">No workload of your portfolio is broken or at risk in this scenario.</p>
      ) : (
        <ul className="workload-list">
          {hit.map((w) => {
            const state = w.scenario.state === 'broken' ? 'broken' : 'at-risk';
            return (
              <li key={w.dependencyId} className={`workload workload--${state}`}>
                <div className="workload__head">
                  <strong>{w.workload}</strong>{' '}
                  <span className={`badge workload-badge workload-badge--${state}`}>{STATE_TEXT[state]}</span>{' '}
                  <span className="muted small">{CRITICALITY_TEXT[w.criticality]}</span>
                </div>
                <p className="small">
                  {workloadStatusText(w.model, w.channel, w.scenario, formatPreciseDate)}
                  {w.causedByScenario ? '.' : ' (already so without the scenario).'}
                </p>
                <ExitList workload={w} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
