import { z } from '@/domain/schema/zod';
import { createPersistedStore } from './create-persisted-store';
import { record } from './record';
import { droppedNotice, restoreList } from './restore-list';

export const WATCHLIST_STORAGE_KEY = 'avrr.watchlist';
/** 1: { providerIds: string[]; modelIds: string[] }. */
export const WATCHLIST_VERSION = 1;

const id = z.string().min(1);

/** The providers and models the reader starred, kept in this browser. */
export const useWatchlistStore = createPersistedStore<
  { providerIds: string[]; modelIds: string[] },
  { providerToggled: (id: string) => void; modelToggled: (id: string) => void }
>(
  {
    name: WATCHLIST_STORAGE_KEY,
    version: WATCHLIST_VERSION,
    initial: { providerIds: [], modelIds: [] },
    migrate: (persisted) => persisted,
    restore: (persisted) => {
      const state = record(persisted);
      const providers = restoreList(state?.providerIds, id, (x) => x);
      const models = restoreList(state?.modelIds, id, (x) => x);
      if (providers === null || models === null) return null;
      return {
        state: { providerIds: providers.items, modelIds: models.items },
        notice: droppedNotice(providers.dropped + models.dropped, 'star', 'stars'),
      };
    },
    unreadableNotice:
      'Your watchlist could not be read, so it starts empty. A copy of what was saved is kept in this browser.',
  },
  (set) => ({
    providerToggled: (pid) =>
      set((s) => ({
        providerIds: s.providerIds.includes(pid)
          ? s.providerIds.filter((x) => x !== pid)
          : [...s.providerIds, pid],
      })),
    modelToggled: (mid) =>
      set((s) => ({
        modelIds: s.modelIds.includes(mid)
          ? s.modelIds.filter((x) => x !== mid)
          : [...s.modelIds, mid],
      })),
  }),
);
