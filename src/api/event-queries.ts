import { queryOptions } from '@tanstack/react-query';
import { eventListSchema } from '@/domain/schema/api';
import { getJson } from './http-client';

export const eventQueries = {
  all: () => ['events'] as const,
  list: () =>
    queryOptions({
      queryKey: [...eventQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getJson('/events', eventListSchema, { signal }),
      staleTime: Infinity,
    }),
};
