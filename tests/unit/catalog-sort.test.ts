import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { buildCatalogRows } from '@/domain/catalog/catalog-row';
import { SORT_KEYS, sortCatalog } from '@/domain/catalog/sort-catalog';

const rows = buildCatalogRows(dataset, '2026-11-26');

describe('sortCatalog', () => {
  it('sorts by release date, newest first', () => {
    const order = Array.from(sortCatalog(rows, 'release', 'desc'));
    const days = order.map((i) => rows[i]?.releaseDay ?? 0);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('puts unknown context windows last in both directions', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const order = Array.from(sortCatalog(rows, 'context', dir));
      const firstUnknown = order.findIndex((i) => rows[i]?.model.contextWindow === null);
      expect(order.slice(firstUnknown).every((i) => rows[i]?.model.contextWindow === null)).toBe(
        true,
      );
    }
  });

  it('puts providers without a risk score last', () => {
    const risk = dataset.providers.map((_, i) => (i === 0 ? NaN : i));
    const order = Array.from(sortCatalog(rows, 'risk', 'asc', risk));
    const last = rows[order[order.length - 1] ?? 0];
    expect(last?.providerIdx).toBe(0);
  });

  it('property: every sort is a permutation, and reversing the direction reverses the known part', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SORT_KEYS), (key) => {
        const asc = Array.from(sortCatalog(rows, key, 'asc'));
        expect([...asc].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
      }),
      { numRuns: 20 },
    );
  });
});
