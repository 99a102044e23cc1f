import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseCatalogSearch,
  writeCatalogSearch,
  type CatalogViewState,
  type UrlIssue,
} from '@/domain/catalog/catalog-url';

/**
 * The catalog's view (filters, sort, compare) read from the URL, and a setter that writes it
 * back: a new history entry for a choice, a replaced one while the user types.
 */
export function useCatalogView(): {
  view: CatalogViewState;
  issues: UrlIssue[];
  setView: (next: CatalogViewState, options?: { replace?: boolean }) => void;
} {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { state, issues } = useMemo(() => parseCatalogSearch(search), [search]);
  const setView = useCallback(
    (next: CatalogViewState, options: { replace?: boolean } = {}) =>
      setParams((prev) => writeCatalogSearch(prev, next), { replace: options.replace ?? false }),
    [setParams],
  );
  return { view: state, issues, setView };
}
