import { queryOptions } from '@tanstack/react-query';
import { modelDetailSchema, modelListSchema } from '@/domain/schema/api';
import { getJson } from './http-client';

export const modelQueries = {
  all: () => ['models'] as const,
  list: () =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getJson('/models', modelListSchema, { signal }),
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
