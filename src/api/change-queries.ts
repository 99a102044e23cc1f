import { changeLogAnswerSchema, changeSetRecordsAnswerSchema } from '@/domain/schema/change-api';
import { getJson } from './http-client';
import { serviceQuery } from './query-factory';

/** The change log and the accepted change sets (docs/api.md, "Changes"). */
export const changeQueries = {
  all: () => ['changes'] as const,
  /** `GET /changes`: one entry per change, newest first, with the revision and skipped sets. */
  log: () =>
    serviceQuery([...changeQueries.all(), 'log'] as const, (signal) =>
      getJson('/changes', changeLogAnswerSchema, { signal }),
    ),
  /** `GET /change-sets`: the accepted sets, oldest first, as an export holds them. */
  records: () =>
    serviceQuery([...changeQueries.all(), 'records'] as const, (signal) =>
      getJson('/change-sets', changeSetRecordsAnswerSchema, { signal }),
    ),
};
