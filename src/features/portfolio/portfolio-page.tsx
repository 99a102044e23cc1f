import { channelStatus } from './channel-status';
import { useMemo, useRef, useState } from 'react';
import { ExposureSummary } from '@/components/exposure/exposure-summary';
import { formatDay } from '@/components/format';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { scoreProviders } from '@/domain/risk/score-providers';
import { rankedExitOptions } from '@/domain/scenario/exit-candidates';
import { clockUrgency, retirementClock } from '@/domain/lifecycle/retirement-clock';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import { portfolioToCsv, portfolioToJson } from '@/domain/portfolio-io/export-portfolio';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { isStale } from '@/domain/risk/is-stale';
import type { Dependency } from '@/domain/schema/dependency';
import { downloadFile } from '@/lib/download-file';
import { usePortfolioRisk } from '@/lib/use-portfolio-risk';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { DependencyForm } from './dependency-form';
import { DependencyTable, type DependencyRowView } from './dependency-table';
import { ImportPanel } from './import-panel';
import './portfolio.css';

type Mode =
  | { kind: 'idle' }
  | { kind: 'add' }
  | { kind: 'edit'; dependency: Dependency }
  | { kind: 'import' };

export default function PortfolioPage() {
  const { data, isPending, error, retry, ctx, asOf, settings, dependencies } = usePortfolioRisk();
  const added = usePortfolioStore((s) => s.dependencyAdded);
  const edited = usePortfolioStore((s) => s.dependencyEdited);
  const removed = usePortfolioStore((s) => s.dependencyRemoved);
  const replaced = usePortfolioStore((s) => s.portfolioReplaced);
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const names = useMemo(() => {
    const providers = new Map(data?.providers.map((p) => [p.id, p.shortName]) ?? []);
    const models = new Map(data?.models.map((m) => [m.id, m]) ?? []);
    return {
      model: (id: string) => models.get(id)?.name ?? id,
      providerOfModel: (id: string) => {
        const m = models.get(id);
        return m ? (providers.get(m.providerId) ?? m.providerId) : 'not in the data set';
      },
    };
  }, [data]);
  const knownModelIds = useMemo(() => new Set(data?.models.map((m) => m.id) ?? []), [data]);

  const rows: DependencyRowView[] = useMemo(() => {
    const exposure = ctx ? portfolioExposure(ctx, dependencies, asOf, settings) : null;
    // Exits are ranked partly by their provider's risk on the as-of date.
    const scores = ctx ? scoreProviders(ctx, asOf, settings, { explain: false }) : null;
    const total = dependencies.reduce((s, d) => s + d.share, 0);
    const rows = dependencies.map((d, i) => ({
      dependency: d,
      modelName: names.model(d.modelId),
      providerName: names.providerOfModel(d.modelId),
      risk: exposure?.dependencies[i] ?? null,
      exits: ctx && scores ? rankedExitOptions(ctx, d, asOf, scores) : null,
      status: channelStatus(
        data?.models.find((m) => m.id === d.modelId),
        d.channel ?? null,
        asOf,
      ),
      shareOfTotal: total > 0 ? d.share / total : 0,
      clock: data
        ? retirementClock(
            d,
            data.models.find((m) => m.id === d.modelId),
            asOf,
            data.compiledOn,
          )
        : null,
    }));
    // Most urgent first: past shutdowns, then the soonest; the rest keep the portfolio's order.
    return rows
      .map((row, i) => ({ row, i }))
      .sort(
        (a, b) =>
          (a.row.clock ? clockUrgency(a.row.clock) : 0) -
            (b.row.clock ? clockUrgency(b.row.clock) : 0) || a.i - b.i,
      )
      .map((x) => x.row);
  }, [ctx, dependencies, asOf, settings, names, data]);

  const done = (text: string | null) => {
    setMode({ kind: 'idle' });
    setMessage(text);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const exportAs = (format: 'csv' | 'json') => {
    const stamp = asOf;
    if (format === 'csv')
      downloadFile(
        `ai-portfolio-${stamp}.csv`,
        portfolioToCsv(dependencies),
        'text/csv;charset=utf-8',
      );
    else
      downloadFile(`ai-portfolio-${stamp}.json`, portfolioToJson(dependencies), 'application/json');
    setMessage(
      `Exported ${dependencies.length} ${dependencies.length === 1 ? 'dependency' : 'dependencies'} as ${format.toUpperCase()}.`,
    );
  };

  const actions = (
    <div className="portfolio-actions">
      <button
        type="button"
        className="button button--primary"
        onClick={() => setMode({ kind: 'add' })}
        disabled={!data}
      >
        Add a dependency
      </button>
      <button
        type="button"
        className="button"
        onClick={() => setMode({ kind: 'import' })}
        disabled={!data}
      >
        Import CSV or JSON
      </button>
      {(['csv', 'json'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          onClick={() => exportAs(format)}
          disabled={dependencies.length === 0}
        >
          Export {format.toUpperCase()}
        </button>
      ))}
    </div>
  );

  return (
    <>
      <header className="page-header">
        <h1>Portfolio</h1>
        <p className="lead">
          Your organisation&rsquo;s own AI dependencies, the exposure they create per provider and
          your exit options, as of {formatDay(asOf)}. Kept in this browser only.
        </p>
      </header>
      <p className="portfolio-message" role="status" aria-live="polite">
        {message}
      </p>
      {error && (
        <ErrorPanel
          title="The risk data could not be loaded"
          error={error}
          onRetry={retry}
          stillWorks="Your portfolio is safe in this browser and can still be exported; risk, exposure and exit options show once the data loads."
        />
      )}
      {data && isStale(asOf, data.compiledOn) && (
        <p className="panel panel--notice small">
          No facts after {formatDay(data.compiledOn)} are known: scores after that date only decay.
        </p>
      )}
      {mode.kind === 'add' || mode.kind === 'edit' ? (
        data && (
          <DependencyForm
            key={mode.kind === 'edit' ? mode.dependency.id : 'new'}
            dataset={data}
            initial={mode.kind === 'edit' ? mode.dependency : null}
            onCancel={() => done(null)}
            onSave={(d) => {
              if (mode.kind === 'edit') edited(d);
              else added(d);
              done(mode.kind === 'edit' ? `Saved “${d.workload}”.` : `Added “${d.workload}”.`);
            }}
          />
        )
      ) : mode.kind === 'import' ? (
        <ImportPanel
          knownModelIds={knownModelIds}
          modelName={names.model}
          currentCount={dependencies.length}
          onConfirm={(list) => {
            replaced(list);
            done(`Imported ${list.length} ${list.length === 1 ? 'dependency' : 'dependencies'}.`);
          }}
          onDone={done}
        />
      ) : null}
      {isPending && !data ? (
        <TableSkeleton label="Loading the risk data" rows={6} />
      ) : dependencies.length === 0 ? (
        mode.kind === 'idle' && (
          <EmptyState
            title="No dependencies yet"
            action={
              <div className="portfolio-actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    replaced(SAMPLE_PORTFOLIO.map((d) => ({ ...d })));
                    setMessage('Loaded the sample portfolio: six workloads over five providers.');
                  }}
                >
                  Load the sample portfolio
                </button>
                {actions}
              </div>
            }
          >
            <p>
              Record the workloads that run on AI models to see your exposure per provider, how
              concentrated it is and where you could move. Start from the sample portfolio (six
              workloads) or add your own.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          {ctx && <ExposureSummary ctx={ctx} asOf={asOf} settings={settings} showLink={false} />}
          <section aria-labelledby="dependencies-title">
            <div className="section-head">
              <h2 id="dependencies-title" ref={headingRef} tabIndex={-1}>
                Dependencies ({dependencies.length})
              </h2>
              {mode.kind === 'idle' && actions}
            </div>
            <DependencyTable
              rows={rows}
              onEdit={(d) => setMode({ kind: 'edit', dependency: d })}
              onRemove={(d) => {
                removed(d.id);
                setMessage(`Removed “${d.workload}”.`);
              }}
            />
            <p className="muted small">
              Exit options: other providers&rsquo; models with open weights (level 3 or more),
              active as of {formatDay(asOf)}, sharing an input modality and released no earlier than
              18 months before your model. &ldquo;unknown&rdquo; means modalities are not known, so
              the answer is open.
            </p>
          </section>
        </>
      )}
    </>
  );
}
