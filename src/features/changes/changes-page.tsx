import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useDataset } from '@/api/use-dataset';
import { formatDay } from '@/components/format';
import { ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { latestReview, reviewLabel, type Review } from '@/domain/review/review';
import {
  DEFAULT_HORIZON_DAYS,
  filterSinceReview,
  NO_REVIEW_LOOKBACK_DAYS,
  reviewPointOr,
  sinceReview,
  withThenAsKnown,
} from '@/domain/review/since-review';
import { changedSince, datasetKnownAt } from '@/domain/review/known-at';
import { createRiskContext } from '@/domain/risk/risk-context';
import { changeQueries } from '@/api/change-queries';
import { useQuery } from '@tanstack/react-query';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { METHODOLOGY_ID } from '@/domain/risk/settings';
import { settingsLine } from '@/domain/risk/settings-line';
import { carriedSearch } from '@/domain/url/view-params';
import { useRiskContext } from '@/lib/use-risk-context';
import { useAsOf, useRiskSettings, useSetSearchParam } from '@/lib/use-view-params';
import { useReviewStore } from '@/stores/review-store';
import { WatchFilter } from '@/components/watch-filter';
import { useWatchFilter } from '@/lib/use-watch-filter';
import { DigestPanel } from './digest-panel';
import { InboxSection } from './inbox-section';
import { RulesSection } from './rules-section';
import { SinceReviewView } from './since-review-view';
import './changes.css';

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `review-${Date.now().toString(36)}`;
}

/** "Mark as reviewed": records the as-of day with an optional name. */
function MarkReviewed({ asOf, onMarked }: { asOf: string; onMarked: (r: Review) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const review: Review = {
      id: newId(),
      date: asOf,
      name: name.trim() || null,
      recordedAt: new Date().toISOString(),
    };
    useReviewStore.getState().reviewMarked(review);
    setName('');
    onMarked(review);
  };
  return (
    <form className="mark-reviewed no-print" onSubmit={submit}>
      <label htmlFor={`${id}-name`}>Review name (optional)</label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={120}
        placeholder="Q4 board"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" className="button button--primary">
        Mark as reviewed ({formatDay(asOf)})
      </button>
    </form>
  );
}

/**
 * What changed since a review: the inbox of notifications, then per provider the score then and
 * now, new events by two clocks, openness moves, lifecycle steps and deadlines, each line with
 * its evidence; the alert rules; digests to export.
 */
