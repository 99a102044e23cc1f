import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeStorage } from './safe-storage';
import { z } from 'zod';
import {
  DEFAULT_RISK_SETTINGS,
  riskSettingsSchema,
  validateRiskSettings,
  type RiskSettings,
} from '@/domain/risk/settings';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const persistedSchema = z.object({
  risk: riskSettingsSchema,
  theme: z.enum(THEMES),
});
type Persisted = z.infer<typeof persistedSchema>;

export const SETTINGS_STORAGE_KEY = 'avrr.settings';
export const SETTINGS_VERSION = 1;

interface SettingsState extends Persisted {
  /** Set when a stored value could not be used and the defaults apply instead. */
  restoreNotice: string | null;
  riskSettingsChanged: (risk: RiskSettings) => void;
  riskSettingsReset: () => void;
  themeChanged: (theme: Theme) => void;
  restoreNoticeDismissed: () => void;
}

const CORRUPT_NOTICE =
  'Your saved settings could not be read, so the default settings apply. Adjust them again on the Settings page if needed.';

let pendingNotice: string | null = null;

const safeStorage = createSafeStorage(() => {
  pendingNotice = CORRUPT_NOTICE;
});

/** Bring a stored value from an older version up to the current shape. */
export function migrateSettings(persisted: unknown, version: number): unknown {
  if (version === 0 && persisted && typeof persisted === 'object') {
    // Version 0 stored the weights at the top level and no theme.
    const old = persisted as { weights?: unknown; halfLifeDays?: unknown };
    return {
      risk: {
        ...DEFAULT_RISK_SETTINGS,
        weights: old.weights,
        halfLifeDays: old.halfLifeDays ?? 365,
      },
      theme: 'system',
    };
  }
  return persisted;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      risk: DEFAULT_RISK_SETTINGS,
      theme: 'system',
      restoreNotice: null,
      riskSettingsChanged: (risk) => {
        if (validateRiskSettings(risk).length === 0) set({ risk });
      },
      riskSettingsReset: () => set({ risk: DEFAULT_RISK_SETTINGS }),
      themeChanged: (theme) => set({ theme }),
      restoreNoticeDismissed: () => set({ restoreNotice: null }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: SETTINGS_VERSION,
      storage: createJSONStorage(() => safeStorage),
      partialize: (s) => ({ risk: s.risk, theme: s.theme }),
      migrate: migrateSettings,
      merge: (persisted, current) => {
        if (pendingNotice) {
          const notice = pendingNotice;
          pendingNotice = null;
          return { ...current, restoreNotice: notice };
        }
        if (persisted === undefined || persisted === null) return current;
        const parsed = persistedSchema.safeParse(persisted);
        if (!parsed.success || validateRiskSettings(parsed.data.risk).length > 0) {
          return { ...current, restoreNotice: CORRUPT_NOTICE };
        }
        return { ...current, ...parsed.data };
      },
    },
  ),
);
