import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

/** What every persisted store adds: the notice when its saved value could not be (fully) read. */
export interface RestoreNoticeSlice {
  /** Set when a stored value could not be used; a copy of it is kept under `backupKey`. */
  restoreNotice: string | null;
  restoreNoticeDismissed: () => void;
}

export interface PersistedStoreConfig<P extends object> {
  /** localStorage key. */
  name: string;
  /** Bump with every change of the persisted shape, and teach `migrate` the old one. */
  version: number;
  /** The state a new user starts with. */
  initial: P;
  /** Bring a stored value of an older version up to the current shape. */
  migrate: (persisted: unknown, version: number) => unknown;
  /**
   * Check a stored (migrated) value: the state to use and a notice when part of it was left
   * out, or null when nothing in it can be used.
   */
  restore: (persisted: unknown) => { state: P; notice: string | null } | null;
  /** What the user is told when nothing of the stored value can be used. */
  unreadableNotice: string;
}

/** A persisted store's hook and the backup it keeps of unreadable saves. */
export type PersistedStore<P extends object, A> = UseBoundStore<
  StoreApi<P & A & RestoreNoticeSlice>
> & {
  persist: { rehydrate: () => Promise<void> | void; getOptions: () => { name?: string } };
};

/** Every persisted store, so the frame can show any store's notice on every page. */
export const persistedStores: Array<UseBoundStore<StoreApi<RestoreNoticeSlice>>> = [];

/** The localStorage key under which an unreadable save of `name` is kept. */
export function backupKeyFor(name: string, now: number): string {
  return `${name}.unreadable.${new Date(now).toISOString()}`;
}

function keepBackup(name: string, raw: string): void {
  try {
    localStorage.setItem(backupKeyFor(name, Date.now()), raw);
  } catch {
    // Storage full or blocked: the notice still says the save could not be read.
  }
}

function isEnvelope(value: unknown): value is { state: unknown; version: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'state' in value &&
    'version' in value &&
    typeof value.version === 'number' &&
    Number.isInteger(value.version)
  );
}

/**
 * A zustand store persisted in localStorage with a version and migrations, whose saved value is
 * checked when read: a value that cannot be read (broken JSON, the wrong shape, a version from
 * a newer app) is copied under a backup key before the defaults replace it, and the user is
 * told. Changes made in another tab are read in at once, so two tabs never undo each other.
 */
export function createPersistedStore<P extends object, A>(
  config: PersistedStoreConfig<P>,
  actions: StateCreator<P & A & RestoreNoticeSlice, [], [], A>,
): PersistedStore<P, A> {
  type S = P & A & RestoreNoticeSlice;
  let pendingNotice: string | null = null;
  let lastRaw: string | null = null;

  const storage: StateStorage = {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch {
        return null; // Storage blocked: this visit starts from the defaults.
      }
      lastRaw = raw;
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      if (!isEnvelope(parsed)) {
        keepBackup(name, raw);
        pendingNotice = config.unreadableNotice;
        return null;
      }
      if (parsed.version > config.version) {
        keepBackup(name, raw);
        pendingNotice = `${config.unreadableNotice} It was saved by a newer version of this app.`;
        return null;
      }
      return raw;
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

  const useStore = create<S>()(
    persist(
      (set, get, api) =>
        ({
          ...config.initial,
          restoreNotice: null,
          restoreNoticeDismissed: () => set({ restoreNotice: null } as Partial<S>),
          ...actions(set, get, api),
        }) as S,
      {
        name: config.name,
        version: config.version,
        storage: createJSONStorage(() => storage),
        partialize: (s) => {
          const out: Record<string, unknown> = {};
          for (const key of Object.keys(config.initial))
            out[key] = (s as Record<string, unknown>)[key];
          return out as P;
        },
        migrate: config.migrate,
        merge: (persisted, current) => {
          if (pendingNotice) {
            const restoreNotice = pendingNotice;
            pendingNotice = null;
            return { ...current, ...config.initial, restoreNotice };
          }
          if (persisted === undefined || persisted === null) return current;
          const restored = config.restore(persisted);
          if (restored === null) {
            if (lastRaw !== null) keepBackup(config.name, lastRaw);
            return { ...current, ...config.initial, restoreNotice: config.unreadableNotice };
          }
          // Part of the save was left out: keep the whole save, so nothing is lost for good.
          if (restored.notice !== null && lastRaw !== null) keepBackup(config.name, lastRaw);
          return {
            ...current,
            ...restored.state,
            restoreNotice: restored.notice ?? current.restoreNotice,
          };
        },
      },
    ),
  );

  // Another tab saved a change: read it in, so that this tab's next change builds on it.
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === config.name && event.storageArea === localStorage) {
        void useStore.persist.rehydrate();
      }
    });
  }

  persistedStores.push(useStore as unknown as UseBoundStore<StoreApi<RestoreNoticeSlice>>);
  return useStore as PersistedStore<P, A>;
}
