import type { StateStorage } from 'zustand/middleware';

/**
 * localStorage for a persisted store that never throws: stored JSON that cannot be parsed
 * (hand-edited, truncated) reads as nothing and calls `onCorrupt` so the store can say so; a
 * full or blocked storage only loses persistence for this visit.
 */
export function createSafeStorage(onCorrupt: () => void): StateStorage {
  return {
    getItem: (name) => {
      try {
        const raw = localStorage.getItem(name);
        if (raw !== null) JSON.parse(raw);
        return raw;
      } catch {
        onCorrupt();
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, value);
      } catch {
        // Storage full or blocked: the state still works for this visit.
      }
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name);
      } catch {
        // Nothing to remove where storage is blocked.
      }
    },
  };
}

/** A stored value as a plain object, or null: migrations read old shapes through it. */
export function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
