import { metaAnswerSchema } from '@/domain/schema/api';
import { getJson } from './http-client';
import { serviceQuery } from './query-factory';

export const metaQueries = {
  all: () => ['meta'] as const,
  detail: () =>
    serviceQuery(
      [...metaQueries.all(), 'detail'] as const,
      async (signal) => (await getJson('/meta', metaAnswerSchema, { signal })).data,
    ),
};
