import { roundDecimal } from './round-decimal';

/**
 * The change from `from` to `to` as a reader computes it from the two figures shown: both rounded
 * to `digits` decimals first, then subtracted (and the difference rounded again, so 52.4 − 50.6
 * is 1.8, not 1.7999999999999972). So a shown change always equals the difference of the shown
 * figures, on screen and in every export; it differs from the unrounded change by less than one
 * unit of the last digit (0.1 point for scores). Null when either side is null.
 */
export function shownChange(from: number | null, to: number | null, digits: number): number | null {
  if (from === null || to === null) return null;
  return roundDecimal(roundDecimal(to, digits) - roundDecimal(from, digits), digits);
}
