import { queryOptions } from '@tanstack/react-query';
import { providerDetailSchema, providerListSchema } from '@/domain/schema/api';
import { getJson } from './http-client';

export const providerQueries = {
  all: () => ['providers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...providerQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getJson('/providers', providerListSchema, { signal }),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...providerQueries.all(), 'detail', id] as const,
      queryFn: async ({ signal }) =>
        (await getJson(`/providers/${encodeURIComponent(id)}`, providerDetailSchema, { signal })).data,
      staleTime: Infinity,
    }),
};
