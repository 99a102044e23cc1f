import type { ChangeSetRecord } from '@/domain/schema/change';

/** What one atomic step does to the stored log, and what it answers. */
export interface LogUpdate<T> {
  /** Empty the log first (a reset, or an import that replaces it). */
  clear?: boolean;
  /** Records to add at the end, in order. */
  append?: readonly ChangeSetRecord[];
  result: T;
}

/**
 * Where the bundled data service keeps its accepted change sets: IndexedDB in the browser
 * (`createIdbChangeLogStore`), memory in the node tests (`createMemoryChangeLogStore`). Both keep
 * the records in the order they were accepted.
 */
export interface ChangeLogStore {
  /** Every stored record, oldest first. */
  read(): Promise<ChangeSetRecord[]>;
  /**
   * Read the log, decide on it and write the decision as one step: another tab's change between
   * the read and the write cannot slip in (IndexedDB runs it in one readwrite transaction).
   * `decide` must be synchronous.
   */
  update<T>(decide: (log: readonly ChangeSetRecord[]) => LogUpdate<T>): Promise<T>;
}

/**
 * A store in memory: what the node tests use. A "reload" of the service reads the same store
 * object again, as a browser reload reads the same IndexedDB.
 */
export function createMemoryChangeLogStore(
  initial: readonly ChangeSetRecord[] = [],
): ChangeLogStore {
  // Records are copied in and out, as IndexedDB's structured clone does, so that a caller that
  // changes what it wrote or read cannot change the stored log.
  let log: ChangeSetRecord[] = structuredClone([...initial]);
  return {
    read: () => Promise.resolve(structuredClone(log)),
    update: (decide) => {
      const step = decide(structuredClone(log));
      if (step.clear === true) log = [];
      if (step.append !== undefined) log = [...log, ...structuredClone([...step.append])];
      return Promise.resolve(step.result);
    },
  };
}
