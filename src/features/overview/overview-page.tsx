import { lazy, Suspense, useDeferredValue, useMemo, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useDataset } from '@/api/use-dataset';
import { formatDay, formatInteger, formatScore } from '@/components/format';
import { EmptyState, ErrorPanel } from '@/components/state-panels';
import { formatDelta } from '@/components/charts/risk-trend-view-model';
import { addDays } from '@/domain/dates';
import { isStale } from '@/domain/risk/is-stale';
import type { RiskContext } from '@/domain/risk/risk-context';
import { splitMove } from '@/domain/risk/move-split';
import { scoreProviders } from '@/domain/risk/score-providers';
import type { RiskSettings } from '@/domain/risk/settings';
import type { Dataset } from '@/domain/schema/dataset';
import { isIsoDay } from '@/domain/schema/precise-date';
import { carriedSearch } from '@/domain/url/view-params';
import { useAsOf, useRiskSettings } from '@/lib/use-view-params';
import { useRiskContext } from '@/lib/use-risk-context';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useWatchlistStore } from '@/stores/watchlist-store';
import {
  BEFORE_MUSE_SPARK,
  HEADLINE_WINDOW_DAYS,
  toHeadline,
  toRiskRanking,
  type Headline,
  type RankedViewProps,
} from './overview-view-model';
import './overview.css';

// The ranking and the charts are a chunk of their own (Recharts arrives later still, as each
// chart nears the viewport). It is requested as soon as this page's code runs, so that it
// arrives while the data loads rather than after (ADR 0006).
const overviewCharts = import('./overview-charts');
overviewCharts.catch(() => undefined); // a failed load is shown where the chunk is rendered
const OverviewCharts = lazy(() => overviewCharts.then((m) => ({ default: m.OverviewCharts })));
// The exposure section draws a Recharts chart; it loads only when the portfolio is not empty.
const ExposureSummary = lazy(() =>
  import('@/components/exposure/exposure-summary').then((m) => ({ default: m.ExposureSummary })),
);

// The three nearest retirement clocks of the portfolio, off the landing page's first load.
const NearestRetirements = lazy(() =>
  import('@/components/retirement-clock-view').then((m) => ({ default: m.NearestRetirements })),
);

function AsOfControl({
  asOf,
  today,
  onChange,
}: {
  asOf: string;
  today: string;
  onChange: (iso: string) => void;
}) {
  const picks = [
    {
      label: 'Before Muse Spark',
      iso: BEFORE_MUSE_SPARK,
      hint: `${formatDay(BEFORE_MUSE_SPARK)}, the day before Meta’s closed launch`,
    },
    { label: 'Today', iso: today, hint: formatDay(today) },
  ];
  return (
    <div className="asof" role="group" aria-labelledby="asof-label">
      <label id="asof-label" htmlFor="asof-input" className="asof__label">
        As of
      </label>
      <input
        id="asof-input"
        className="asof__input"
        type="date"
        value={asOf}
        min="2023-01-01"
        onChange={(e) => {
          if (isIsoDay(e.target.value)) onChange(e.target.value);
        }}
      />
      {picks.map((p) => (
        <button
          key={p.label}
          type="button"
          className="button asof__pick"
          aria-pressed={asOf === p.iso}
          title={p.hint}
          onClick={() => onChange(p.iso)}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}

function HeadlineRow({ headline, search }: { headline: Headline; search: string }) {
  const link = (id: string, name: string) => (
    <Link to={`/providers/${encodeURIComponent(id)}${search}`}>{name}</Link>
  );
  return (
    <dl className="headline" aria-label="Headline figures">
      <div className="headline__item">
        <dt>Providers tracked</dt>
        <dd className="headline__figure">{formatInteger(headline.tracked)}</dd>
        <dd className="headline__note">
          {formatInteger(headline.scored)} with a platform-risk score
        </dd>
      </div>
      <div className="headline__item">
        <dt>Highest platform risk</dt>
        {headline.highest ? (
          <>
            <dd className="headline__figure">
              {link(headline.highest.providerId, headline.highest.name)}
            </dd>
            <dd className="headline__note">
              {formatScore(headline.highest.risk)} of 100 ·{' '}
              <span className={`badge badge--grade-${headline.highest.grade}`}>
                {headline.highest.grade}
              </span>
            </dd>
          </>
        ) : (
          <dd className="headline__figure">no data</dd>
        )}
      </div>
      <div className="headline__item">
        <dt>Biggest mover, last {HEADLINE_WINDOW_DAYS} days</dt>
        {headline.mover ? (
          <>
            <dd className="headline__figure">
              {link(headline.mover.providerId, headline.mover.name)}{' '}
              <span className={headline.mover.delta > 0 ? 'delta delta--up' : 'delta delta--down'}>
                <span aria-hidden="true">
                  {headline.mover.delta > 0 ? '▲' : headline.mover.delta < 0 ? '▼' : ''}
                </span>
                {formatDelta(headline.mover.delta)}
              </span>
            </dd>
            <dd className="headline__note">
              {formatScore(headline.mover.from)} → {formatScore(headline.mover.to)} since{' '}
              {formatDay(headline.mover.since)}
            </dd>
            <dd className="headline__note headline__cause">{headline.mover.cause.summary}</dd>
          </>
        ) : (
          <dd className="headline__figure">no data</dd>
        )}
      </div>
      <div className="headline__item">
        <dt>Scheduled events, next {HEADLINE_WINDOW_DAYS} days</dt>
        <dd className="headline__figure">{formatInteger(headline.scheduled.count)}</dd>
        <dd className="headline__note">
          {headline.scheduled.events[0]
            ? `${headline.scheduled.events[0].title} (${formatDay(headline.scheduled.events[0].date)})`
            : headline.nextScheduled
              ? `Next: ${headline.nextScheduled.title} (${formatDay(headline.nextScheduled.date)})`
              : 'None announced'}
        </dd>
      </div>
    </dl>
  );
}

/** Placeholder boxes of the charts' final size while their code loads. */
function ChartsSkeleton() {
  return (
    <div className="overview-grid" role="status" aria-live="polite">
      <span className="visually-hidden">Loading charts</span>
      <div className="chart-skeleton chart-skeleton--tall" aria-hidden="true" />
      <div className="chart-skeleton chart-skeleton--tall" aria-hidden="true" />
    </div>
  );
}

/** Placeholders of the headline row and the first charts while the data loads. */
function OverviewSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">Loading the risk overview</span>
      <div className="headline headline--skeleton" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="headline__item chart-skeleton" />
        ))}
      </div>
      <div className="overview-grid" aria-hidden="true">
        <div className="chart-skeleton chart-skeleton--tall" />
        <div className="chart-skeleton chart-skeleton--tall" />
      </div>
    </div>
  );
}

