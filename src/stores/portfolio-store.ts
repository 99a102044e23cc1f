import { createPersistedStore } from './create-persisted-store';
import { record } from './record';
import { dependencySchema, type Dependency } from '@/domain/schema/dependency';
import { lifecycleChannelSchema } from '@/domain/schema/lifecycle-channel';

export const PORTFOLIO_STORAGE_KEY = 'avrr.portfolio';
/**
 * 1: { dependencies } as the schema wants them. 2: the same, restored item by item (see
 * migratePortfolio). 3: a dependency may name its channel (absent: the provider's own API).
 */
export const PORTFOLIO_VERSION = 3;

/**
 * Bring a stored portfolio from an older version to the current shape. Version 1 (and a bare
 * list from before versions) could hold entries without notes, with the share as text or
 * criticality and deployment spelt with spaces: those are normalised so they survive.
 */
export function migratePortfolio(persisted: unknown, version: number): unknown {
  const list = Array.isArray(persisted) ? persisted : record(persisted)?.dependencies;
  if (version >= PORTFOLIO_VERSION || !Array.isArray(list)) return persisted;
  const v2 = version >= 2 ? list : migrateToV2(list);
  return { dependencies: v2.map(migrateToV3) };
}

/**
 * Version 2 → 3: a dependency gains an optional channel. A saved dependency names none, and
 * follows the provider's own API as before; a `channel` written by hand that is empty or not a
 * slug is dropped rather than costing the whole dependency.
 */
function migrateToV3(item: unknown): unknown {
  const d = record(item);
  if (d === null || !('channel' in d)) return item;
  const { channel, ...rest } = d;
  return lifecycleChannelSchema.safeParse(channel).success ? d : rest;
}

function migrateToV2(list: unknown[]): unknown[] {
  return list.map((item: unknown) => {
    const d = record(item);
    if (d === null) return item;
    const spelt = (v: unknown) =>
      typeof v === 'string'
        ? v
            .trim()
            .toLowerCase()
            .replace(/[\s_]+/g, '-')
        : v;
    return {
      ...d,
      notes: typeof d.notes === 'string' ? d.notes : '',
      share: typeof d.share === 'string' ? Number(d.share) : d.share,
      criticality: spelt(d.criticality),
      deployment: spelt(d.deployment),
    };
  });
}

/** The valid dependencies of a stored value and how many were dropped; null when it is not a portfolio at all. */
export function restorePortfolio(
  persisted: unknown,
): { dependencies: Dependency[]; dropped: number } | null {
  const list = record(persisted)?.dependencies;
  if (!Array.isArray(list)) return null;
  const dependencies: Dependency[] = [];
  const ids = new Set<string>();
  for (const item of list) {
    const parsed = dependencySchema.safeParse(item);
    if (parsed.success && !ids.has(parsed.data.id)) {
      ids.add(parsed.data.id);
      dependencies.push(parsed.data);
    }
  }
  return { dependencies, dropped: list.length - dependencies.length };
}

const dropNotice = (dropped: number) =>
  dropped > 0
    ? `${dropped} saved ${dropped === 1 ? 'dependency' : 'dependencies'} could not be read and ${dropped === 1 ? 'was' : 'were'} left out. A copy of what was saved is kept in this browser.`
    : null;

/** The enterprise's own AI dependencies, kept in this browser. */
export const usePortfolioStore = createPersistedStore<
  { dependencies: Dependency[] },
  {
    dependencyAdded: (dependency: Dependency) => void;
    dependencyEdited: (dependency: Dependency) => void;
    dependencyRemoved: (id: string) => void;
    /** Replace the whole portfolio (a confirmed import, or the sample). */
    portfolioReplaced: (dependencies: Dependency[]) => void;
  }
>(
  {
    name: PORTFOLIO_STORAGE_KEY,
    version: PORTFOLIO_VERSION,
    initial: { dependencies: [] },
    migrate: migratePortfolio,
    restore: (persisted) => {
      const restored = restorePortfolio(persisted);
      return (
        restored && {
          state: { dependencies: restored.dependencies },
          notice: dropNotice(restored.dropped),
        }
      );
    },
    unreadableNotice:
      'Your saved portfolio could not be read, so it starts empty. A copy of what was saved is kept in this browser.',
  },
  (set) => ({
    dependencyAdded: (dependency) =>
      set((s) => ({ dependencies: [...s.dependencies, dependency] })),
    dependencyEdited: (dependency) =>
      set((s) => ({
        dependencies: s.dependencies.map((d) => (d.id === dependency.id ? dependency : d)),
      })),
    dependencyRemoved: (id) =>
      set((s) => ({ dependencies: s.dependencies.filter((d) => d.id !== id) })),
    portfolioReplaced: (dependencies) => set({ dependencies }),
  }),
);
