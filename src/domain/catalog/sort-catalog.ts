import { compareText } from '../compare-text';
import { providerRiskOf, type CatalogRow } from './catalog-row';

export const SORT_KEYS = [
  'name',
  'provider',
  'openness',
  'score',
  'tier',
  'release',
  'context',
  'status',
  'risk',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

function numericKey(row: CatalogRow, key: SortKey, risk: ArrayLike<number>): number {
  switch (key) {
    case 'openness':
      return row.level;
    case 'score':
      // An ungraded model (NaN) goes last, like every unknown.
      return row.score;
    case 'tier':
      // Unknown terms sort with the unknowns, after every known tier.
      return row.tier === 'unknown' ? NaN : row.tierCode;
    case 'release':
      return row.releaseDay;
    case 'context':
      return row.context < 0 ? NaN : row.context;
    case 'status':
      return row.statusCode;
    case 'risk':
      return providerRiskOf(row, risk);
    case 'name':
    case 'provider':
      return 0;
  }
}

/** compareText of two texts, by their compareTextKey when both have one (null: not ASCII). */
function compareKeyed(a: string, keyA: string | null, b: string, keyB: string | null): number {
  if (keyA !== null && keyB !== null) return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  return compareText(a, b);
}

/**
 * Row indices in display order for a sort key and direction. Unknown values (an openness score, a context window,
 * a license tier, a provider without a risk score: NaN in `providerRisk`) go last in both
 * directions; ties fall back to the name, then to data order, so the order is total.
 * `providerRisk` is indexed like the rows' `providerIdx` (0-100, NaN for "no data").
 */
export function sortCatalog(
  rows: readonly CatalogRow[],
  key: SortKey,
  dir: SortDir,
  providerRisk: ArrayLike<number> = [],
): Int32Array {
  const n = rows.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sign = dir === 'asc' ? 1 : -1;
  // Names in the app's one text order (compareText: "Lab 2" before "Lab 10"), through the keys
  // each row carries, read into arrays once: comparing 100,000 names pair by pair would take
  // about a second, and reading each key through its row in the comparison a third more.
  const nameKeys = new Array<string | null>(n);
  for (let i = 0; i < n; i++) nameKeys[i] = (rows[i] as CatalogRow).nameKey;
  const names = (i: number, j: number): number => {
    const a = nameKeys[i] ?? null;
    const b = nameKeys[j] ?? null;
    if (a !== null && b !== null) return a < b ? -1 : a > b ? 1 : 0;
    return compareText((rows[i] as CatalogRow).model.name, (rows[j] as CatalogRow).model.name);
  };
  const byName = (i: number, j: number) => names(i, j) || i - j;
  if (key === 'name') {
    order.sort((i, j) => sign * names(i, j) || i - j);
    return order;
  }
  if (key === 'provider') {
    order.sort((i, j) => {
      const a = rows[i] as CatalogRow;
      const b = rows[j] as CatalogRow;
      const primary = compareKeyed(a.providerName, a.providerKey, b.providerName, b.providerKey);
      return sign * primary || byName(i, j);
    });
    return order;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = numericKey(rows[i] as CatalogRow, key, providerRisk);
  order.sort((i, j) => {
    const ka = keys[i] as number;
    const kb = keys[j] as number;
    const na = Number.isNaN(ka);
    const nb = Number.isNaN(kb);
    if (na !== nb) return na ? 1 : -1;
    if (!na && ka !== kb) return sign * (ka - kb);
    return byName(i, j);
  });
  return order;
}
