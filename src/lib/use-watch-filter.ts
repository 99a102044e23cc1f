import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ScopeFilter } from '@/domain/review/scope-filter';
import { useWatchlistStore } from '@/stores/watchlist-store';
import { useSetSearchParam } from './use-view-params';

/** The URL parameter of the "Watchlist only" filter, the same on every page (`watch=1`). */
export const WATCH_PARAM = 'watch';

/**
 * The "Watchlist only" filter of a page: on when the URL says `watch=1`, with the starred
 * providers and models as sets (a filter tests a row with a lookup, not a search of a list).
 * `empty` when nothing is starred: the pages then filter nothing and say why.
 */
export function useWatchFilter(): {
  on: boolean;
  setOn: (on: boolean) => void;
  scope: ScopeFilter;
  empty: boolean;
} {
  const [params] = useSearchParams();
  const setParam = useSetSearchParam();
  const providerIds = useWatchlistStore((s) => s.providerIds);
  const modelIds = useWatchlistStore((s) => s.modelIds);
  const scope = useMemo(
    () => ({ providerIds: new Set(providerIds), modelIds: new Set(modelIds) }),
    [providerIds, modelIds],
  );
  return {
    on: params.get(WATCH_PARAM) === '1',
    setOn: (on) => setParam(WATCH_PARAM, on ? '1' : null),
    scope,
    empty: providerIds.length + modelIds.length === 0,
  };
}
