import { queryOptions } from '@tanstack/react-query';
import { changeLogAnswerSchema, changeSetRecordsAnswerSchema } from '@/domain/schema/change-api';
import { getJson } from './http-client';

/** The change log and the accepted change sets (docs/api.md, "Changes"). */
export const changeQueries = {
  all: () => ['changes'] as const,
  /** `GET /changes`: one entry per change, newest first, with the revision and skipped sets. */
  log: () =>
    queryOptions({
      queryKey: [...changeQueries.all(), 'log'] as const,
      queryFn: ({ signal }) => getJson('/changes', changeLogAnswerSchema, { signal }),
      staleTime: Infinity,
    }),
  /** `GET /change-sets`: the accepted sets, oldest first, as an export holds them. */
  records: () =>
    queryOptions({
      queryKey: [...changeQueries.all(), 'records'] as const,
      queryFn: ({ signal }) => getJson('/change-sets', changeSetRecordsAnswerSchema, { signal }),
      staleTime: Infinity,
    }),
};
