import type { z } from '@/domain/schema/zod';
import {
  CHANGE_LIMITS,
  changeSetSchema,
  type ChangeError,
  type ChangeLogEntry,
  type ChangeSetRecord,
} from '../schema/change';
import type { Dataset } from '../schema/dataset';
import { runChangeSet, type ChangeSetStamp } from './run-change-set';

/** How the service answers `POST /api/v1/change-sets` (docs/api.md, "Changes"). */
export type Admission =
  | { status: 201; record: ChangeSetRecord; dataset: Dataset; entries: ChangeLogEntry[] }
  | { status: 400; errors: ChangeError[] }
  | { status: 409; baseVersion: number; currentVersion: number }
  | { status: 413; bodyBytes: number; limit: number };

/** Zod issues as change errors: `changes.3.record.release` becomes change 3, path `record.release`. */
export function issuesToChangeErrors(issues: readonly z.core.$ZodIssue[]): ChangeError[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (path[0] === 'changes' && typeof path[1] === 'number') {
      return { change: path[1], path: path.slice(2), code: issue.code, message: issue.message };
    }
    return { change: null, path, code: issue.code, message: issue.message };
  });
}

/**
 * Decide a change-set request: 413 when the body is over the limit, 400 when it does not parse
 * or a change is invalid, 409 when `baseVersion` is not the current revision, else 201 with the
 * new data set, the log record and its entries. `bodyBytes` is the UTF-8 length of the body.
 */
export function admitChangeSet(
  dataset: Dataset,
  body: unknown,
  stamp: ChangeSetStamp,
  bodyBytes = 0,
): Admission {
  if (bodyBytes > CHANGE_LIMITS.maxBodyBytes) {
    return { status: 413, bodyBytes, limit: CHANGE_LIMITS.maxBodyBytes };
  }
  const parsed = changeSetSchema.safeParse(body);
  if (!parsed.success) return { status: 400, errors: issuesToChangeErrors(parsed.error.issues) };
  const currentVersion = dataset.revision ?? 0;
  if (parsed.data.baseVersion !== currentVersion) {
    return { status: 409, baseVersion: parsed.data.baseVersion, currentVersion };
  }
  const outcome = runChangeSet(dataset, parsed.data, stamp);
  if (outcome.errors.length > 0) return { status: 400, errors: outcome.errors };
  return {
    status: 201,
    record: { ...parsed.data, id: stamp.id, recordedAt: stamp.recordedAt },
    dataset: outcome.dataset,
    entries: outcome.entries,
  };
}
