import type { Options } from './form-kit';

/** The weights a model's form offers, open first. */
export const WEIGHTS_OPTIONS: Options = [
  ['open', 'Open: published for download'],
  ['closed', 'Closed: not published'],
];

/** The weights chosen in a select of `WEIGHTS_OPTIONS`. */
export const weightsOf = (value: string): 'open' | 'closed' =>
  value === 'closed' ? 'closed' : 'open';

/**
 * A context window as typed ("128 000", "128,000"): the whole number of tokens, null when left
 * empty (unknown), or 'invalid'.
 */
export function tokenCountOf(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const n = Number(text.replace(/[\s,_]/g, ''));
  return Number.isInteger(n) && n > 0 ? n : 'invalid';
}
