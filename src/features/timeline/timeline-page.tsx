import { WatchFilter } from '@/components/watch-filter';
import { eventInScope } from '@/domain/review/scope-filter';
import { useWatchFilter } from '@/lib/use-watch-filter';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { useLocation } from 'react-router';
import { metaQueries } from '@/api/meta-queries';
import { useCollection } from '@/api/use-collection';
import { useDataset } from '@/api/use-dataset';
import { formatDay, formatInteger } from '@/components/format';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { dayNumber, preciseDayNumber } from '@/domain/dates';
import { isStale } from '@/domain/risk/is-stale';
import { applyScenario } from '@/domain/scenario/apply-scenario';
import type { RiskEvent } from '@/domain/schema/event';
import {
  EMPTY_TIMELINE_FILTERS,
  filterTimelineEvents,
  INDUSTRY_LANE_ID,
  isUnfiltered,
} from '@/domain/timeline/timeline-filters';
import type { EventCluster } from '@/domain/timeline/timeline-layout';
import {
  dataSpan,
  rangeDays,
  rangeOfDays,
  type TimelineRange,
} from '@/domain/timeline/timeline-range';
import type { TimelineView } from '@/domain/timeline/timeline-url';
import type { UrlIssue } from '@/domain/url/query-params';
import { carriedSearch } from '@/domain/url/view-params';
import { UrlIssuesNotice } from '@/components/url-issues-notice';
import { useAsOf, useRiskSettings } from '@/lib/use-view-params';
import { useActiveScenario } from '@/stores/scenario-store';
import { EventDetailPanel } from './event-detail-panel';
import { OpennessMovesSection } from './openness-moves-section';
import { TimelineChart } from './timeline-chart';
import { TimelineEventList } from './timeline-event-list';
import { TimelineFiltersPanel } from './timeline-filters-panel';
import { TimelineLegend } from './timeline-legend';
import { TimelineRangeControls } from './timeline-range-controls';
import { useIsNarrow } from './use-is-narrow';
import { useTimelineView } from './use-timeline-view';
import './timeline.css';

/** The view switch: the chart or the list of the same events. */
const VIEWS: ReadonlyArray<[TimelineView, string]> = [
  ['chart', 'Chart'],
  ['list', 'List'],
];

function endOfEvent(e: RiskEvent): number {
  if (e.date.precision === 'day') return preciseDayNumber(e.date);
  const y = Number(e.date.date.slice(0, 4));
  const m = Number(e.date.date.slice(5, 7));
  return Math.round(Date.UTC(y, m, 1) / 86_400_000) - 1;
}

/**
 * The detail panel with the whole data set: models are fetched only once an event is opened, so the
 * chart never waits for (or competes with parsing) the model list, which is large at scale.
 */
function EventDetail(
  props: Omit<ComponentProps<typeof EventDetailPanel>, 'dataset' | 'datasetError' | 'onRetry'>,
) {
  const full = useDataset();
  const scenario = useActiveScenario();
  const dataset = useMemo(
    () => (full.data && scenario ? applyScenario(full.data, scenario) : full.data),
    [full.data, scenario],
  );
  return (
    <EventDetailPanel {...props} dataset={dataset} datasetError={full.error} onRetry={full.retry} />
  );
}

