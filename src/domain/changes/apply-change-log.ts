import type { ChangeError, ChangeLogEntry, ChangeSetRecord } from '../schema/change';
import type { Dataset } from '../schema/dataset';
import { runChangeSet } from './run-change-set';

/** The served data set and its change log. */
export interface AppliedChangeLog {
  /** The compiled data with every applicable change set applied; `revision` counts them. */
  dataset: Dataset;
  /** One entry per applied change, oldest first (`GET /changes` serves them newest first). */
  entries: ChangeLogEntry[];
  /**
   * Change sets of the log that no longer apply (the compiled base changed under them): left
   * out, with their errors, so one stale set never hides the rest or breaks the data.
   */
  skipped: { changeSetId: string; errors: ChangeError[] }[];
}

/**
 * The compiled data set with the accepted change sets of `log` applied in order: pure and
 * deterministic (the same base and log give the same data, entries and provenance).
 */
export function applyChangeLog(
  dataset: Dataset,
  log: readonly ChangeSetRecord[],
): AppliedChangeLog {
  let current = dataset;
  const entries: ChangeLogEntry[] = [];
  const skipped: AppliedChangeLog['skipped'] = [];
  for (const record of log) {
    const outcome = runChangeSet(current, record, { id: record.id, recordedAt: record.recordedAt });
    if (outcome.errors.length > 0) {
      skipped.push({ changeSetId: record.id, errors: outcome.errors });
      continue;
    }
    current = outcome.dataset;
    entries.push(...outcome.entries);
  }
  return { dataset: current, entries, skipped };
}
