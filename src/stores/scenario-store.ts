import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { z } from 'zod';
import { scenarioSchema, type Scenario } from '@/domain/schema/scenario';

export const SCENARIO_STORAGE_KEY = 'avrr.scenarios';
export const SCENARIO_VERSION = 1;

const persistedSchema = z.object({ scenarios: z.array(scenarioSchema), activeId: z.string().nullable() });

interface ScenarioState {
  scenarios: Scenario[];
  /** The scenario the whole app shows (top bar, timeline, overview trend); null for the baseline. */
  activeId: string | null;
  restoreNotice: string | null;
  scenarioSaved: (scenario: Scenario) => void;
  scenarioRemoved: (id: string) => void;
  scenarioActivated: (id: string | null) => void;
}

/** Saved what-if scenarios, kept in this browser. */
export const useScenarioStore = create<ScenarioState>()(
  persist(
    (set) => ({
      scenarios: [],
      activeId: null,
      restoreNotice: null,
      scenarioSaved: (scenario) =>
        set((s) => ({
          scenarios: s.scenarios.some((x) => x.id === scenario.id)
            ? s.scenarios.map((x) => (x.id === scenario.id ? scenario : x))
            : [...s.scenarios, scenario],
        })),
      scenarioRemoved: (id) =>
        set((s) => ({
          scenarios: s.scenarios.filter((x) => x.id !== id),
          activeId: s.activeId === id ? null : s.activeId,
        })),
      scenarioActivated: (id) => set({ activeId: id }),
    }),
    {
      name: SCENARIO_STORAGE_KEY,
      version: SCENARIO_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ scenarios: s.scenarios, activeId: s.activeId }),
      migrate: (persisted) => persisted,
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        const parsed = persistedSchema.safeParse(persisted);
        if (!parsed.success) {
          return { ...current, restoreNotice: 'Your saved scenarios could not be read, so none are loaded.' };
        }
        return { ...current, ...parsed.data };
      },
    },
  ),
);

/** The active scenario, or null when the app shows the baseline. */
export function useActiveScenario(): Scenario | null {
  return useScenarioStore((s) => s.scenarios.find((x) => x.id === s.activeId) ?? null);
}