export default function ChangesPage() {
  const { asOf, today } = useAsOf();
  const { settings } = useRiskSettings();
  const loaded = useDataset();
  const ctx = useRiskContext(loaded.data);
  const location = useLocation();
  const search = carriedSearch(location.search);
  const [params] = useSearchParams();
  const reviews = useReviewStore((s) => s.reviews);
  const watch = useWatchFilter();
  const [marked, setMarked] = useState<string | null>(null);

  const chosenId = params.get('review');
  const chosen = reviews.find((r) => r.id === chosenId) ?? latestReview(reviews);
  const horizonRaw = Number(params.get('horizon') ?? DEFAULT_HORIZON_DAYS);
  const horizon =
    Number.isInteger(horizonRaw) && horizonRaw >= 1 && horizonRaw <= 3650
      ? horizonRaw
      : DEFAULT_HORIZON_DAYS;
  // As on the other pages, an empty watchlist filters nothing (the filter says why).
  const watchOnly = watch.on && !watch.empty;
  const setParam = useSetSearchParam();

  const point = reviewPointOr(
    chosen === null ? null : { date: chosen.date, recordedAt: chosen.recordedAt },
    asOf,
  );
  const report = useMemo(
    () =>
      ctx === undefined
        ? null
        : sinceReview(ctx, settings, { review: point, asOf, horizonDays: horizon }),
    // point is rebuilt each render; its two fields are the dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ctx, settings, point.date, point.recordedAt, asOf, horizon],
  );
  // "Then" on the data as known at the review: the changes recorded after it are undone (the
  // change log, GET /changes) and the review's day scored on what is left.
  const log = useQuery(changeQueries.log());
  const knownAt = point.recordedAt;
  const thenReport = useMemo(() => {
    const entries = log.data?.data;
    if (report === null || !loaded.data || entries === undefined || knownAt === null) return report;
    if (!changedSince(entries, knownAt)) return report;
    const then = createRiskContext(datasetKnownAt(loaded.data, entries, knownAt));
    return withThenAsKnown(report, then, settings, knownAt);
  }, [report, loaded.data, log.data, knownAt, settings]);
  const shown = useMemo(
    () =>
      thenReport === null || !watchOnly ? thenReport : filterSinceReview(thenReport, watch.scope),
    [thenReport, watchOnly, watch.scope],
  );
  // The explanation of each new event's effect: ΔR on its own date for every provider it binds.
  const impacts = useMemo(() => {
    const out = new Map<string, { providerId: string; delta: number | 'n/a' }[]>();
    if (ctx === undefined || shown === null || shown.events.length === 0) return out;
    for (const i of eventImpacts(ctx, settings, { eventIds: shown.events.map((e) => e.eventId) })) {
      const list = out.get(i.eventId) ?? [];
      list.push({ providerId: i.providerId, delta: i.delta });
      out.set(i.eventId, list);
    }
    return out;
  }, [ctx, settings, shown]);
  const names = useMemo(() => {
    const p = new Map(loaded.data?.providers.map((x) => [x.id, x.shortName]));
    const m = new Map(loaded.data?.models.map((x) => [x.id, x.name]));
    const e = new Map(loaded.data?.events.map((x) => [x.id, x.title]));
    return {
      provider: (id: string | null) => (id === null ? 'Industry-wide' : (p.get(id) ?? id)),
      model: (id: string) => m.get(id) ?? id,
      event: (id: string) => e.get(id) ?? id,
    };
  }, [loaded.data]);

  const meta = loaded.data?.meta;
  const stamp = useMemo(
    () =>
      meta === undefined
        ? null
        : {
            reviewName: chosen?.name ?? null,
            datasetVersion: meta.datasetVersion,
            datasetRevision: meta.revision ?? 0,
            compiledOn: meta.compiledOn,
            factsCurrentTo: meta.factsCurrentTo?.date ?? null,
            methodology: METHODOLOGY_ID,
            settings: settingsLine(settings),
            watchlistOnly: watchOnly,
          },
    [meta, chosen?.name, settings, watchOnly],
  );

  const sorted = [...reviews].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.recordedAt < b.recordedAt ? 1 : -1,
  );

  return (
    <>
      <header className="page-header changes-header">
        <div>
          <h1>What changed</h1>
          <p className="lead">
            {chosen
              ? `Since your review ${reviewLabel(chosen)}, as of ${formatDay(asOf)}.`
              : `No review yet: the ${NO_REVIEW_LOOKBACK_DAYS} days to ${formatDay(asOf)}. Mark this view as reviewed to compare with it next time.`}
          </p>
        </div>
        <MarkReviewed
          asOf={asOf}
          onMarked={(r) => {
            setMarked(`Recorded the review ${reviewLabel(r)}.`);
            setParam('review', null);
          }}
        />
      </header>
      <p role="status" className="muted">
        {marked}
      </p>
      <div className="changes-controls no-print">
        <label>
          Compare with{' '}
          <select
            value={chosen?.id ?? ''}
            onChange={(e) => setParam('review', e.target.value || null)}
            disabled={reviews.length === 0}
          >
            {reviews.length === 0 && (
              <option value="">the last {NO_REVIEW_LOOKBACK_DAYS} days (no review yet)</option>
            )}
            {sorted.map((r) => (
              <option key={r.id} value={r.id}>
                {reviewLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Deadlines within{' '}
          <input
            type="number"
            min={1}
            max={3650}
            value={horizon}
            onChange={(e) =>
              setParam(
                'horizon',
                e.target.value === String(DEFAULT_HORIZON_DAYS) ? null : e.target.value,
              )
            }
            className="horizon-input"
          />{' '}
          days
        </label>
        <WatchFilter on={watch.on} empty={watch.empty} onChange={watch.setOn} />
      </div>
      {loaded.error && !loaded.data ? (
        <ErrorPanel
          title="The changes could not be computed"
          error={loaded.error}
          onRetry={loaded.retry}
          stillWorks="The inbox, the alert rules and marking a review still work."
        />
      ) : shown === null ? (
        <TableSkeleton label="Computing what changed" />
      ) : (
        <>
          <SinceReviewView
            report={shown}
            names={names}
            search={search}
            impacts={impacts}
            sameDataReason={
              knownAt === null
                ? 'there is no review to go back to'
                : log.error
                  ? 'the change log could not be read, so changes recorded after your review may count on both days'
                  : log.data === undefined
                    ? 'reading the change log'
                    : 'no change was recorded after your review'
            }
          />
          {stamp && <DigestPanel report={shown} stamp={stamp} />}
        </>
      )}
      <InboxSection today={today} search={search} names={names} />
      <RulesSection />
    </>
  );
}
