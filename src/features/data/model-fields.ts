/** The weights of a model as its forms offer them. */
export const WEIGHTS_LABEL = {
  open: 'Open: published for download',
  closed: 'Closed: not published',
} as const;

/**
 * A context window as typed ("128 000", "128,000"): the whole number of tokens, null when left
 * empty (unknown), or 'invalid'.
 */
export function tokenCountOf(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const n = Number(text.replace(/[\s,_]/g, ''));
  return Number.isInteger(n) && n > 0 ? n : 'invalid';
}
