import { z } from '@/domain/schema/zod';

/** The methodology these formulas implement; a change to any formula is a new id. */
export const METHODOLOGY_ID = 'rvm-1';

export const FACTOR_KEYS = [
  'openness',
  'trajectory',
  'lockIn',
  'continuity',
  'regulatory',
  'jurisdiction',
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

export const FACTOR_LABELS: Record<FactorKey, string> = {
  openness: 'Openness',
  trajectory: 'Strategy trajectory',
  lockIn: 'Access lock-in',
  continuity: 'Continuity',
  regulatory: 'Regulatory',
  jurisdiction: 'Jurisdiction',
};

export const HALF_LIFE_MIN_DAYS = 30;
export const HALF_LIFE_MAX_DAYS = 3650;

export const riskSettingsSchema = z.object({
  weights: z.object({
    openness: z.number(),
    trajectory: z.number(),
    lockIn: z.number(),
    continuity: z.number(),
    regulatory: z.number(),
    jurisdiction: z.number(),
  }),
  halfLifeDays: z.number(),
  jurisdiction: z.object({
    /** The organisation's home country (as providers name their HQ country); null until set. */
    home: z.string().nullable(),
    /** Per-country jurisdiction risk 0-100 that replaces the default 0 (home) / 50 (elsewhere). */
    overrides: z.record(z.string(), z.number()),
  }),
});
export type RiskSettings = z.infer<typeof riskSettingsSchema>;

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  weights: {
    openness: 35,
    trajectory: 25,
    lockIn: 20,
    continuity: 10,
    regulatory: 10,
    jurisdiction: 10,
  },
  halfLifeDays: 365,
  jurisdiction: { home: null, overrides: {} },
};

/** True when a factor takes part in R under these settings (jurisdiction needs a home country). */
export function factorInPlay(key: FactorKey, settings: RiskSettings): boolean {
  return key !== 'jurisdiction' || settings.jurisdiction.home !== null;
}

export interface SettingsIssue {
  /** Dotted path of the offending setting ("weights.openness", "halfLifeDays"). */
  path: string;
  message: string;
}

/** Problems with a settings object, in words a settings editor can show; empty when valid. */
export function validateRiskSettings(settings: RiskSettings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const key of FACTOR_KEYS) {
    const w = settings.weights[key];
    if (!Number.isFinite(w)) {
      issues.push({
        path: `weights.${key}`,
        message: `The ${FACTOR_LABELS[key]} weight must be a number.`,
      });
    } else if (w < 0) {
      issues.push({
        path: `weights.${key}`,
        message: `The ${FACTOR_LABELS[key]} weight cannot be negative.`,
      });
    }
  }
  const inPlayTotal = FACTOR_KEYS.filter((k) => factorInPlay(k, settings)).reduce(
    (sum, k) =>
      sum +
      (Number.isFinite(settings.weights[k]) && settings.weights[k] > 0 ? settings.weights[k] : 0),
    0,
  );
  if (inPlayTotal <= 0) {
    issues.push({
      path: 'weights',
      message:
        settings.jurisdiction.home === null
          ? 'At least one weight must be positive (jurisdiction does not count until a home jurisdiction is set).'
          : 'At least one weight must be positive.',
    });
  }
  const h = settings.halfLifeDays;
  if (!Number.isFinite(h) || h < HALF_LIFE_MIN_DAYS || h > HALF_LIFE_MAX_DAYS) {
    issues.push({
      path: 'halfLifeDays',
      message: `The half-life must be between ${HALF_LIFE_MIN_DAYS} and ${HALF_LIFE_MAX_DAYS.toLocaleString('en-US')} days.`,
    });
  }
  if (settings.jurisdiction.home !== null && settings.jurisdiction.home.trim() === '') {
    issues.push({
      path: 'jurisdiction.home',
      message: 'Choose a home jurisdiction or leave it unset.',
    });
  }
  for (const [country, value] of Object.entries(settings.jurisdiction.overrides)) {
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      issues.push({
        path: `jurisdiction.overrides.${country}`,
        message: `The jurisdiction risk for ${country} must be between 0 and 100.`,
      });
    }
  }
  return issues;
}

/** True when the settings equal the defaults (so they can stay out of the URL). */
export function isDefaultRiskSettings(settings: RiskSettings): boolean {
  const d = DEFAULT_RISK_SETTINGS;
  return (
    FACTOR_KEYS.every((k) => settings.weights[k] === d.weights[k]) &&
    settings.halfLifeDays === d.halfLifeDays &&
    settings.jurisdiction.home === d.jurisdiction.home &&
    Object.keys(settings.jurisdiction.overrides).length === 0
  );
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** Lower bounds of each grade band on the 0-100 risk scale: A < 20 ≤ B < 40 ≤ C < 60 ≤ D < 80 ≤ E. */
export const GRADE_BANDS: ReadonlyArray<{ grade: Grade; min: number; max: number }> = [
  { grade: 'A', min: 0, max: 20 },
  { grade: 'B', min: 20, max: 40 },
  { grade: 'C', min: 40, max: 60 },
  { grade: 'D', min: 60, max: 80 },
  { grade: 'E', min: 80, max: 100 },
];

/** Grade A-E of a risk score 0-100 (A < 20 ≤ B < 40 ≤ C < 60 ≤ D < 80 ≤ E); null for no score. */
export function gradeOf(score: number | null): Grade | null {
  if (score === null || Number.isNaN(score)) return null;
  if (score < 20) return 'A';
  if (score < 40) return 'B';
  if (score < 60) return 'C';
  if (score < 80) return 'D';
  return 'E';
}
