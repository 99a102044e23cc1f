import {
  CHANGE_LIMITS,
  changeLogImportSchema,
  type ChangeError,
  type ChangeLogEntry,
  type ChangeSetRecord,
} from '../schema/change';
import type { Dataset } from '../schema/dataset';
import { checkWriteBody, issuesToChangeErrors, type EarlyRefusal } from './admit-change-set';
import { runChangeSet } from './run-change-set';

/** The errors of one imported change set (null id and index: the import body itself). */
export interface ImportSetErrors {
  changeSetId: string | null;
  index: number | null;
  errors: ChangeError[];
}

/** How the service answers `POST /api/v1/change-sets/import` (docs/api.md, "Changes"). */
export type ImportAdmission =
  | {
      /** 200 for a dry run (nothing written), 201 when applied. */
      status: 200 | 201;
      dryRun: boolean;
      /** The data set after the import (the input itself for a dry run's caller to discard). */
      dataset: Dataset;
      /** The records to append to the log, in the file's order (those not already in it). */
      records: ChangeSetRecord[];
      /** Ids of the file's sets that the log already holds: left out, not applied twice. */
      alreadyPresent: string[];
      /** One log entry per change the import applies, oldest first. */
      entries: ChangeLogEntry[];
    }
  | { status: 400; errors: ImportSetErrors[] }
  | EarlyRefusal;

/**
 * Decide an import of exported change sets on the served data set: 413 over the size limit, 400
 * when the body does not parse, a set id repeats in the file, or any set fails to apply on the
 * data as the earlier sets leave it (each set runs the same validation as `POST /change-sets`,
 * and keeps the id and time it was recorded with); 409 on a stale `baseVersion`; else all the
 * sets apply, or none. Sets whose id the log already holds are left out, so importing the same
 * file twice changes nothing. `bodyBytes` is the UTF-8 length of the body.
 */
export function admitChangeLogImport(
  dataset: Dataset,
  logIds: ReadonlySet<string>,
  body: unknown,
  bodyBytes = 0,
): ImportAdmission {
  const checked = checkWriteBody(dataset, body, bodyBytes, {
    schema: changeLogImportSchema,
    limit: CHANGE_LIMITS.maxImportBytes,
    badBody: (issues): ImportAdmission => ({
      status: 400,
      errors: [{ changeSetId: null, index: null, errors: issuesToChangeErrors(issues) }],
    }),
  });
  if (!checked.ok) return checked.answer;
  const errors: ImportSetErrors[] = [];
  const seen = new Set<string>();
  const alreadyPresent: string[] = [];
  const records: ChangeSetRecord[] = [];
  const entries: ChangeLogEntry[] = [];
  let current = dataset;
  checked.data.changeSets.forEach((record, index) => {
    if (seen.has(record.id)) {
      errors.push({
        changeSetId: record.id,
        index,
        errors: [
          {
            change: null,
            path: ['id'],
            code: 'duplicate_id',
            message: `the change set "${record.id}" is in the file twice`,
          },
        ],
      });
      return;
    }
    seen.add(record.id);
    if (logIds.has(record.id)) {
      alreadyPresent.push(record.id);
      return;
    }
    const outcome = runChangeSet(current, record, { id: record.id, recordedAt: record.recordedAt });
    if (outcome.errors.length > 0) {
      errors.push({ changeSetId: record.id, index, errors: outcome.errors });
      return;
    }
    current = outcome.dataset;
    records.push(record);
    entries.push(...outcome.entries);
  });
  if (errors.length > 0) return { status: 400, errors };
  const dryRun = checked.data.dryRun;
  return {
    status: dryRun ? 200 : 201,
    dryRun,
    dataset: current,
    records,
    alreadyPresent,
    entries,
  };
}
