import { startTransition, useEffect, useMemo, useState } from 'react';
import { useDataset } from '@/api/use-dataset';
import { evaluateAlerts } from '@/domain/alerts/evaluate-alerts';
import { latestReview } from '@/domain/review/review';
import { reviewPointOr } from '@/domain/review/since-review';
import { useRiskContext } from '@/lib/use-risk-context';
import { useRiskSettings, useViewParams } from '@/lib/use-view-params';
import { useInboxStore } from '@/stores/inbox-store';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useReviewStore } from '@/stores/review-store';
import { useRulesStore } from '@/stores/rules-store';
import { useWatchlistStore } from '@/stores/watchlist-store';

/** An idle period this long (the browser grants 50 ms at most) means no other work is waiting. */
const IDLE_ENOUGH_MS = 40;

/**
 * Evaluates the alert rules when the app loads and whenever the data changes (an accepted import
 * or curation change refetches it), the rules, reviews, watchlist or portfolio change, or the day
 * does: over the window from the latest review (or the last 90 days) to today, on the data as
 * served (never a scenario). New triggers become unread notifications; a trigger seen before
 * makes nothing. Loaded lazily by the frame, so the landing page does not wait for it.
 */
export default function AlertsRunner() {
  // The page the user opened comes first: once the data is in, the runner starts when the
  // browser is next idle (or after at most two seconds), so that its engine sweep is never part
  // of the task that draws the page with the data.
  const loaded = useDataset().data !== undefined;
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!loaded || started) return;
    // A transition: React renders the runner in short slices.
    const start = () => startTransition(() => setStarted(true));
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(start, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(start, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [loaded, started]);
  return started ? <RunAlerts /> : null;
}

function RunAlerts() {
  const { data } = useDataset();
  const { today } = useViewParams();
  const { settings } = useRiskSettings();
  const rules = useRulesStore((s) => s.rules);
  const reviews = useReviewStore((s) => s.reviews);
  const providerIds = useWatchlistStore((s) => s.providerIds);
  const modelIds = useWatchlistStore((s) => s.modelIds);
  const dependencies = usePortfolioStore((s) => s.dependencies);
  const ctx = useRiskContext(data);
  const since = useMemo(() => {
    const latest = latestReview(reviews);
    return reviewPointOr(
      latest === null ? null : { date: latest.date, recordedAt: latest.recordedAt },
      today,
    );
  }, [reviews, today]);

  useEffect(() => {
    if (ctx === undefined) return;
    // After the page has painted, when the browser is idle for a while: the evaluation is one
    // sweep of the engine, but not free (about 200 ms at 100,000 models), and a large page may
    // still be drawing its data in slices, with short idle gaps between them (a catalog at
    // 100,000 models: the evaluation in such a gap delayed its first rows by 200 ms). An idle
    // period of at least IDLE_ENOUGH_MS means nothing else is waiting; after 5 s it runs anyway.
    const run = () => {
      const triggers = evaluateAlerts({
        ctx,
        settings,
        rules,
        since,
        asOf: today,
        watchlist: { providerIds, modelIds },
        dependencies,
      });
      useInboxStore.getState().triggersMerged(triggers, new Date().toISOString());
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(run, 0);
      return () => clearTimeout(timer);
    }
    const started = performance.now();
    let handle = 0;
    const whenIdle = (deadline: IdleDeadline) => {
      const waited = performance.now() - started;
      if (deadline.didTimeout || deadline.timeRemaining() >= IDLE_ENOUGH_MS || waited >= 5000) {
        run();
      } else {
        handle = requestIdleCallback(whenIdle, { timeout: Math.max(1, 5000 - waited) });
      }
    };
    handle = requestIdleCallback(whenIdle, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, [ctx, settings, rules, since, today, providerIds, modelIds, dependencies]);
  return null;
}
