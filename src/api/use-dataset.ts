import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
import { collectionMismatch } from './collection-check';
import { eventQueries } from './event-queries';
import { metaQueries } from './meta-queries';
import { modelQueries } from './model-queries';
import { providerQueries } from './provider-queries';

export interface DatasetState {
  data: (Dataset & { meta: DatasetMeta }) | undefined;
  isPending: boolean;
  error: Error | null;
  /** Refetch only what failed; what already loaded stays. */
  retry: () => void;
}

/** The whole fact base (meta, providers, models, events) for pages that compute risk on it. */
export function useDataset(): DatasetState {
  const [meta, providers, models, events] = useQueries({
    queries: [
      metaQueries.detail(),
      providerQueries.list(),
      modelQueries.list(),
      eventQueries.list(),
    ],
  });
  // An answer that contradicts the data set's own counts (an empty or cut list) is an error:
  // scores computed on it would be wrong without a word.
  const mismatch = useMemo(() => {
    if (!meta.data) return null;
    const lists = [
      ['providers', providers.data?.data.length],
      ['models', models.data?.data.length],
      ['events', events.data?.data.length],
    ] as const;
    for (const [kind, length] of lists) {
      if (length === undefined) continue;
      const error = collectionMismatch(kind, length, meta.data);
      if (error) return { kind, error };
    }
    return null;
  }, [meta.data, providers.data, models.data, events.data]);
  const data = useMemo(() => {
    if (mismatch || !meta.data || !providers.data || !models.data || !events.data) return undefined;
    return {
      version: meta.data.datasetVersion,
      compiledOn: meta.data.compiledOn,
      providers: providers.data.data,
      models: models.data.data,
      events: events.data.data,
      meta: meta.data,
    };
  }, [mismatch, meta.data, providers.data, models.data, events.data]);
  const all = [meta, providers, models, events];
  const error = all.find((q) => q.error)?.error ?? mismatch?.error ?? null;
  return {
    data,
    isPending: !data && !error,
    error,
    retry: () => {
      for (const q of all) if (q.error) void q.refetch();
      if (mismatch) {
        void meta.refetch();
        void { providers, models, events }[mismatch.kind].refetch();
      }
    },
  };
}
