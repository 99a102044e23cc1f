import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { z } from 'zod';
import { dependencySchema, type Dependency } from '@/domain/schema/dependency';

export const PORTFOLIO_STORAGE_KEY = 'avrr.portfolio';
export const PORTFOLIO_VERSION = 1;

const persistedSchema = z.object({ dependencies: z.array(dependencySchema) });

interface PortfolioState {
  dependencies: Dependency[];
  restoreNotice: string | null;
  dependencyAdded: (dependency: Dependency) => void;
  dependencyEdited: (dependency: Dependency) => void;
  dependencyRemoved: (id: string) => void;
  /** Replace the whole portfolio (a confirmed import, or the sample). */
  portfolioReplaced: (dependencies: Dependency[]) => void;
}

/** The enterprise's own AI dependencies, kept in this browser. */
export const usePortfolioStore = create<PortfolioState>()(
  persist(
    (set) => ({
      dependencies: [],
      restoreNotice: null,
      dependencyAdded: (dependency) => set((s) => ({ dependencies: [...s.dependencies, dependency] })),
      dependencyEdited: (dependency) =>
        set((s) => ({ dependencies: s.dependencies.map((d) => (d.id === dependency.id ? dependency : d)) })),
      dependencyRemoved: (id) => set((s) => ({ dependencies: s.dependencies.filter((d) => d.id !== id) })),
      portfolioReplaced: (dependencies) => set({ dependencies }),
    }),
    {
      name: PORTFOLIO_STORAGE_KEY,
      version: PORTFOLIO_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ dependencies: s.dependencies }),
      migrate: (persisted) => persisted,
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        const parsed = persistedSchema.safeParse(persisted);
        if (!parsed.success) {
          return { ...current, restoreNotice: 'Your saved portfolio could not be read, so it starts empty.' };
        }
        return { ...current, ...parsed.data };
      },
    },
  ),
);
