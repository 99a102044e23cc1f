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
import { G7_TIERS } from '@/domain/openness/g7-tier';
import { MOF_CLASSES } from '@/domain/openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  componentGradeSchema,
  type ComponentGrade,
  type OpennessComponentKey,
} from '@/domain/openness/openness-components';

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

  it('reads the openness filters: a component per parameter, tiers, classes and a score range', () => {
    const { state, issues } = parseCatalogSearch(
      '?weights=open&trainingCode=open&trainingDataBase=partial,open&g7=open-source,none&mof=class-ii&minScore=40&maxScore=85.5',
    );
    expect(issues).toEqual([]);
    expect(state.filters.components.trainingCode).toEqual(['open']);
    // Lists come back in the canonical order of the grades.
    expect(state.filters.components.trainingDataBase).toEqual(['open', 'partial']);
    expect(state.filters.components.license).toEqual([]);
    expect(state.filters.g7).toEqual(['open-source', 'none']);
    expect(state.filters.mof).toEqual(['class-ii']);
    expect([state.filters.minScore, state.filters.maxScore]).toEqual([40, 85.5]);
  });

  it('drops a bad openness parameter alone, naming it', () => {
    const { state, issues } = parseCatalogSearch(
      '?trainingCode=opened&g7=open&minScore=101&maxScore=-1&license=closed',
    );
    expect(issues.map((i) => i.param).sort()).toEqual([
      'g7',
      'maxScore',
      'minScore',
      'trainingCode',
    ]);
    expect(state.filters.components.license).toEqual(['closed']);
    expect(state.filters.components.trainingCode).toEqual([]);
  });

  it("writes a component filter under the component's name", () => {
    const params = writeCatalogSearch(new URLSearchParams(), {
      ...DEFAULT_VIEW,
      filters: {
        ...EMPTY_FILTERS,
        weights: ['open'],
        components: { ...EMPTY_FILTERS.components, trainingCode: ['open'] },
      },
    });
    expect(params.toString()).toBe('weights=open&trainingCode=open');
  });

  it('keeps the first four models of a link that names more, and says which were left out', () => {
    const { state, issues } = parseCatalogSearch('?compare=a,b,c,d,e,f');
    expect(state.compare).toEqual(['a', 'b', 'c', 'd']);
    expect(issues).toEqual([
      {
        param: 'compare',
        value: 'e,f',
        message: 'at most 4 models are compared: the first 4 (a, b, c, d) are kept, these are left out',
      },
    ]);
    // Written back, the link names the four compared.
    expect(writeCatalogSearch(new URLSearchParams(), state).get('compare')).toBe('a,b,c,d');
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
        g7: some(G7_TIERS),
        mof: some(MOF_CLASSES),
        minScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        maxScore: fc.option(
          fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
          { nil: null },
        ),
        components: fc.record(
          Object.fromEntries(
            OPENNESS_COMPONENT_KEYS.map((k) => [k, some(componentGradeSchema.options)]),
          ) as Record<OpennessComponentKey, fc.Arbitrary<ComponentGrade[]>>,
        ),
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
            g7: [...s.filters.g7].sort(),
            mof: [...s.filters.mof].sort(),
            components: Object.fromEntries(
              OPENNESS_COMPONENT_KEYS.map((k) => [k, [...s.filters.components[k]].sort()]),
            ),
          },
        });
        expect(canon(back)).toEqual(canon(state));
      }),
      fcRuns(300),
    );
  });
});