export default function TimelinePage() {
  const location = useLocation();
  const search = carriedSearch(location.search);
  const { asOf, today } = useAsOf();
  const { settings } = useRiskSettings();
  const scenario = useActiveScenario();
  const { state, issues, update } = useTimelineView();
  const narrow = useIsNarrow();
  const providers = useCollection('providers');
  const events = useCollection('events');
  const meta = useQuery(metaQueries.detail());
  const [clusterPick, setClusterPick] = useState<RiskEvent[] | null>(null);
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  const returnFocus = useRef(false);

  // The chart needs only providers and events, so it draws before the (large) model list arrives.
  const allEvents = useMemo(() => {
    if (!events.data || !providers.data) return null;
    const base = events.data;
    if (!scenario) return base;
    return applyScenario(
      {
        version: 'timeline',
        compiledOn: '1970-01-01',
        providers: providers.data,
        models: [],
        events: base,
      },
      scenario,
    ).events;
  }, [events.data, providers.data, scenario]);

  const providerNames = useMemo(
    () => new Map((providers.data ?? []).map((p) => [p.id, p.shortName])),
    [providers.data],
  );
  const providerName = (id: string | null) =>
    id === null ? 'Industry-wide' : (providerNames.get(id) ?? id);

  const span = useMemo(() => (allEvents ? dataSpan(allEvents) : null), [allEvents]);
  const range = useMemo<TimelineRange | null>(() => {
    if (!span) return null;
    return { from: state.from ?? span.from, to: state.to ?? span.to };
  }, [span, state.from, state.to]);
  // A provider id the data set does not know is dropped (and reported below), like any bad value.
  const filters = useMemo(() => {
    if (!providers.data) return state.filters;
    const known = state.filters.provider.filter(
      (id) => id === INDUSTRY_LANE_ID || providerNames.has(id),
    );
    return known.length === state.filters.provider.length
      ? state.filters
      : { ...state.filters, provider: known };
  }, [state.filters, providers.data, providerNames]);
  const watch = useWatchFilter();
  // "Watchlist only": the events that apply to a starred provider or name a starred model (as
  // on the Changes page); an empty watchlist filters nothing.
  const watchOn = watch.on && !watch.empty;
  const filtered = useMemo(() => {
    const kept = allEvents ? filterTimelineEvents(allEvents, filters) : [];
    return watchOn ? kept.filter((e) => eventInScope(watch.scope, e)) : kept;
  }, [allEvents, filters, watchOn, watch.scope]);
  const inRange = useMemo(() => {
    if (!range) return [];
    const from = dayNumber(range.from);
    const to = dayNumber(range.to);
    return filtered.filter((e) => endOfEvent(e) >= from && preciseDayNumber(e.date) <= to);
  }, [filtered, range]);
  const selected =
    state.event === null ? null : (allEvents?.find((e) => e.id === state.event) ?? null);

  const allIssues: UrlIssue[] = [...issues];
  if (providers.data) {
    const unknown = state.filters.provider.filter(
      (id) => id !== INDUSTRY_LANE_ID && !providerNames.has(id),
    );
    if (unknown.length > 0)
      allIssues.push({
        param: 'provider',
        value: unknown.join(','),
        message: 'no such provider in the data set',
      });
  }
  if (allEvents && state.event !== null && selected === null) {
    allIssues.push({
      param: 'event',
      value: state.event,
      message: 'no such event in the data set',
    });
  }

  const view = state.view ?? (narrow ? 'list' : 'chart');
  const error = providers.error ?? events.error;
  const retry = () => {
    if (providers.error) providers.retry();
    if (events.error) events.retry();
  };
  const onCluster = (cluster: EventCluster) => {
    if (!range) return;
    const end = Math.max(...cluster.events.map(endOfEvent));
    const pad = Math.max(3, Math.round((end - cluster.fromDay) * 0.15));
    if (rangeDays(range) <= 31) {
      setClusterPick(cluster.events);
      return;
    }
    setClusterPick(null);
    update(rangeOfDays(cluster.fromDay - pad, end + pad));
  };
  const select = (id: string) => {
    // Remember where the reader opened the event from (a mark or a list entry; a cluster's mark
    // when picked from its list), to go back there when the panel closes.
    const active = document.activeElement;
    const inPick = active instanceof Element && active.closest('.tl-pick') !== null;
    if (!inPick && (active instanceof HTMLElement || active instanceof SVGElement))
      opener.current = active;
    setClusterPick(null);
    update({ event: id });
  };
  const close = () => {
    returnFocus.current = true;
    update({ event: null });
  };
  // Escape closes the panel, wherever the focus is on the page.
  const open = selected !== null;
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  // Once closed, the focus goes back to the event it was opened from (or, if that mark is gone,
  // to the chart's or list's own entry point), never to the top of the page.
  useEffect(() => {
    if (!returnFocus.current || open) return;
    returnFocus.current = false;
    const target =
      opener.current?.isConnected === true
        ? opener.current
        : document.querySelector<HTMLElement | SVGElement>(
            '.tl-main [tabindex="0"], .tl-main .tl-list__button',
          );
    target?.focus();
  });

  return (
    <>
      <header className="page-header">
        <h1>Timeline</h1>
        <p className="lead">
          Every provider event from 2023 to the scheduled deadlines: what happened, the evidence,
          and what it did to each provider’s platform risk.
        </p>
      </header>
      <UrlIssuesNotice issues={allIssues} />
      {scenario && (
        <p className="panel panel--notice" role="note">
          Scenario <strong>{scenario.name}</strong> is active: its hypothetical events are drawn
          with a dashed outline and labelled “hypothetical”, and changes in risk are computed on the
          scenario’s data.
        </p>
      )}
      {meta.data && isStale(asOf, meta.data.compiledOn) && (
        <p className="muted small">
          The data set was compiled on {formatDay(meta.data.compiledOn)}: no facts after that date
          are known, and later scores only decay.
        </p>
      )}
      {error ? (
        <ErrorPanel title="The timeline could not be loaded" error={error} onRetry={retry} />
      ) : allEvents?.length === 0 ? (
        <EmptyState title="No events in the data set">
          <p>
            The data service answered with no events. Events come from the curated data set; reload
            once it holds records.
          </p>
        </EmptyState>
      ) : !allEvents || !range || !providers.data ? (
        <div className="tl-skeleton">
          <TableSkeleton rows={10} label="Loading the timeline" />
        </div>
      ) : (
        <>
          <TimelineFiltersPanel
            filters={filters}
            providers={providers.data}
            onChange={(filters) => update({ filters })}
          />
          <p className="tl-watch">
            <WatchFilter on={watch.on} empty={watch.empty} onChange={watch.setOn} />
          </p>
          <TimelineRangeControls
            range={range}
            span={span ?? range}
            asOf={asOf}
            events={filtered}
            onChange={(r) => update({ from: r.from, to: r.to })}
          />
          <div className="tl-toolbar">
            <div className="tl-segmented" role="group" aria-label="View">
              {VIEWS.map(([v, name]) => (
                <button
                  key={v}
                  type="button"
                  className="button"
                  aria-pressed={view === v}
                  onClick={() => update({ view: v })}
                >
                  {name}
                </button>
              ))}
            </div>
            <p className="muted small">
              {formatInteger(inRange.length)} of {formatInteger(allEvents.length)} events shown
            </p>
          </div>
          <div
            className={selected || clusterPick ? 'tl-layout tl-layout--with-detail' : 'tl-layout'}
          >
            <div className="tl-main">
              {inRange.length === 0 ? (
                <EmptyState
                  title="No events match"
                  action={
                    watchOn ? (
                      <button type="button" className="button" onClick={() => watch.setOn(false)}>
                        Show events off the watchlist too
                      </button>
                    ) : !isUnfiltered(filters) ? (
                      <button
                        type="button"
                        className="button"
                        onClick={() => update({ filters: EMPTY_TIMELINE_FILTERS })}
                      >
                        Clear filters
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button"
                        onClick={() => update({ from: null, to: null })}
                      >
                        Show all dates
                      </button>
                    )
                  }
                >
                  <p>
                    No event in this date range passes the filters. Widen the range or clear the
                    filters.
                  </p>
                </EmptyState>
              ) : view === 'chart' ? (
                <>
                  <TimelineLegend initiallyOpen={!narrow} />
                  <TimelineChart
                    events={inRange}
                    providers={providers.data}
                    range={range}
                    asOf={asOf}
                    today={today}
                    selectedId={state.event}
                    onSelect={select}
                    onCluster={onCluster}
                  />
                </>
              ) : (
                <TimelineEventList
                  events={inRange}
                  providerName={providerName}
                  asOf={asOf}
                  today={today}
                  selectedId={state.event}
                  onSelect={select}
                />
              )}
            </div>
            {clusterPick && !selected && (
              <section className="panel tl-detail tl-pick" aria-labelledby="tl-pick-title">
                <h2 id="tl-pick-title" className="panel__title">
                  {formatInteger(clusterPick.length)} events close together
                </h2>
                <ul className="tl-models">
                  {clusterPick.map((e) => (
                    <li key={e.id}>
                      <button
                        type="button"
                        className="tl-list__button"
                        onClick={() => select(e.id)}
                      >
                        {e.title}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {selected && (
              <EventDetail
                event={selected}
                providerName={providerName}
                settings={settings}
                asOf={asOf}
                today={today}
                search={search}
                onClose={close}
              />
            )}
          </div>
          <OpennessMovesSection
            providers={filters.provider}
            directions={filters.direction}
            range={range}
            providerName={providerName}
            search={search}
            modelCount={meta.data?.counts.models}
            scope={watchOn ? watch.scope : null}
          />
        </>
      )}
    </>
  );
}
