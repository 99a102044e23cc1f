import type { PreciseDate } from '@/domain/schema/precise-date';

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', timeZone: 'UTC' });
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

function utc(iso: string): Date {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), iso.length >= 10 ? Number(iso.slice(8, 10)) : 1];
  return new Date(Date.UTC(y, m - 1, d));
}

/** An ISO day in the reader's locale ("8 Apr 2026"). */
export function formatDay(iso: string): string {
  return dayFormat.format(utc(iso));
}

/** A precise date: a month-precision date shows as the month ("Apr 2025"), never an invented day. */
export function formatPreciseDate(date: PreciseDate): string {
  return date.precision === 'month' ? monthFormat.format(utc(date.date)) : formatDay(date.date);
}

export function formatInteger(n: number): string {
  return integer.format(n);
}

/** A score to one decimal. */
export function formatScore(n: number | null): string {
  return n === null ? 'no data' : oneDecimal.format(n);
}

/** A share 0-1 as a percentage. */
export function formatShare(n: number): string {
  return percent.format(n);
}

/** A context window in tokens ("128K tokens"), or "unknown". */
export function formatTokens(n: number | null): string {
  if (n === null) return 'unknown';
  if (n >= 1_000_000) return `${oneDecimal.format(n / 1_000_000).replace(/\.0$/, '')}M tokens`;
  if (n >= 1000) return `${integer.format(Math.round(n / 1000))}K tokens`;
  return `${integer.format(n)} tokens`;
}
