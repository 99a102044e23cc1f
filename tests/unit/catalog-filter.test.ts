import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import {
  buildCatalogRows,
  CATALOG_STATUSES,
  MODALITIES,
  type CatalogRow,
} from '@/domain/catalog/catalog-row';
import {
  CONTEXT_THRESHOLDS,
  EMPTY_FILTERS,
  FILTER_DIMENSIONS,
  withoutDimension,
  type CatalogFilters,
  type FilterDimension,
} from '@/domain/catalog/catalog-filters';
import { catalogColumns } from '@/domain/catalog/catalog-columns';
import { filterCatalog } from '@/domain/catalog/filter-catalog';
import { dayNumber } from '@/domain/dates';
import { commercialUseAllowed, hasUserCap, LICENSE_TIERS } from '@/domain/license';
import type { OpennessLevel } from '@/domain/openness';
import type { Model } from '@/domain/schema/model';
import { fcRuns } from '../fc-runs';

const providerIds = dataset.providers.map((p) => p.id);
const AS_OF = '2026-11-26';
const rows = buildCatalogRows(dataset, AS_OF);

function ids(result: { indices: Int32Array }, from: readonly CatalogRow[] = rows): string[] {
  return Array.from(result.indices, (i) => from[i]?.model.id ?? '?');
}

// A naive, independent statement of every filter, written from the model's own fields.
function passes(row: CatalogRow, f: CatalogFilters, dim: FilterDimension): boolean {
  const m = row.model;
  switch (dim) {
    case 'openness':
      return f.openness.length === 0 || f.openness.includes(row.level);
    case 'weights':
      return f.weights.length === 0 || f.weights.includes(row.entry.weights);
    case 'tier':
      return f.tier.length === 0 || f.tier.includes(row.tier);
    case 'commercial':
      return f.commercial === null || commercialUseAllowed(row.tier) === (f.commercial === 'yes');
    case 'userCap':
      if (f.userCap === null) return true;
      if (f.userCap === 'yes') return hasUserCap(row.entry);
      return !hasUserCap(row.entry) && row.tier !== 'unknown';
    case 'provider':
      return (
        f.provider.length === 0 ||
        (providerIds.includes(m.providerId) && f.provider.includes(m.providerId))
      );
    case 'modality': {
      if (f.modality.length === 0) return true;
      if (m.modalities === null) return false;
      const all = [...m.modalities.input, ...m.modalities.output];
      return f.modality.some((x) => all.includes(x));
    }
    case 'minContext':
      return f.minContext === null || (m.contextWindow !== null && m.contextWindow >= f.minContext);
    case 'release': {
      const d = dayNumber(m.release.date);
      if (f.from !== null && d < dayNumber(f.from)) return false;
      if (f.to !== null && d > dayNumber(f.to)) return false;
      return true;
    }
    case 'status':
      return f.status.length === 0 || f.status.includes(row.status);
    case 'q': {
      const text = [m.name, m.family, row.entry.license ?? '', ...row.entry.restrictions]
        .join(' ')
        .toLowerCase();
      return f.q
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => text.includes(w));
    }
  }
}

function passesAllBut(row: CatalogRow, f: CatalogFilters, except: FilterDimension | null): boolean {
  return FILTER_DIMENSIONS.every((d) => d === except || passes(row, f, d));
}

function naiveFacets(all: readonly CatalogRow[], f: CatalogFilters) {
  const count = (dim: FilterDimension, has: (r: CatalogRow) => boolean) =>
    all.filter((r) => passesAllBut(r, f, dim) && has(r)).length;
  const yesNo = (dim: 'commercial' | 'userCap') => ({
    yes: all.filter((r) => passesAllBut(r, f, dim) && passes(r, { ...f, [dim]: 'yes' }, dim))
      .length,
    no: all.filter((r) => passesAllBut(r, f, dim) && passes(r, { ...f, [dim]: 'no' }, dim)).length,
  });
  return {
    openness: Object.fromEntries(
      ([1, 2, 3, 4, 5] as const).map((l) => [l, count('openness', (r) => r.level === l)]),
    ),
    weights: {
      open: count('weights', (r) => r.weights === 'open'),
      closed: count('weights', (r) => r.weights === 'closed'),
    },
    tier: Object.fromEntries(LICENSE_TIERS.map((t) => [t, count('tier', (r) => r.tier === t)])),
    commercial: yesNo('commercial'),
    userCap: yesNo('userCap'),
    provider: Object.fromEntries(
      providerIds.map((p) => [p, count('provider', (r) => r.model.providerId === p)]),
    ),
    modality: Object.fromEntries(
      MODALITIES.map((x) => [
        x,
        count('modality', (r) => passes(r, { ...f, modality: [x] }, 'modality')),
      ]),
    ),
    minContext: CONTEXT_THRESHOLDS.map((t) =>
      count('minContext', (r) => passes(r, { ...f, minContext: t }, 'minContext')),
    ),
    status: Object.fromEntries(
      CATALOG_STATUSES.map((s) => [s, count('status', (r) => r.status === s)]),
    ),
    others: Object.fromEntries(FILTER_DIMENSIONS.map((d) => [d, count(d, () => true)])),
  };
}

