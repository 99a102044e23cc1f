import { z } from '@/domain/schema/zod';
import {
  DEFAULT_RISK_SETTINGS,
  FACTOR_KEYS,
  factorInPlay,
  HALF_LIFE_MAX_DAYS,
  HALF_LIFE_MIN_DAYS,
  isDefaultRiskSettings,
  type RiskSettings,
} from '../risk/settings';
import { isoDayParam, readParams, type UrlIssue } from './query-params';

/** The longest home jurisdiction a link may carry (the longest country name is far shorter). */
export const HOME_MAX_LENGTH = 80;

const weightsParam = z
  .string()
  .transform((s) => s.split(',').map((v) => v.trim()))
  .refine(
    (parts) =>
      parts.length === FACTOR_KEYS.length && parts.every((p) => /^\d{1,6}(\.\d{1,6})?$/.test(p)),
    {
      message: `expected ${FACTOR_KEYS.length} weights of 0 or more, in factor order (${FACTOR_KEYS.join(', ')}), separated by commas`,
    },
  )
  .transform((parts) => parts.map(Number));

/** One schema per parameter that every view shares (they follow the user from page to page). */
export const VIEW_PARAM_SCHEMAS = {
  /** What the app takes as today (demos and tests). */
  today: isoDayParam,
  /** The as-of date of the scores; default today. */
  asOf: isoDayParam,
  /** The six factor weights when they are not the defaults. */
  w: weightsParam,
  /** The recency half-life in days when it is not the default. */
  hl: z
    .string()
    .regex(/^\d{1,5}$/, { message: 'expected a whole number of days' })
    .transform(Number)
    .refine((n) => n >= HALF_LIFE_MIN_DAYS && n <= HALF_LIFE_MAX_DAYS, {
      message: `expected a half-life from ${HALF_LIFE_MIN_DAYS} to ${HALF_LIFE_MAX_DAYS} days`,
    }),
  /** The organisation's home jurisdiction (a country as providers name their HQ country). */
  home: z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s.length > 0 && s.length <= HOME_MAX_LENGTH, {
      message: `expected a country name of 1 to ${HOME_MAX_LENGTH} characters`,
    }),
} as const;

/** The view parameters carried from page to page, in the order links write them. */
export const CARRIED_PARAMS = ['today', 'asOf', 'w', 'hl', 'home'] as const;

export interface ViewParams {
  /** `?today=` when it is a real day; null otherwise (the real clock applies). */
  todayOverride: string | null;
  /** `?asOf=` when it is a real day; null otherwise (today applies). */
  asOf: string | null;
  /** The risk settings in force: `base` with what the link sets on top of it. */
  settings: RiskSettings;
  /** True when the link set at least one of the settings. */
  settingsFromUrl: boolean;
  /** Every parameter that could not be used, with the reason. */
  issues: UrlIssue[];
}

/**
 * Read the shared view parameters from a query string. Each parameter stands alone: a bad
 * weight list does not cancel a good half-life. Settings the link does not set come from
 * `base` (the stored settings).
 */
export function parseViewParams(search: string | URLSearchParams, base: RiskSettings): ViewParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const { values, issues } = readParams(params, VIEW_PARAM_SCHEMAS);
  let settings = base;
  let settingsFromUrl = false;
  if (values.w !== undefined) {
    const weights = { ...base.weights };
    FACTOR_KEYS.forEach((key, i) => {
      weights[key] = values.w?.[i] ?? 0;
    });
    const candidate = { ...settings, weights };
    if (FACTOR_KEYS.some((k) => factorInPlay(k, candidate) && weights[k] > 0)) {
      settings = candidate;
      settingsFromUrl = true;
    } else {
      issues.push({
        param: 'w',
        value: params.getAll('w').join(','),
        message: 'at least one weight of a factor in play must be above 0',
      });
    }
  }
  if (values.hl !== undefined) {
    settings = { ...settings, halfLifeDays: values.hl };
    settingsFromUrl = true;
  }
  if (values.home !== undefined) {
    settings = { ...settings, jurisdiction: { ...settings.jurisdiction, home: values.home } };
    settingsFromUrl = true;
  }
  return {
    todayOverride: values.today ?? null,
    asOf: values.asOf ?? null,
    settings,
    settingsFromUrl,
    issues,
  };
}

/** `params` with the settings written in: only what differs from the defaults. */
export function writeSettingsToParams(
  params: URLSearchParams,
  settings: RiskSettings,
): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete('w');
  out.delete('hl');
  out.delete('home');
  if (isDefaultRiskSettings(settings)) return out;
  const d = DEFAULT_RISK_SETTINGS;
  if (FACTOR_KEYS.some((k) => settings.weights[k] !== d.weights[k])) {
    out.set('w', FACTOR_KEYS.map((k) => String(settings.weights[k])).join(','));
  }
  if (settings.halfLifeDays !== d.halfLifeDays) out.set('hl', String(settings.halfLifeDays));
  if (settings.jurisdiction.home !== null) out.set('home', settings.jurisdiction.home);
  return out;
}

/**
 * The carried part of a query string ("?today=…&asOf=…"), or "": links keep the shared view.
 * Only values that can be used are carried; a bad one was reported where it arrived.
 */
export function carriedSearch(search: string): string {
  const from = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const key of CARRIED_PARAMS) {
    const value = from.get(key);
    if (value !== null && VIEW_PARAM_SCHEMAS[key].safeParse(value).success) out.set(key, value);
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}