interface ScoresProps {
  dataset: Dataset;
  asOf: string;
  settings: RiskSettings;
  search: string;
  hasPortfolio: boolean;
  /** Only these providers (the watchlist filter); null for all. */
  only: ReadonlySet<string> | null;
}

// The engine's steps run in separate components (context, then scores, then the headline and
// the charts), so that React can pause between them while it renders in a transition and no
// single step blocks input for long (ADR 0006).

/** Builds the engine's indexes over the data set. */
function OverviewScores(props: ScoresProps) {
  const ctx = useRiskContext(props.dataset);
  return ctx ? <OverviewRanked {...props} ctx={ctx} /> : <OverviewSkeleton />;
}

/** Scores every provider as of the date, then shows the headline figures and the charts. */
function OverviewRanked({
  dataset,
  asOf,
  settings,
  search,
  hasPortfolio,
  only,
  ctx,
}: ScoresProps & { ctx: RiskContext }) {
  // Without explanations (two objects per model family: about 100,000 at scale, most of a
  // redraw's time when the date changes): the page reads them for one provider only, the
  // headline's mover, and counts the families' levels for the openness mix on their own.
  const scores = useMemo(() => {
    const all = scoreProviders(ctx, asOf, settings, { explain: false });
    return only === null ? all : all.filter((s) => only.has(s.providerId));
  }, [ctx, asOf, settings, only]);
  const ranking = useMemo(() => toRiskRanking(scores, dataset.providers), [scores, dataset]);
  const ranked: RankedViewProps = { ctx, asOf, settings, scores, ranking, search };
  return (
    <>
      <Headline {...ranked} />
      {hasPortfolio && (
        <Suspense fallback={null}>
          <ExposureSummary {...ranked} />
        </Suspense>
      )}
      <Suspense fallback={<ChartsSkeleton />}>
        <OverviewCharts {...ranked} />
      </Suspense>
    </>
  );
}

