import { queryOptions } from '@tanstack/react-query';
import { metaAnswerSchema } from '@/domain/schema/api';
import { getJson } from './http-client';

export const metaQueries = {
  all: () => ['meta'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...metaQueries.all(), 'detail'] as const,
      queryFn: async ({ signal }) => (await getJson('/meta', metaAnswerSchema, { signal })).data,
      staleTime: Infinity,
    }),
};
