import {
  admitChangeLogImport,
  type ImportAdmission,
} from '@/domain/changes/admit-change-log-import';
import { admitChangeSet, type Admission } from '@/domain/changes/admit-change-set';
import { applyChangeLog, type AppliedChangeLog } from '@/domain/changes/apply-change-log';
import type { ChangeSetStamp } from '@/domain/changes/run-change-set';
import type { ChangeSetRecord } from '@/domain/schema/change';
import type { Dataset } from '@/domain/schema/dataset';
import { dataset as compiled } from '../data/dataset';
import { createMemoryChangeLogStore, type ChangeLogStore } from './change-log-store';

/**
 * The bundled service's write side: the compiled data set, the accepted change sets kept in a
 * store, and the data set served (the compiled one with the log applied, `applyChangeLog`).
 * Every change of the served data serves a new data set object, which the kept whole answers watch.
 */
let store: ChangeLogStore = createMemoryChangeLogStore();
let records: ChangeSetRecord[] = [];
let applied: AppliedChangeLog = { dataset: compiled, entries: [], skipped: [] };

/** The compiled data set: the base every log is applied on. */
export function compiledDataset(): Dataset {
  return compiled;
}

/** The compiled data with the accepted change sets applied, their log entries and any skipped set. */
export function servedChangeLog(): AppliedChangeLog {
  return applied;
}

/** The accepted change sets, oldest first (what an export holds). */
export function changeSetRecords(): readonly ChangeSetRecord[] {
  return records;
}

function sameLog(a: readonly ChangeSetRecord[], b: readonly ChangeSetRecord[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]?.id);
}

/** Serve `log` (read from the store): re-applied on the compiled data only when it differs. */
function adopt(log: readonly ChangeSetRecord[]): void {
  if (sameLog(log, records)) return;
  records = [...log];
  applied = applyChangeLog(compiled, records);
}

/** Read the log from the store again: at start-up, and whenever another tab may have written. */
export async function reloadChangeLog(): Promise<void> {
  adopt(await store.read());
}

/** Use another store (the browser's IndexedDB, or a test's) and serve what it holds. */
export async function switchChangeLogStore(next: ChangeLogStore): Promise<void> {
  store = next;
  records = [];
  applied = { dataset: compiled, entries: [], skipped: [] };
  await reloadChangeLog();
}

/** An empty in-memory log: what every test starts from. */
export function resetChangeLogService(): void {
  store = createMemoryChangeLogStore();
  records = [];
  applied = { dataset: compiled, entries: [], skipped: [] };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A change set's id and time: `cs-YYYYMMDD-HHMMSS-xxxxxx` (UTC, six random hex digits). */
export function newStamp(now: Date = new Date()): ChangeSetStamp {
  const bytes = new Uint8Array(3);
  crypto.getRandomValues(bytes);
  const random = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  const day = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return { id: `cs-${day}-${time}-${random}`, recordedAt: now.toISOString() };
}

/**
 * Admit a change set (`POST /change-sets`) against the log as the store holds it now (another
 * tab may have added to it), and keep it when accepted.
 */
export function submitChangeSet(body: unknown, bodyBytes: number): Promise<Admission> {
  const stamp = newStamp();
  return store.update<Admission>((log) => {
    adopt(log);
    const admission = admitChangeSet(applied.dataset, body, stamp, bodyBytes);
    if (admission.status !== 201) return { result: admission };
    records = [...records, admission.record];
    applied = {
      dataset: admission.dataset,
      entries: [...applied.entries, ...admission.entries],
      skipped: applied.skipped,
    };
    return { append: [admission.record], result: admission };
  });
}

/** Admit an import of exported change sets (`POST /change-sets/import`); a dry run writes nothing. */
export function importChangeSets(body: unknown, bodyBytes: number): Promise<ImportAdmission> {
  return store.update<ImportAdmission>((log) => {
    adopt(log);
    const ids = new Set(records.map((r) => r.id));
    const admission = admitChangeLogImport(applied.dataset, ids, body, bodyBytes);
    if (admission.status !== 201 || admission.records.length === 0) return { result: admission };
    records = [...records, ...admission.records];
    applied = {
      dataset: admission.dataset,
      entries: [...applied.entries, ...admission.entries],
      skipped: applied.skipped,
    };
    return { append: admission.records, result: admission };
  });
}

export type ResetOutcome =
  { status: 200; removed: number } | { status: 409; baseVersion: number; currentVersion: number };

/** Empty the log (`DELETE /change-sets`): the compiled data is served again. */
export function resetChangeLog(baseVersion: number): Promise<ResetOutcome> {
  return store.update<ResetOutcome>((log) => {
    adopt(log);
    const currentVersion = applied.dataset.revision ?? 0;
    if (baseVersion !== currentVersion) {
      return { result: { status: 409, baseVersion, currentVersion } };
    }
    const removed = records.length;
    records = [];
    applied = { dataset: compiled, entries: [], skipped: [] };
    return { clear: true, result: { status: 200, removed } };
  });
}
