import { decimalText } from '../decimal-text';
import type { PreciseDate } from '../schema/precise-date';

/** A number to fixed decimals for exports, as the screen rounds it ("no data" for null); no grouping. */
export function fixed(n: number | null, digits = 1): string {
  return n === null ? 'no data' : decimalText(n, digits);
}

/** A signed delta ("+3.2", "-1.0" with a hyphen-minus for spreadsheets; "0.0" when it rounds to nothing). */
export function signed(n: number | null, digits = 1): string {
  if (n === null) return 'n/a';
  const s = decimalText(n, digits);
  return n > 0 && /[1-9]/.test(s) ? `+${s}` : s;
}

/** A share 0-1 as a whole percentage ("35%"). */
export function percent(n: number | null): string {
  return n === null ? '—' : `${decimalText(n, 0, { shift: 2 })}%`;
}

/** A precise date as written in exports: the ISO day, or the month for month precision. */
export function isoDate(d: PreciseDate): string {
  return d.date;
}
