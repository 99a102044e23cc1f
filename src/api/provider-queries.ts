import { queryOptions } from '@tanstack/react-query';
import { providerDetailSchema } from '@/domain/schema/api';
import { providerSchema } from '@/domain/schema/provider';
import { getJson, getList } from './http-client';

export const providerQueries = {
  all: () => ['providers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...providerQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getList('/providers', providerSchema, { signal }),
      staleTime: Infinity,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...providerQueries.all(), 'detail', id] as const,
      queryFn: async ({ signal }) =>
        (await getJson(`/providers/${encodeURIComponent(id)}`, providerDetailSchema, { signal }))
          .data,
      staleTime: Infinity,
    }),
};
