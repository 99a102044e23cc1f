import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/domain/catalog/catalog-filters';
import { CATALOG_STATUSES, MODALITIES } from '@/domain/catalog/catalog-row';
import {
  DEFAULT_VIEW,
  parseCatalogSearch,
  writeCatalogSearch,
  type CatalogViewState,
} from '@/domain/catalog/catalog-url';
import { SORT_KEYS } from '@/domain/catalog/sort-catalog';
import { LICENSE_TIERS } from '@/domain/license';
import type { OpennessLevel } from '@/domain/openness';
import { fcRuns } from '../fc-runs';

describe('catalog URL state', () => {
  it('reads ?openness=4,5 as levels 4 and 5', () => {
    const { state, issues } = parseCatalogSearch('?openness=4,5');
    expect(state.filters.openness).toEqual([4, 5]);
    expect(issues).toEqual([]);
  });

  it('drops a bad parameter with an issue and keeps the good ones', () => {
    const { state, issues } = parseCatalogSearch(
      '?openness=4,9&tier=permissive&minContext=-3&sort=price&from=2025-13-01',
    );
    expect(state.filters.openness).toEqual([]);
    expect(state.filters.tier).toEqual(['permissive']);
    expect(state.filters.minContext).toBeNull();
    expect(state.sort).toBe('name');
    expect(state.filters.from).toBeNull();
    expect(issues.map((i) => i.param)).toEqual(['openness', 'minContext', 'from', 'sort']);
    expect(issues[0]).toMatchObject({ value: '4,9' });
  });

  it('refuses more than four models to compare', () => {
    const { state, issues } = parseCatalogSearch('?compare=a,b,c,d,e');
    expect(state.compare).toEqual([]);
    expect(issues[0]?.param).toBe('compare');
  });

  it('writes only what differs from the defaults and leaves other parameters alone', () => {
    const params = writeCatalogSearch(new URLSearchParams('asOf=2025-01-01&mock=latency:0&q=old'), {
      ...DEFAULT_VIEW,
      filters: { ...EMPTY_FILTERS, openness: [5, 4] },
    });
    expect(params.toString()).toBe('asOf=2025-01-01&mock=latency%3A0&openness=4%2C5');
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('openness', 'tier', 'q', 'sort', 'compare', 'minContext', 'x'),
            fc.string(),
          ),
        ),
        (pairs) => {
          const search = new URLSearchParams(pairs);
          expect(() => parseCatalogSearch(search)).not.toThrow();
        },
      ),
      fcRuns(300),
    );
  });

  it('property: write then parse gives the same view', () => {
    const some = <T>(values: readonly T[]) => fc.subarray([...values]);
    const stateArb: fc.Arbitrary<CatalogViewState> = fc.record({
      filters: fc.record({
        openness: some<OpennessLevel>([1, 2, 3, 4, 5]),
        weights: some(['open', 'closed'] as const),
        tier: some(LICENSE_TIERS),
        commercial: fc.constantFrom(null, 'yes' as const, 'no' as const),
        userCap: fc.constantFrom(null, 'yes' as const, 'no' as const),
        provider: fc.uniqueArray(fc.constantFrom('meta', 'mistral', 'openai', 'ai2')),
        modality: some(MODALITIES),
        minContext: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: null }),
        from: fc.option(fc.constantFrom('2024-01-01', '2025-06'), { nil: null }),
        to: fc.option(fc.constantFrom('2026-12-31', '2026-04'), { nil: null }),
        status: some(CATALOG_STATUSES),
        q: fc.constantFrom('', 'llama', 'a & b=c', 'gpt oss'),
      }),
      sort: fc.constantFrom(...SORT_KEYS),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
      compare: fc.uniqueArray(
        fc.constantFrom('gpt-5', 'llama-4-scout', 'olmo-2', 'muse-spark', 'qwen3'),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, issues } = parseCatalogSearch(
          writeCatalogSearch(new URLSearchParams(), state),
        );
        expect(issues).toEqual([]);
        const canon = (s: CatalogViewState) => ({
          ...s,
          filters: {
            ...s.filters,
            openness: [...s.filters.openness].sort(),
            weights: [...s.filters.weights].sort(),
            tier: [...s.filters.tier].sort(),
            modality: [...s.filters.modality].sort(),
            status: [...s.filters.status].sort(),
          },
        });
        expect(canon(back)).toEqual(canon(state));
      }),
      fcRuns(300),
    );
  });
});
