import type { CatalogRow } from './catalog-row';

export const SORT_KEYS = [
  'name',
  'provider',
  'openness',
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
      return row.providerIdx < 0 ? NaN : (risk[row.providerIdx] ?? NaN);
    case 'name':
    case 'provider':
      return 0;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Row indices in display order for a sort key and direction. Unknown values (a context window,
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
  const byName = (a: CatalogRow, b: CatalogRow) =>
    compareText(a.nameKey, b.nameKey) || a.index - b.index;
  if (key === 'name' || key === 'provider') {
    order.sort((i, j) => {
      const a = rows[i] as CatalogRow;
      const b = rows[j] as CatalogRow;
      const primary =
        key === 'provider'
          ? compareText(a.providerKey, b.providerKey)
          : compareText(a.nameKey, b.nameKey);
      return sign * primary || byName(a, b);
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
    return byName(rows[i] as CatalogRow, rows[j] as CatalogRow);
  });
  return order;
}
