import type { PreciseDate } from './schema/precise-date';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO day "YYYY-MM-DD" or month "YYYY-MM" (its first day). */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Day number of a precise date; a month counts from the first day of its month. */
export function preciseDayNumber(date: PreciseDate): number {
  return dayNumber(date.date);
}

/** The ISO day "YYYY-MM-DD" of a day number. */
export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `iso` moved by `days` days (negative for earlier). */
export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** The first day of each month from `fromIso`'s month to `toIso`'s month, inclusive. */
export function monthStarts(fromIso: string, toIso: string): string[] {
  let y = Number(fromIso.slice(0, 4));
  let m = Number(fromIso.slice(5, 7));
  const endY = Number(toIso.slice(0, 4));
  const endM = Number(toIso.slice(5, 7));
  const out: string[] = [];
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}-01`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Compare two precise dates by the day they count from. */
export function comparePrecise(a: PreciseDate, b: PreciseDate): number {
  return preciseDayNumber(a) - preciseDayNumber(b);
}
