import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseCatalogSearch,
  writeCatalogSearch,
  type CatalogViewState,
  type UrlIssue,
} from '@/domain/catalog/catalog-url';

export interface SetViewOptions {
  /**
   * A field the user edits in several steps (the search box, a score bound, a date): the steps of
   * one edit make one history entry. The first step pushes; the next steps of the same field
   * replace it, until another change (or a navigation) comes in between.
   */
  burst?: string;
  /** History state stored with the entry the write makes (read back as `location.state`). */
  state?: unknown;
}

/**
 * The catalog's view (filters, sort, compare) read from the URL, and a setter that writes it
 * back. Every change is one history entry (pushed), so Back undoes one step; a change that leaves
 * the URL as it is adds none.
 */
export function useCatalogView(): {
  view: CatalogViewState;
  issues: UrlIssue[];
  setView: (next: CatalogViewState, options?: SetViewOptions) => void;
} {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { state, issues } = useMemo(() => parseCatalogSearch(search), [search]);
  // The query as rendered, and the last write: which field it came from and the query it wrote
  // (both read in event handlers only).
  const current = useRef(params);
  useEffect(() => {
    current.current = params;
  });
  const last = useRef<{ burst: string | undefined; search: string } | null>(null);
  const setView = useCallback(
    (next: CatalogViewState, options: SetViewOptions = {}) => {
      const prev = current.current;
      const written = writeCatalogSearch(prev, next);
      const before = prev.toString();
      const after = written.toString();
      if (after === before) return;
      const sameEdit =
        options.burst !== undefined &&
        last.current?.burst === options.burst &&
        last.current.search === before;
      last.current = { burst: options.burst, search: after };
      // Until the router re-renders, the next write starts from this one.
      current.current = written;
      setParams(written, { replace: sameEdit, state: options.state });
    },
    [setParams],
  );
  return { view: state, issues, setView };
}
