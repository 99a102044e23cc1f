import { FACTOR_KEYS, FACTOR_LABELS, type RiskSettings } from '../risk/settings';
import type { PreciseDate } from '../schema/precise-date';

/** A number to fixed decimals for exports ("no data" for null); locale-free so files compare. */
export function fixed(n: number | null, digits = 1): string {
  return n === null ? 'no data' : n.toFixed(digits);
}

/** A signed delta ("+3.2", "−1.0" written with a hyphen-minus for spreadsheets). */
export function signed(n: number | null, digits = 1): string {
  if (n === null) return 'n/a';
  const s = n.toFixed(digits);
  return n > 0 ? `+${s}` : s;
}

/** A share 0-1 as a whole percentage ("35%"). */
export function percent(n: number | null): string {
  return n === null ? '—' : `${Math.round(n * 100)}%`;
}

/** A precise date as written in exports: the ISO day, or the month for month precision. */
export function isoDate(d: PreciseDate): string {
  return d.date;
}

/** The settings in one line: weights in factor order, half-life and home jurisdiction. */
export function settingsLine(settings: RiskSettings): string {
  const weights = FACTOR_KEYS.map((k) => `${FACTOR_LABELS[k]} ${settings.weights[k]}`).join(', ');
  const home = settings.jurisdiction.home ?? 'not configured';
  return `weights ${weights}; half-life ${settings.halfLifeDays} days; home jurisdiction ${home}`;
}
