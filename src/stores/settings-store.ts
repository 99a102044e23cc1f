import { z } from '@/domain/schema/zod';
import {
  DEFAULT_RISK_SETTINGS,
  riskSettingsSchema,
  validateRiskSettings,
  type RiskSettings,
} from '@/domain/risk/settings';
import { createPersistedStore } from './create-persisted-store';
import { record } from './record';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const persistedSchema = z.object({
  risk: riskSettingsSchema,
  theme: z.enum(THEMES),
});
type Persisted = z.infer<typeof persistedSchema>;

export const SETTINGS_STORAGE_KEY = 'avrr.settings';
export const SETTINGS_VERSION = 1;

/** Bring a stored value from an older version up to the current shape. */
export function migrateSettings(persisted: unknown, version: number): unknown {
  const old = record(persisted);
  if (version === 0 && old) {
    // Version 0 stored the weights at the top level and no theme.
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

/** The user's risk settings and theme, kept in this browser. */
export const useSettingsStore = createPersistedStore<
  Persisted,
  {
    riskSettingsChanged: (risk: RiskSettings) => void;
    riskSettingsReset: () => void;
    themeChanged: (theme: Theme) => void;
  }
>(
  {
    name: SETTINGS_STORAGE_KEY,
    version: SETTINGS_VERSION,
    initial: { risk: DEFAULT_RISK_SETTINGS, theme: 'system' },
    migrate: migrateSettings,
    restore: (persisted) => {
      const parsed = persistedSchema.safeParse(persisted);
      if (!parsed.success || validateRiskSettings(parsed.data.risk).length > 0) return null;
      return { state: parsed.data, notice: null };
    },
    unreadableNotice:
      'Your saved settings could not be read, so the default settings apply. A copy of what was saved is kept in this browser. Adjust them again on the Settings page if needed.',
  },
  (set) => ({
    riskSettingsChanged: (risk) => {
      if (validateRiskSettings(risk).length === 0) set({ risk });
    },
    riskSettingsReset: () => set({ risk: DEFAULT_RISK_SETTINGS }),
    themeChanged: (theme) => set({ theme }),
  }),
);
