import type { ChangeError, ChangeSet } from '../schema/change';
import type { Dataset } from '../schema/dataset';
import { runChangeSet } from './run-change-set';

/**
 * Per-change, per-field errors of a parsed change set against a data set: unknown ids, ids
 * created twice or already taken, a retraction of a missing record, dates before a release,
 * references to records that do not exist or would no longer exist, and ratings that differ
 * from the rule without a reason. Empty when the set applies. It runs the same code as the
 * apply, so whatever it accepts applies, and whatever would break the data it rejects.
 */
export function validateChangeSet(dataset: Dataset, changeSet: ChangeSet): ChangeError[] {
  return runChangeSet(dataset, changeSet, { id: 'validation', recordedAt: '1970-01-01T00:00:00Z' })
    .errors;
}
