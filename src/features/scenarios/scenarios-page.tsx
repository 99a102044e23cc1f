import { useMemo, useState } from 'react';
import { formatDay } from '@/components/format';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { addDays } from '@/domain/dates';
import { diffScenario } from '@/domain/scenario/diff-scenario';
import { usePortfolioRisk } from '@/lib/use-portfolio-risk';
import { useScenarioStore } from '@/stores/scenario-store';
import { ScenarioBuilder } from './scenario-builder';
import { ScenarioComparison } from './scenario-comparison';
import { toComparisonFigures, toComparisonRows } from './scenarios-view-model';
import '@/components/exposure/exposure.css';
import './scenarios.css';

function changeCount(s: {
  models: unknown[];
  events: unknown[];
  statusChanges: unknown[];
  licenseChanges: unknown[];
  channelChanges: unknown[];
}) {
  return (
    s.events.length +
    s.statusChanges.length +
    s.licenseChanges.length +
    s.channelChanges.length +
    s.models.length
  );
}

export default function ScenariosPage() {
  const { data, isPending, error, retry, ctx, today, settings, dependencies } = usePortfolioRisk();
  const scenarios = useScenarioStore((s) => s.scenarios);
  const activeId = useScenarioStore((s) => s.activeId);
  const saved = useScenarioStore((s) => s.scenarioSaved);
  const removed = useScenarioStore((s) => s.scenarioRemoved);
  const activated = useScenarioStore((s) => s.scenarioActivated);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [renaming, setRenaming] = useState('');

  const selected =
    scenarios.find((s) => s.id === selectedId) ??
    scenarios.find((s) => s.id === activeId) ??
    scenarios.at(-1) ??
    null;

  const comparison = useMemo(() => {
    if (!data || !ctx || selected === null) return null;
    try {
      const diff = diffScenario(data, selected, settings, dependencies, ctx);
      return {
        rows: toComparisonRows(diff, data.providers),
        figures: toComparisonFigures(diff),
        workloads: diff.workloads,
      };
    } catch {
      return null;
    }
  }, [data, ctx, selected, settings, dependencies]);

  return (
    <>
      <header className="page-header">
        <h1>Scenarios</h1>
        <p className="lead">
          What-if scenarios: what happens to provider risk and your exposure if a provider closes
          its next model, retires one, changes a license or leaves a cloud. Applied to a copy of the
          data, never mixed into it.
        </p>
      </header>
      <p className="portfolio-message" role="status" aria-live="polite">
        {message}
      </p>
      {error ? (
        <ErrorPanel
          title="The risk data could not be loaded"
          error={error}
          onRetry={retry}
          stillWorks="Your saved scenarios are safe in this browser; they show once the data loads."
        />
      ) : isPending || !data ? (
        <TableSkeleton label="Loading the risk data" rows={6} />
      ) : (
        <div className="scenarios-layout">
          <div>
            {scenarios.length === 0 ? (
              <EmptyState title="No scenarios yet">
                <p>
                  Build one below: for example &ldquo;Meta&rsquo;s next flagship is
                  closed-weight&rdquo; shows how Meta&rsquo;s risk and your exposure would move by
                  the horizon.
                </p>
              </EmptyState>
            ) : (
              <section aria-labelledby="saved-title">
                <h2 id="saved-title">Saved scenarios</h2>
                <ul className="scenario-list">
                  {scenarios.map((s) => {
                    const isActive = s.id === activeId;
                    const isSelected = s.id === selected?.id;
                    return (
                      <li
                        key={s.id}
                        className={`scenario-item${isSelected ? ' scenario-item--selected' : ''}`}
                      >
                        <div className="scenario-item__text">
                          <strong>{s.name}</strong>
                          {isActive && <span className="badge scenario-item__active">Active</span>}
                          <div className="muted small">
                            Horizon {formatDay(s.horizon)} · {changeCount(s)}{' '}
                            {changeCount(s) === 1 ? 'change' : 'changes'}
                          </div>
                        </div>
                        <div className="scenario-item__actions">
                          <button
                            type="button"
                            className="button"
                            aria-pressed={isSelected}
                            aria-label={`Compare ${s.name}`}
                            onClick={() => setSelectedId(s.id)}
                          >
                            Compare
                          </button>
                          <button
                            type="button"
                            className="button"
                            aria-label={isActive ? `Leave ${s.name}` : `Activate ${s.name}`}
                            onClick={() => {
                              activated(isActive ? null : s.id);
                              setMessage(
                                isActive
                                  ? `Left “${s.name}”: the app shows the baseline.`
                                  : `“${s.name}” is now active across the app.`,
                              );
                            }}
                          >
                            {isActive ? 'Leave' : 'Activate'}
                          </button>
                          <button
                            type="button"
                            className="button"
                            aria-label={`Delete ${s.name}`}
                            onClick={() => {
                              removed(s.id);
                              if (selectedId === s.id) setSelectedId(null);
                              setMessage(`Deleted “${s.name}”.`);
                            }}
                          >
                            Delete
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
            {selected && comparison && (
              <section aria-labelledby="compare-title" className="compare">
                <h2 id="compare-title">
                  {selected.name}: baseline against scenario as of {formatDay(selected.horizon)}
                </h2>
                <form
                  className="rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const next = renaming.trim();
                    if (next === '') return;
                    saved({ ...selected, name: next.slice(0, 120) });
                    setRenaming('');
                    setMessage(`Renamed to “${next}”.`);
                  }}
                >
                  <label htmlFor="rename-input">New name</label>
                  <input
                    id="rename-input"
                    type="text"
                    maxLength={120}
                    value={renaming}
                    onChange={(e) => setRenaming(e.target.value)}
                  />
                  <button type="submit" className="button">
                    Rename
                  </button>
                </form>
                <ScenarioComparison
                  horizon={selected.horizon}
                  rows={comparison.rows}
                  figures={comparison.figures}
                  hasPortfolio={dependencies.length > 0}
                  workloads={comparison.workloads}
                />
              </section>
            )}
          </div>
          <ScenarioBuilder
            dataset={data}
            defaultHorizon={addDays(today, 180)}
            onCreate={(s) => {
              saved(s);
              setSelectedId(s.id);
              setMessage(`Saved “${s.name}”. Its comparison is shown below the saved scenarios.`);
            }}
          />
        </div>
      )}
    </>
  );
}
