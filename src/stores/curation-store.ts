import { z } from '@/domain/schema/zod';
import { CHANGE_LIMITS } from '@/domain/schema/change';
import { createPersistedStore } from './create-persisted-store';
import { record } from './record';

export const CURATION_STORAGE_KEY = 'avrr.curation';
/** 1: { author, aliases }. */
export const CURATION_VERSION = 1;

const aliasesSchema = z.record(
  z.string().min(1).max(CHANGE_LIMITS.nameMax),
  z.string().min(1).max(CHANGE_LIMITS.idMax),
);

/** The curator's own settings on the Data page, kept in this browser. */
export const useCurationStore = createPersistedStore<
  {
    /** The name recorded as the author of the change sets made here. */
    author: string;
    /**
     * Catalog identifiers the curator mapped to a model of the data set (lowercase keys), used by
     * the next import on top of the built-in alias table.
     */
    aliases: Record<string, string>;
  },
  {
    authorChanged: (author: string) => void;
    aliasMapped: (externalId: string, modelId: string) => void;
    aliasRemoved: (externalId: string) => void;
  }
>(
  {
    name: CURATION_STORAGE_KEY,
    version: CURATION_VERSION,
    initial: { author: '', aliases: {} },
    migrate: (persisted) => persisted,
    restore: (persisted) => {
      const state = record(persisted);
      if (state === null) return null;
      const author =
        typeof state.author === 'string' ? state.author.slice(0, CHANGE_LIMITS.authorMax) : '';
      const aliases = aliasesSchema.safeParse(state.aliases);
      return {
        state: { author, aliases: aliases.success ? aliases.data : {} },
        notice: aliases.success
          ? null
          : 'The model mappings you saved for catalog imports could not be read and were left out. A copy of what was saved is kept in this browser.',
      };
    },
    unreadableNotice:
      'Your name and model mappings for the Data page could not be read, so none are loaded. A copy of what was saved is kept in this browser.',
  },
  (set) => ({
    authorChanged: (author) => set({ author: author.slice(0, CHANGE_LIMITS.authorMax) }),
    aliasMapped: (externalId, modelId) =>
      set((s) => ({ aliases: { ...s.aliases, [externalId.trim().toLowerCase()]: modelId } })),
    aliasRemoved: (externalId) =>
      set((s) => {
        const next = { ...s.aliases };
        delete next[externalId.trim().toLowerCase()];
        return { aliases: next };
      }),
  }),
);
