import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { RiskSettings } from '@/domain/risk/settings';
import { parseViewParams, type ViewParams } from '@/domain/url/view-params';
import { useSettingsStore } from '@/stores/settings-store';
import { today as clockToday } from './clock';

/**
 * The shared view of the current link, read in one place: today (`?today=` or the clock), the
 * as-of date (`?asOf=` or today), the risk settings in force (the link's on top of the stored
 * ones) and every parameter that could not be used.
 */
export function useViewParams(): ViewParams & { today: string; asOfDay: string } {
  const { search } = useLocation();
  const stored = useSettingsStore((s) => s.risk);
  return useMemo(() => {
    const parsed = parseViewParams(search, stored);
    const today = parsed.todayOverride ?? clockToday('');
    return { ...parsed, today, asOfDay: parsed.asOf ?? today };
  }, [search, stored]);
}

/** The as-of date of the view (`?asOf=`, default today) and a setter that keeps it in the URL. */
export function useAsOf(): { asOf: string; today: string; setAsOf: (iso: string) => void } {
  const { asOfDay, today } = useViewParams();
  const [, setParams] = useSearchParams();
  const setAsOf = useCallback(
    (iso: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (iso === today) next.delete('asOf');
          else next.set('asOf', iso);
          return next;
        },
        { replace: false },
      ),
    [setParams, today],
  );
  return { asOf: asOfDay, today, setAsOf };
}

/**
 * The risk settings in force for this view: the stored ones, with those a shared link sets on
 * top. A link's setting that cannot be used is reported by `useViewParams().issues`.
 */
export function useRiskSettings(): { settings: RiskSettings; fromUrl: boolean } {
  const { settings, settingsFromUrl } = useViewParams();
  return { settings, fromUrl: settingsFromUrl };
}

/**
 * Set or remove one parameter of the page's URL, keeping the others; the history entry is
 * replaced, not added (a view setting, not a new page).
 */
export function useSetSearchParam(): (key: string, value: string | null) => void {
  const [, setParams] = useSearchParams();
  return (key, value) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
}