/** The headline row, with the scores of 90 days before the date for the biggest mover. */
function Headline({ ctx, asOf, settings, ranking, search }: RankedViewProps) {
  const headline = useMemo(() => {
    const since = addDays(asOf, -HEADLINE_WINDOW_DAYS);
    const earlier = scoreProviders(ctx, since, settings, { explain: false });
    const { providers, models, events } = ctx.dataset;
    return toHeadline({
      ranking,
      explain: (id) => scoreProviders(ctx, asOf, settings, { providerIds: [id] })[0],
      earlier,
      providers,
      models,
      events,
      // Only the mover's move is split: one small context of its facts known at `since`.
      split: (id) => splitMove(ctx.dataset, id, since, asOf, settings, ctx),
      asOf,
    });
  }, [ctx, asOf, settings, ranking]);
  return <HeadlineRow headline={headline} search={search} />;
}

/**
 * The landing page: every provider ranked by platform risk as of a chosen date, why, and how it
 * moved. Once the portfolio holds dependencies, the enterprise's exposure sits beside the risk.
 */
export function OverviewView() {
  const { asOf, today, setAsOf } = useAsOf();
  const { settings } = useRiskSettings();
  const loaded = useDataset();
  // The scores and charts render in a transition when the data arrives: React slices the work,
  // so the page stays responsive (the skeleton shows meanwhile).
  const deferredData = useDeferredValue(loaded.data);
  const dataset = { ...loaded, data: deferredData };
  const location = useLocation();
  const search = carriedSearch(location.search);
  const hasPortfolio = usePortfolioStore((s) => s.dependencies.length > 0);
  const [params, setParams] = useSearchParams();
  const watchOnly = params.get('watch') === '1';
  const watched = useWatchlistStore((s) => s.providerIds);
  const watchedModels = useWatchlistStore((s) => s.modelIds);
  const only = useMemo(() => {
    if (!watchOnly || !loaded.data) return null;
    const ids = new Set(watched);
    for (const m of loaded.data.models) if (watchedModels.includes(m.id)) ids.add(m.providerId);
    // An empty watchlist filters nothing (the note below says why).
    return ids.size === 0 ? null : ids;
  }, [watchOnly, watched, watchedModels, loaded.data]);

  let body: ReactNode;
  if (dataset.error && !dataset.data) {
    body = (
      <ErrorPanel
        title="The risk overview could not be loaded"
        error={dataset.error}
        onRetry={dataset.retry}
        stillWorks="The navigation, Settings and Methodology still work; the overview shows once the data loads."
      />
    );
  } else if (!dataset.data) {
    body = <OverviewSkeleton />;
  } else if (dataset.data.providers.length === 0) {
    body = (
      <EmptyState title="No providers in the data set">
        <p>
          The data service answered with no providers, so there is nothing to rank. Providers come
          from the curated data set (see “Adding or correcting a fact” in the README); reload once
          it holds records.
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <OverviewScores
        dataset={dataset.data}
        asOf={asOf}
        settings={settings}
        search={search}
        hasPortfolio={hasPortfolio}
        only={only}
      />
    );
  }

  const stale = dataset.data ? isStale(asOf, dataset.data.compiledOn) : false;
  return (
    <>
      <header className="page-header overview-header">
        <div>
          <h1>Provider risk overview</h1>
          <p className="lead">
            Every AI provider ranked by platform risk (0 to 100, higher is riskier) as of{' '}
            {formatDay(asOf)}, with the factors and events behind each score.
          </p>
        </div>
        <AsOfControl asOf={asOf} today={today} onChange={setAsOf} />
      </header>
      <p className="watch-filter">
        <label>
          <input
            type="checkbox"
            checked={watchOnly}
            onChange={(e) =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (e.target.checked) next.set('watch', '1');
                  else next.delete('watch');
                  return next;
                },
                { replace: true },
              )
            }
          />{' '}
          Watchlist only
        </label>
        {watchOnly && loaded.data && only === null && (
          <span className="muted">
            {' '}
            The watchlist is empty: star providers and models on their pages.
          </span>
        )}
      </p>
      {hasPortfolio && (
        <Suspense fallback={null}>
          <NearestRetirements asOf={today} />
        </Suspense>
      )}
      {stale && dataset.data && (
        // Two short blocks rather than one paragraph: the notice is not the page's largest
        // text, which the scores it qualifies should be (ADR 0013).
        <div className="panel panel--notice stale-notice" role="note">
          <p className="stale-notice__title">
            <strong>Scores after {formatDay(dataset.data.compiledOn)} are projections.</strong>
          </p>
          <p className="small">
            The data set was compiled on {formatDay(dataset.data.compiledOn)}: no facts after that
            date are known, so later scores only decay with time.
          </p>
        </div>
      )}
      {body}
    </>
  );
}

export default function OverviewPage() {
  return <OverviewView />;
}
