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

/** A write refused before it is looked at: its body is too large, or made on an older revision. */
export type EarlyRefusal =
  | { status: 409; baseVersion: number; currentVersion: number }
  | { status: 413; bodyBytes: number; limit: number };

/** How the service answers `POST /api/v1/change-sets` (docs/api.md, "Changes"). */
export type Admission =
  | { status: 201; record: ChangeSetRecord; dataset: Dataset; entries: ChangeLogEntry[] }
  | { status: 400; errors: ChangeError[] }
  | EarlyRefusal;

/**
 * What every write checks first, in this order: the body's size against `limit` (413), its
 * shape (`badBody` makes the 400 answer from zod's issues), the revision it was made on (409).
 */
export function checkWriteBody<T extends { baseVersion: number }, B>(
  dataset: Dataset,
  body: unknown,
  bodyBytes: number,
  check: {
    schema: z.ZodType<T>;
    limit: number;
    badBody: (issues: readonly z.core.$ZodIssue[]) => B;
  },
): { ok: true; data: T } | { ok: false; answer: EarlyRefusal | B } {
  const { schema, limit, badBody } = check;
  if (bodyBytes > limit) return { ok: false, answer: { status: 413, bodyBytes, limit } };
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, answer: badBody(parsed.error.issues) };
  const currentVersion = dataset.revision ?? 0;
  if (parsed.data.baseVersion !== currentVersion) {
    return {
      ok: false,
      answer: { status: 409, baseVersion: parsed.data.baseVersion, currentVersion },
    };
  }
  return { ok: true, data: parsed.data };
}

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
  const checked = checkWriteBody(dataset, body, bodyBytes, {
    schema: changeSetSchema,
    limit: CHANGE_LIMITS.maxBodyBytes,
    badBody: (issues): Admission => ({ status: 400, errors: issuesToChangeErrors(issues) }),
  });
  if (!checked.ok) return checked.answer;
  const outcome = runChangeSet(dataset, checked.data, stamp);
  if (outcome.errors.length > 0) return { status: 400, errors: outcome.errors };
  return {
    status: 201,
    record: { ...checked.data, id: stamp.id, recordedAt: stamp.recordedAt },
    dataset: outcome.dataset,
    entries: outcome.entries,
  };
}
