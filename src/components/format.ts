import type { PreciseDate } from '@/domain/schema/precise-date';

// Dates and numbers are formatted by hand, in one fixed English style ("Apr 8, 2026", "1,234",
// "12.5"), not with Intl: the whole interface is English, exports must read the same for every
// reader, and the first Intl formatter costs the landing page about 30 ms of ICU start-up on the
// main thread (ADR 0006).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function parts(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: iso.length >= 10 ? Number(iso.slice(8, 10)) : 1 };
}

/** Digits with thousands separators: 1234567 → "1,234,567". */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** n rounded to `digits` decimals (half away from zero), grouped, with "-" when negative. */
function fixed(n: number, digits: number): string {
  const text = Math.abs(n).toFixed(digits);
  const [whole = '0', frac] = text.split('.');
  const body = frac === undefined ? group(whole) : `${group(whole)}.${frac}`;
  return n < 0 && /[1-9]/.test(text) ? `-${body}` : body;
}

/** An ISO day as "Apr 8, 2026". */
export function formatDay(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** An ISO month or day as its month: "Apr 2026", or "April 2026" with `long`. */
export function formatMonth(iso: string, long = false): string {
  const { y, m } = parts(iso);
  return `${(long ? MONTHS_LONG : MONTHS)[m - 1]} ${y}`;
}

/** A precise date: a month-precision date shows as the month ("Apr 2025"), never an invented day. */
export function formatPreciseDate(date: PreciseDate): string {
  return date.precision === 'month' ? formatMonth(date.date) : formatDay(date.date);
}

export function formatInteger(n: number): string {
  return fixed(n, 0);
}

/** A number to a fixed number of decimals ("2.8"). */
export function formatDecimal(n: number, digits = 1): string {
  return fixed(n, digits);
}

/** A change with its sign ("+23.6", "-4.1"); a change that rounds to nothing is "0.0" (or "0"). */
export function formatSigned(n: number, digits = 1): string {
  const text = fixed(n, digits);
  return /[1-9]/.test(text) && n > 0 ? `+${text}` : text;
}

/** A score to one decimal. */
export function formatScore(n: number | null): string {
  return n === null ? 'no data' : fixed(n, 1);
}

/** A share 0-1 as a percentage. */
export function formatShare(n: number): string {
  return `${fixed(n * 100, 0)}%`;
}

/** A context window in tokens ("128K tokens"), or "unknown". */
export function formatTokens(n: number | null): string {
  if (n === null) return 'unknown';
  if (n >= 1_000_000) return `${fixed(n / 1_000_000, 1).replace(/\.0$/, '')}M tokens`;
  if (n >= 1000) return `${fixed(Math.round(n / 1000), 0)}K tokens`;
  return `${fixed(n, 0)} tokens`;
}
