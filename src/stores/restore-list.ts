import type { z } from '@/domain/schema/zod';
import { record } from './record';

/**
 * The items of a stored list that pass `schema` (the first of each `keyOf` key kept), and how
 * many were left out; null when the value is not a list.
 */
export function restoreList<T>(
  value: unknown,
  schema: z.ZodType<T>,
  keyOf: (item: T) => string,
): { items: T[]; dropped: number } | null {
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  const seen = new Set<string>();
  for (const raw of value) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success || seen.has(keyOf(parsed.data))) continue;
    seen.add(keyOf(parsed.data));
    items.push(parsed.data);
  }
  return { items, dropped: value.length - items.length };
}

/** The notice for a list store some of whose saved items were left out. */
export function droppedNotice(dropped: number, one: string, many: string): string | null {
  if (dropped === 0) return null;
  return `${dropped} saved ${dropped === 1 ? one : many} could not be read and ${dropped === 1 ? 'was' : 'were'} left out. A copy of what was saved is kept in this browser.`;
}

/**
 * The `restore` of a store that keeps one list under `field`: the items that pass `schema`, and
 * a notice naming how many were left out (`one` and `many`: what an item is called).
 */
export function restoreListField<K extends string, T>(
  field: K,
  schema: z.ZodType<T>,
  keyOf: (item: T) => string,
  one: string,
  many: string,
): (persisted: unknown) => { state: Record<K, T[]>; notice: string | null } | null {
  return (persisted) => {
    const list = restoreList(record(persisted)?.[field], schema, keyOf);
    if (list === null) return null;
    return {
      state: { [field]: list.items } as Record<K, T[]>,
      notice: droppedNotice(list.dropped, one, many),
    };
  };
}

/** `list` with `item` in place of the one with its id, or added at the end. */
export function savedById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? item : x))
    : [...list, item];
}
