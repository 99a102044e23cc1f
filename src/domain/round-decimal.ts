import { decimalText } from './decimal-text';

/**
 * `n` rounded to `digits` decimals (0-20) the way it is shown (half away from zero on its
 * shortest decimal form, so 1.005 → 1.01 and 99.99999999999997 → 100), as a number for exports;
 * never -0. Non-finite values come back unchanged.
 */
export function roundDecimal(n: number, digits: number): number {
  if (!Number.isFinite(n)) return n;
  return Number(decimalText(n, digits));
}
