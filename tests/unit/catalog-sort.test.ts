import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { buildCatalogRows } from '@/domain/catalog/catalog-row';
import { SORT_KEYS, sortCatalog } from '@/domain/catalog/sort-catalog';
import type { Model } from '@/domain/schema/model';
import { fcRuns } from '../fc-runs';

const rows = buildCatalogRows(dataset, '2026-11-26');
// The oracle for names: Intl's collator, as the rest of the app orders them (compareText).
const collator = new Intl.Collator('en-US', { numeric: true });

describe('sortCatalog', () => {
  it('orders names as the rest of the app does: "Lab 2" before "Lab 10", in both directions', () => {
    const base = dataset.models[0] as Model;
    // Names that are not ASCII have no sort key and are compared with the others by compareText.
    const names = [
      'Lab 10',
      'lab 2',
      'Läb 3',
      'Lab 2',
      'Lab 1',
      'Lab 02b',
      'LAB 9',
      'Lab-3',
      'Lab_3',
      'Łab 5',
    ];
    const own = buildCatalogRows(
      {
        models: names.map((n, i) => ({ ...base, id: `m${i}`, name: n })),
        providers: dataset.providers,
      },
      '2026-11-26',
    );
    const asc = Array.from(sortCatalog(own, 'name', 'asc')).map((i) => own[i]?.model.name);
    expect(asc).toEqual([...names].sort(collator.compare));
    expect(asc.indexOf('Lab 2')).toBeLessThan(asc.indexOf('Lab 10'));
    const desc = Array.from(sortCatalog(own, 'name', 'desc')).map((i) => own[i]?.model.name);
    expect(desc).toEqual([...asc].reverse());
  });

  it('orders the real catalog by name and by provider as Intl.Collator does', () => {
    const byName = Array.from(sortCatalog(rows, 'name', 'asc')).map(
      (i) => rows[i]?.model.name ?? '',
    );
    for (let k = 1; k < byName.length; k++)
      expect(collator.compare(byName[k - 1] ?? '', byName[k] ?? '')).toBeLessThanOrEqual(0);
    const byProvider = Array.from(sortCatalog(rows, 'provider', 'asc')).map(
      (i) => rows[i]?.providerName ?? '',
    );
    for (let k = 1; k < byProvider.length; k++)
      expect(collator.compare(byProvider[k - 1] ?? '', byProvider[k] ?? '')).toBeLessThanOrEqual(0);
  });

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

  it('sorts by openness score, most open first, with ungraded models last in both directions', () => {
    const base = dataset.models.filter((m) => ['olmo-1', 'gpt-5', 'llama-3.1'].includes(m.id));
    const ungraded = {
      ...(base[0] as Model),
      id: 'ungraded',
      name: 'Ungraded',
      openness: undefined,
    };
    const own = buildCatalogRows(
      { models: [...base, ungraded], providers: dataset.providers },
      '2026-11-26',
    );
    const ids = (dir: 'asc' | 'desc') =>
      Array.from(sortCatalog(own, 'score', dir)).map((i) => own[i]?.model.id);
    // OLMo 85.7, Llama 3.1 39.3, GPT-5 21.4 (docs/data.md grades).
    expect(ids('desc')).toEqual(['olmo-1', 'llama-3.1', 'gpt-5', 'ungraded']);
    expect(ids('asc')).toEqual(['gpt-5', 'llama-3.1', 'olmo-1', 'ungraded']);
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
      fcRuns(20),
    );
  });
});