const some = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 0 });
const isoDay = fc
  .integer({ min: dayNumber('2019-01-01'), max: dayNumber('2027-01-01') })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const filtersArb: fc.Arbitrary<CatalogFilters> = fc.record({
  openness: some<OpennessLevel>([1, 2, 3, 4, 5]),
  weights: some(['open', 'closed'] as const),
  tier: some(LICENSE_TIERS),
  commercial: fc.constantFrom(null, 'yes' as const, 'no' as const),
  userCap: fc.constantFrom(null, 'yes' as const, 'no' as const),
  provider: some([...providerIds, 'no-such-provider']),
  modality: some(MODALITIES),
  minContext: fc.option(fc.constantFrom(1, 4_096, 32_000, 128_000, 200_000, 1_000_000, 2_000_000), {
    nil: null,
  }),
  from: fc.option(isoDay, { nil: null }),
  to: fc.option(isoDay, { nil: null }),
  status: some(CATALOG_STATUSES),
  q: fc.constantFrom(
    '',
    'llama',
    'LLAMA 4',
    'apache',
    'gpt oss',
    'users',
    'zzz',
    '  mit ',
    'community license',
    'llama llama',
    'a b',
    '-',
  ),
});

// Data sets built from the real models, some with their unknowns made unknown on purpose.
const modelsArb = fc
  .subarray(dataset.models, { minLength: 0 })
  .chain((models) =>
    fc.tuple(
      fc.constant(models),
      fc.array(fc.boolean(), { minLength: models.length, maxLength: models.length }),
    ),
  )
  .map(([models, blank]): Model[] =>
    models.map((m, i) => (blank[i] ? { ...m, contextWindow: null, modalities: null } : m)),
  );
const asOfArb = fc.constantFrom('2023-06-01', '2025-01-08', '2026-04-08', AS_OF);

describe('filterCatalog', () => {
  it('lists every model in the given order with no filter', () => {
    const result = filterCatalog(catalogColumns(rows), EMPTY_FILTERS, providerIds);
    expect(result.indices).toHaveLength(dataset.models.length);
    expect(result.facets.others.openness).toBe(dataset.models.length);
  });

  it('with openness 4 and 5 lists only level 4 and 5 models', () => {
    const result = filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, openness: [4, 5] }, providerIds);
    expect(result.indices.length).toBeGreaterThan(0);
    for (const i of result.indices) expect([4, 5]).toContain(rows[i]?.level);
    expect(ids(result)).toContain('olmo-2');
  });

  it('never counts an unknown context window or modality as a match', () => {
    const unknownCtx = rows.filter((r) => r.model.contextWindow === null).map((r) => r.model.id);
    const unknownMod = rows.filter((r) => r.model.modalities === null).map((r) => r.model.id);
    expect(unknownCtx.length).toBeGreaterThan(0);
    expect(unknownMod.length).toBeGreaterThan(0);
    const ctx = ids(filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, minContext: 1 }, providerIds));
    expect(ctx.filter((id) => unknownCtx.includes(id))).toEqual([]);
    const mod = ids(
      filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, modality: [...MODALITIES] }, providerIds),
    );
    expect(mod.filter((id) => unknownMod.includes(id))).toEqual([]);
  });

  it('never counts unknown license terms as commercial use allowed or refused', () => {
    const unknown = rows.filter((r) => r.tier === 'unknown').map((r) => r.model.id);
    expect(unknown.length).toBeGreaterThan(0);
    for (const commercial of ['yes', 'no'] as const) {
      const got = ids(filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, commercial }, providerIds));
      expect(got.filter((id) => unknown.includes(id))).toEqual([]);
    }
  });

  it('matches every search word over name, family, license and restrictions, ignoring case', () => {
    const got = ids(filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, q: 'LLAMA monthly' }, providerIds));
    expect(got.length).toBeGreaterThan(0);
    for (const id of got) expect(id).toMatch(/llama/);
  });

  it('reads a month as its whole month at the end of a release range', () => {
    const june = filterCatalog(catalogColumns(rows),
      { ...EMPTY_FILTERS, from: '2025-06', to: '2025-06' },
      providerIds,
    );
    for (const i of june.indices) expect(rows[i]?.model.release.date.slice(0, 7)).toBe('2025-06');
  });

  it('keeps the order it is given', () => {
    const order = Int32Array.from(rows.map((_, i) => rows.length - 1 - i));
    const result = filterCatalog(catalogColumns(rows, order), { ...EMPTY_FILTERS, weights: ['open'] }, providerIds);
    const got = Array.from(result.indices);
    expect(got).toEqual([...got].sort((a, b) => b - a));
  });

  it('property: the result equals a naive filter', () => {
    fc.assert(
      fc.property(modelsArb, asOfArb, filtersArb, (models, asOf, f) => {
        const r = buildCatalogRows({ models, providers: dataset.providers }, asOf);
        const got = ids(filterCatalog(catalogColumns(r), f, providerIds), r);
        const want = r.filter((row) => passesAllBut(row, f, null)).map((row) => row.model.id);
        expect(got).toEqual(want);
      }),
      fcRuns(300),
    );
  });

  it('property: each facet count equals the count over the set filtered by the other filters', () => {
    fc.assert(
      fc.property(modelsArb, asOfArb, filtersArb, (models, asOf, f) => {
        const r = buildCatalogRows({ models, providers: dataset.providers }, asOf);
        const { facets } = filterCatalog(catalogColumns(r), f, providerIds);
        expect(facets).toEqual(naiveFacets(r, f));
      }),
      fcRuns(200),
    );
  });

  it('property: dropping a filter never shrinks the result, and its "others" count is that result', () => {
    fc.assert(
      fc.property(filtersArb, fc.constantFrom(...FILTER_DIMENSIONS), (f, dim) => {
        const narrow = filterCatalog(catalogColumns(rows), f, providerIds);
        const wide = filterCatalog(catalogColumns(rows), withoutDimension(f, dim), providerIds);
        expect(wide.indices.length).toBeGreaterThanOrEqual(narrow.indices.length);
        expect(narrow.facets.others[dim]).toBe(wide.indices.length);
      }),
      fcRuns(200),
    );
  });
});
