import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isIsoDay } from '@/domain/schema/precise-date';
import { today } from './clock';

/** The as-of date of the view (`?asOf=`, default today) and a setter that keeps it in the URL. */
export function useAsOf(): { asOf: string; today: string; setAsOf: (iso: string) => void } {
  const [params, setParams] = useSearchParams();
  const now = today(`?${params.toString()}`);
  const raw = params.get('asOf');
  const asOf = raw !== null && isIsoDay(raw) ? raw : now;
  const setAsOf = useCallback(
    (iso: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (iso === now) next.delete('asOf');
          else next.set('asOf', iso);
          return next;
        },
        { replace: false },
      ),
    [setParams, now],
  );
  return { asOf, today: now, setAsOf };
}
