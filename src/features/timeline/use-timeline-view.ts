import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseTimelineSearch,
  writeTimelineSearch,
  type TimelineViewState,
} from '@/domain/timeline/timeline-url';

/** The timeline's shared view (filters, range, view, selected event) kept in the URL. */
export function useTimelineView() {
  const [params, setParams] = useSearchParams();
  const { state, issues } = useMemo(() => parseTimelineSearch(params), [params]);
  const update = useCallback(
    (patch: Partial<TimelineViewState>, options: { replace?: boolean } = {}) =>
      setParams(
        (prev) => writeTimelineSearch(prev, { ...parseTimelineSearch(prev).state, ...patch }),
        {
          replace: options.replace ?? false,
          preventScrollReset: true,
        },
      ),
    [setParams],
  );
  return { state, issues, update };
}
