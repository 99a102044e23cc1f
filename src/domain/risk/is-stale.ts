import { dayNumber } from '../dates';

/** True when the as-of day is later than the data set's compile day: later scores only decay. */
export function isStale(asOfIso: string, compiledOn: string): boolean {
  return dayNumber(asOfIso) > dayNumber(compiledOn);
}
