import type { ChangeLogEntry } from '../schema/change';
import type { Dataset } from '../schema/dataset';

type Row = { id: string } & Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One change undone on one list of records (a new list; the records are not mutated). */
function undo<T extends { id: string }>(list: readonly T[], entry: ChangeLogEntry): T[] {
  const id = entry.entity.id;
  if (entry.kind === 'create') return list.filter((r) => r.id !== id);
  if (entry.kind === 'retract') {
    const back = entry.before as unknown as T | null;
    return back === null || list.some((r) => r.id === id) ? [...list] : [...list, back];
  }
  return list.map((record) => {
    if (record.id !== id) return record;
    const row = { ...(record as unknown as Row) };
    const before = entry.before ?? {};
    const after = entry.after ?? {};
    for (const [key, value] of Object.entries(before)) {
      // A model's dated history: the correction added one entry, which goes again.
      if (key === 'openness' || key === 'status') {
        const field = key === 'openness' ? 'opennessHistory' : 'statusHistory';
        const added = after[key];
        const history = Array.isArray(row[field]) ? (row[field] as unknown[]) : [];
        const at = history.findIndex((h) => same(h, added));
        row[field] = at < 0 ? history : history.filter((_, i) => i !== at);
        continue;
      }
      row[key] = value;
    }
    return row as unknown as T;
  });
}

/**
 * The data as a reader knew it at `recordedAt` (an ISO date-time): the served data with every
 * accepted change recorded after that moment undone, newest first (`entries` is the change log,
 * `GET /changes`, newest first). A creation is removed, a retraction restored, a correction's
 * touched values put back (and the history entry it added taken out). Provenance is not
 * rewound: the result is for scoring "then", not for showing records.
 */
export function datasetKnownAt(
  served: Dataset,
  entries: readonly ChangeLogEntry[],
  recordedAt: string,
): Dataset {
  let { providers, models, events } = served;
  for (const entry of entries) {
    if (entry.recordedAt <= recordedAt) continue;
    if (entry.entity.type === 'provider') providers = undo(providers, entry);
    else if (entry.entity.type === 'model') models = undo(models, entry);
    else events = undo(events, entry);
  }
  return { ...served, providers, models, events };
}

/** Whether any change of the log was recorded after `recordedAt`. */
export const changedSince = (entries: readonly ChangeLogEntry[], recordedAt: string): boolean =>
  entries.some((e) => e.recordedAt > recordedAt);
