import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { changeSetRecordSchema, type ChangeSetRecord } from '@/domain/schema/change';
import type { ChangeLogStore } from './change-log-store';

/** The IndexedDB database of the bundled data service. */
export const CHANGE_LOG_DB = 'ai-vendor-risk-radar-data';
const STORE = 'change-sets';

interface ChangeLogDb extends DBSchema {
  // Out-of-line, auto-incremented keys: the key order is the order of acceptance.
  [STORE]: { key: number; value: ChangeSetRecord };
}

/**
 * The browser's change log: one IndexedDB object store of accepted change sets, in the order
 * they were accepted, so they survive reloads and work offline. Each `update` is one readwrite
 * transaction, so two tabs that post at once are serialised by the browser: the second sees the
 * first's set and answers 409. Records read back that no longer match the schema are left out
 * (the service then serves the compiled data plus the readable sets).
 */
export function createIdbChangeLogStore(name = CHANGE_LOG_DB): ChangeLogStore {
  let db: Promise<IDBPDatabase<ChangeLogDb>> | null = null;
  const open = () => {
    db ??= openDB<ChangeLogDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore(STORE, { autoIncrement: true });
      },
    });
    return db;
  };
  const readable = (values: unknown[]): ChangeSetRecord[] =>
    values.flatMap((v) => {
      const parsed = changeSetRecordSchema.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
  return {
    async read() {
      return readable(await (await open()).getAll(STORE));
    },
    async update(decide) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      // Only IndexedDB requests are awaited inside the transaction, so it stays open.
      const step = decide(readable(await tx.store.getAll()));
      if (step.clear === true) await tx.store.clear();
      for (const record of step.append ?? []) await tx.store.add(record);
      await tx.done;
      return step.result;
    },
  };
}
