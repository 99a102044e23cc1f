import type { PreciseDate } from './schema/precise-date';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO day "YYYY-MM-DD" or month "YYYY-MM" (its first day). */
export function dayNumber(iso: string): number {
  // The hot path of the engine's indexes (every date of every record, ADR 0013): digits read
  // by char code and the civil-calendar arithmetic, with no strings or Date made.
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 2);
  const d = iso.length >= 10 ? digits(iso, 8, 2) : 1;
  if (y >= 100 && m >= 1 && m <= 12 && d >= 0) return daysFromCivil(y, m, d);
  return slowDayNumber(iso);
}

/** The number written by `length` digits at `start`, or -1 when one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The general rule (any text `Number` and `Date.UTC` accept), for what the fast path does not read. */
function slowDayNumber(iso: string): number {
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
