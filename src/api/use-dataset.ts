import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
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
  const data = useMemo(() => {
    if (!meta.data || !providers.data || !models.data || !events.data) return undefined;
    return {
      version: meta.data.datasetVersion,
      compiledOn: meta.data.compiledOn,
      providers: providers.data.data,
      models: models.data.data,
      events: events.data.data,
      meta: meta.data,
    };
  }, [meta.data, providers.data, models.data, events.data]);
  const all = [meta, providers, models, events];
  const error = all.find((q) => q.error)?.error ?? null;
  return {
    data,
    isPending: !data && !error,
    error,
    retry: () => {
      for (const q of all) if (q.error) void q.refetch();
    },
  };
}
