import { createPersistedStore } from './create-persisted-store';
import { record } from './record';
import { droppedNotice, restoreList, savedById } from './restore-list';
import { scenarioSchema, type Scenario } from '@/domain/schema/scenario';

export const SCENARIO_STORAGE_KEY = 'avrr.scenarios';
/** 1: { scenarios, activeId }. 2: the same, restored scenario by scenario (see migrateScenarios). */
export const SCENARIO_VERSION = 2;

/**
 * Bring stored scenarios from an older version to the current shape. Version 1 could lack the
 * active id and, in scenarios written before channel changes existed, the change lists: they
 * default to none so the scenario survives.
 */
export function migrateScenarios(persisted: unknown, version: number): unknown {
  const state = record(persisted);
  if (version >= SCENARIO_VERSION || state === null || !Array.isArray(state.scenarios))
    return persisted;
  const scenarios = state.scenarios.map((item: unknown) => {
    const s = record(item);
    if (s === null) return item;
    return {
      models: [],
      events: [],
      statusChanges: [],
      licenseChanges: [],
      channelChanges: [],
      ...s,
    };
  });
  return { scenarios, activeId: typeof state.activeId === 'string' ? state.activeId : null };
}

/** The valid scenarios of a stored value, the active id if it still names one, and how many were dropped. */
export function restoreScenarios(
  persisted: unknown,
): { scenarios: Scenario[]; activeId: string | null; dropped: number } | null {
  const state = record(persisted);
  const list = restoreList(state?.scenarios, scenarioSchema, (s) => s.id);
  if (state === null || list === null) return null;
  const scenarios = list.items;
  const activeId =
    typeof state.activeId === 'string' && scenarios.some((s) => s.id === state.activeId)
      ? state.activeId
      : null;
  return { scenarios, activeId, dropped: list.dropped };
}

/** Saved what-if scenarios, kept in this browser. */
export const useScenarioStore = createPersistedStore<
  {
    scenarios: Scenario[];
    /** The scenario the whole app shows (top bar, timeline, overview trend); null for the baseline. */
    activeId: string | null;
  },
  {
    /** Add a scenario, or replace the one with the same id. */
    scenarioSaved: (scenario: Scenario) => void;
    scenarioRemoved: (id: string) => void;
    scenarioActivated: (id: string | null) => void;
  }
>(
  {
    name: SCENARIO_STORAGE_KEY,
    version: SCENARIO_VERSION,
    initial: { scenarios: [], activeId: null },
    migrate: migrateScenarios,
    restore: (persisted) => {
      const restored = restoreScenarios(persisted);
      if (restored === null) return null;
      return {
        state: { scenarios: restored.scenarios, activeId: restored.activeId },
        notice: droppedNotice(restored.dropped, 'scenario', 'scenarios'),
      };
    },
    unreadableNotice:
      'Your saved scenarios could not be read, so none are loaded. A copy of what was saved is kept in this browser.',
  },
  (set) => ({
    scenarioSaved: (scenario) => set((s) => ({ scenarios: savedById(s.scenarios, scenario) })),
    scenarioRemoved: (id) =>
      set((s) => ({
        scenarios: s.scenarios.filter((x) => x.id !== id),
        activeId: s.activeId === id ? null : s.activeId,
      })),
    scenarioActivated: (id) =>
      set((s) => ({ activeId: id !== null && s.scenarios.some((x) => x.id === id) ? id : null })),
  }),
);

/** The active scenario, or null when the app shows the baseline. */
export function useActiveScenario(): Scenario | null {
  return useScenarioStore((s) => s.scenarios.find((x) => x.id === s.activeId) ?? null);
}
