import { useQueries } from '@tanstack/react-query';
import { collectionMismatch, type Collection } from './collection-check';
import { eventQueries } from './event-queries';
import { metaQueries } from './meta-queries';
import { modelQueries } from './model-queries';
import { providerQueries } from './provider-queries';

const LIST_QUERIES = {
  providers: providerQueries.list,
  models: modelQueries.list,
  events: eventQueries.list,
} as const;

type ListData<K extends Collection> = Awaited<
  ReturnType<NonNullable<ReturnType<(typeof LIST_QUERIES)[K]>['queryFn']>>
>['data'];

export interface CollectionState<T> {
  data: T | undefined;
  isPending: boolean;
  error: Error | null;
  retry: () => void;
}

/**
 * One whole collection, checked against the data set's counts once `/meta` has answered: an
 * answer that contradicts them is an error, not data. If `/meta` fails, the list is shown as it
 * came (the top bar says that the data set's details are missing).
 */
export function useCollection<K extends Collection>(kind: K): CollectionState<ListData<K>> {
  const [meta, list] = useQueries({
    queries: [metaQueries.detail(), LIST_QUERIES[kind]()],
  });
  const mismatch =
    list.data && meta.data ? collectionMismatch(kind, list.data.data.length, meta.data) : null;
  const error = list.error ?? mismatch;
  return {
    data: error ? undefined : (list.data?.data as ListData<K> | undefined),
    isPending: list.isPending && !error,
    error,
    retry: () => {
      void list.refetch();
      if (mismatch || meta.error) void meta.refetch();
    },
  };
}
