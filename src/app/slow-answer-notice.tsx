import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/** How long an answer may take before the user is told it is slow (the timeout is far later). */
export const SLOW_AFTER_MS = 4000;

let slowAfterMs = SLOW_AFTER_MS;

/** Set how long an answer may take before it is called slow (tests shorten it, as the timeout). */
export function setSlowAnswerAfter(ms: number): void {
  slowAfterMs = ms;
}

/**
 * Tells the user soon when the data service is slow, instead of a skeleton for the whole
 * timeout: they can ask again at once or keep waiting. Shown for any request, on every page.
 */
export function SlowAnswerNotice() {
  const busy = useIsFetching() > 0;
  const queryClient = useQueryClient();
  const [slow, setSlow] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  // The clock starts when the app starts waiting and runs until nothing is in flight: answers
  // that arrive in between do not restart it.
  useEffect(() => {
    if (!busy) {
      setSlow(false);
      setDismissed(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [busy]);

  if (!slow || dismissed || !busy) return null;

  const retryNow = async () => {
    const stuck = queryClient.getQueryCache().findAll({ fetchStatus: 'fetching' });
    setSlow(false);
    await queryClient.cancelQueries({ predicate: (q) => stuck.includes(q) });
    await queryClient.refetchQueries({ predicate: (q) => stuck.includes(q) });
  };

  return (
    <section className="panel panel--notice slow-notice" role="status" aria-label="Slow answer">
      <p>
        The data service is taking longer than usual to answer. You can ask again now, or keep
        waiting: what already loaded stays on screen.
      </p>
      <div className="slow-notice__actions">
        <button type="button" className="button button--primary" onClick={() => void retryNow()}>
          Retry now
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          Keep waiting
        </button>
      </div>
    </section>
  );
}
