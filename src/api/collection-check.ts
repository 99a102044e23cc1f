import type { DatasetMeta } from '@/domain/schema/api';
import { ApiError } from './api-error';

export type Collection = 'providers' | 'models' | 'events';

const NOUN: Record<Collection, [string, string]> = {
  providers: ['provider', 'providers'],
  models: ['model', 'models'],
  events: ['event', 'events'],
};

const count = (n: number, kind: Collection) => `${n} ${NOUN[kind][n === 1 ? 0 : 1]}`;

/**
 * An error when a whole collection disagrees with the data set's own counts (`/meta`): an empty
 * or cut answer must not be scored as if it were the data. Null when they agree.
 */
export function collectionMismatch(
  kind: Collection,
  length: number,
  meta: DatasetMeta,
): ApiError | null {
  const expected = meta.counts[kind];
  if (length === expected) return null;
  return new ApiError(
    'inconsistent',
    `/${kind}`,
    `The data service's answers disagree: the ${kind} list holds ${count(length, kind)}, but the data set says it has ${count(expected, kind)}. Nothing is computed on incomplete data.`,
  );
}
