/** Query parameters that describe the shared view and follow the user from page to page. */
export const CARRIED_PARAMS = ['today', 'asOf', 'w', 'hl', 'home'] as const;

/** The carried part of a query string ("?today=…&asOf=…"), or "". */
export function carriedSearch(search: string): string {
  const from = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const key of CARRIED_PARAMS) {
    const value = from.get(key);
    if (value !== null) out.set(key, value);
  }
  const s = out.toString();
  return s ? `?${s}` : '';
}
