import { decimalText } from '@/domain/decimal-text';
import type { PreciseDate } from '@/domain/schema/precise-date';

// Dates and numbers are formatted by hand, in one fixed English style ("Apr 8, 2026", "1,234",
// "12.5"), not with Intl: the whole interface is English, exports must read the same for every
// reader, and the first Intl formatter costs the landing page about 30 ms of ICU start-up on the
// main thread (ADR 0006). Each function is proven equal to Intl's en-US output by property tests
// (tests/unit/format.test.ts, ADR 0008).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function parts(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: iso.length >= 10 ? Number(iso.slice(8, 10)) : 1 };
}

/** n rounded to `digits` decimals (half away from zero, as Intl), grouped, "-" only when not zero. */
function fixed(n: number, digits: number): string {
  return decimalText(n, digits, { group: true });
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

/** A share 0-1 as a whole percentage ("35%"); the point is moved in decimal, not by `* 100`. */
export function formatShare(n: number): string {
  return `${decimalText(n, 0, { group: true, shift: 2 })}%`;
}

const COMPACT_UNITS = ['', 'K', 'M', 'B', 'T'] as const;

/**
 * A whole number ≥ 0 in Intl's en-US compact notation ("999", "8.2K", "128K", "1M", "2.5M"): two
 * significant digits, or the whole units when they have more; a value that rounds up to the
 * next unit takes it (999,999 is "1M", not "1000K").
 */
function compact(n: number): string {
  let unit = 0;
  while (unit < COMPACT_UNITS.length - 1 && n >= 1000 ** (unit + 1)) unit++;
  for (;;) {
    const digits = n >= 10 * 1000 ** unit ? 0 : 1;
    const text = decimalText(n, digits, { shift: -3 * unit }).replace(/\.0$/, '');
    if (unit < COMPACT_UNITS.length - 1 && Number(text) >= 1000) {
      unit++;
      continue;
    }
    // Compact notation groups thousands only from five digits on ("1234T", "12,345T").
    const whole = text.split('.')[0] ?? text;
    const grouped = whole.length >= 5 ? decimalText(Number(text), 0, { group: true }) : text;
    return `${grouped}${COMPACT_UNITS[unit]}`;
  }
}

/** A context window in whole tokens ("128K tokens", "1M tokens"), or "unknown". */
export function formatTokens(n: number | null): string {
  return n === null ? 'unknown' : `${compact(n)} tokens`;
}
