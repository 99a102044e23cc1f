import { queryOptions } from '@tanstack/react-query';
import { eventSchema } from '@/domain/schema/event';
import { getList } from './http-client';

export const eventQueries = {
  all: () => ['events'] as const,
  list: () =>
    queryOptions({
      queryKey: [...eventQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => getList('/events', eventSchema, { signal }),
      staleTime: Infinity,
    }),
};
