import { queryOptions } from '@tanstack/react-query';
import { modelDetailSchema } from '@/domain/schema/api';
import { modelSchema } from '@/domain/schema/model';
import { getJson, getList } from './http-client';

export const modelQueries = {
  all: () => ['models'] as const,
  list: () =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getList('/models', modelSchema, { signal }),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'detail', id] as const,
      queryFn: async ({ signal }) =>
        (await getJson(`/models/${encodeURIComponent(id)}`, modelDetailSchema, { signal })).data,
      staleTime: Infinity,
    }),
};
