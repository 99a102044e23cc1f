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
import { G7_TIERS, g7Tier } from '@/domain/openness/g7-tier';
import { MOF_CLASSES, mofClass } from '@/domain/openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  componentGradeSchema,
  type ComponentGrade,
  type ComponentGrades,
  type OpennessComponentKey,
} from '@/domain/openness/openness-components';
import { opennessScore } from '@/domain/openness/openness-score';
import type { Model } from '@/domain/schema/model';
import { fcRuns } from '../fc-runs';
import { opennessComponentCuration } from '@mocks/data/curation/openness-components';

const GRADES = componentGradeSchema.options;

const providerIds = dataset.providers.map((p) => p.id);
const AS_OF = '2026-11-26';
const rows = buildCatalogRows(dataset, AS_OF);

function ids(result: { indices: Int32Array }, from: readonly CatalogRow[] = rows): string[] {
  return Array.from(result.indices, (i) => from[i]?.model.id ?? '?');
}

/** The grades in force on the row's as-of date, read straight from the served model (kept per
 * model and date: the property below asks for them once per row, dimension and case). */
const gradesKept = new WeakMap<Model, Map<string, ComponentGrades | null>>();
function gradesAt(m: Model, asOf: string): ComponentGrades | null {
  let byDate = gradesKept.get(m);
  if (!byDate) gradesKept.set(m, (byDate = new Map()));
  if (!byDate.has(asOf)) byDate.set(asOf, readGradesAt(m, asOf));
  return byDate.get(asOf) ?? null;
}

function readGradesAt(m: Model, asOf: string): ComponentGrades | null {
  const o = m.openness;
  if (!o) return null;
  const sets = o.history.length > 0 ? o.history : [{ from: m.release, components: o.components }];
  let set = sets[0];
  for (const s of sets) if (dayNumber(s.from.date) <= dayNumber(asOf)) set = s;
  if (!set) return null;
  const chosen = set;
  return Object.fromEntries(
    OPENNESS_COMPONENT_KEYS.map((k) => [k, chosen.components[k].grade]),
  ) as ComponentGrades;
}

let asOfOfRows = AS_OF;

// A naive, independent statement of every filter, written from the model's own fields.
function passes(row: CatalogRow, f: CatalogFilters, dim: FilterDimension): boolean {
  const m = row.model;
  const g = gradesAt(m, asOfOfRows);
  if ((OPENNESS_COMPONENT_KEYS as readonly string[]).includes(dim)) {
    const key = dim as OpennessComponentKey;
    return f.components[key].length === 0 || (g !== null && f.components[key].includes(g[key]));
  }
  switch (dim) {
    case 'g7':
      return f.g7.length === 0 || (g !== null && f.g7.includes(g7Tier(g).tier));
    case 'mof':
      return f.mof.length === 0 || (g !== null && f.mof.includes(mofClass(g).mofClass));
    case 'score': {
      if (f.minScore === null && f.maxScore === null) return true;
      if (g === null) return false;
      const v = opennessScore(g).score ?? -1;
      return v >= (f.minScore ?? -Infinity) && v <= (f.maxScore ?? Infinity);
    }
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
  throw new Error(`no naive filter for ${dim}`);
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
    g7: Object.fromEntries(
      G7_TIERS.map((t) => [
        t,
        count('g7', (r) => {
          const g = gradesAt(r.model, asOfOfRows);
          return g !== null && g7Tier(g).tier === t;
        }),
      ]),
    ),
    mof: Object.fromEntries(
      MOF_CLASSES.map((c) => [
        c,
        count('mof', (r) => {
          const g = gradesAt(r.model, asOfOfRows);
          return g !== null && mofClass(g).mofClass === c;
        }),
      ]),
    ),
    components: Object.fromEntries(
      OPENNESS_COMPONENT_KEYS.map((k) => [
        k,
        Object.fromEntries(
          GRADES.map((grade) => [
            grade,
            count(k, (r) => gradesAt(r.model, asOfOfRows)?.[k] === grade),
          ]),
        ),
      ]),
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
  g7: some(G7_TIERS),
  mof: some(MOF_CLASSES),
  minScore: fc.option(fc.constantFrom(0, 20, 35.7, 50), { nil: null }),
  maxScore: fc.option(fc.constantFrom(100, 60, 42.9, 10), { nil: null }),
  // Most components unfiltered, a few filtered: a view an architect would build.
  components: fc.record(
    Object.fromEntries(
      OPENNESS_COMPONENT_KEYS.map((k) => [
        k,
        fc.oneof(
          { weight: 6, arbitrary: fc.constant<ComponentGrade[]>([]) },
          { weight: 1, arbitrary: some(GRADES) },
        ),
      ]),
    ) as Record<OpennessComponentKey, fc.Arbitrary<ComponentGrade[]>>,
  ),
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

const gradesArb: fc.Arbitrary<ComponentGrades> = fc.record(
  Object.fromEntries(OPENNESS_COMPONENT_KEYS.map((k) => [k, fc.constantFrom(...GRADES)])) as Record<
    OpennessComponentKey,
    fc.Arbitrary<ComponentGrade>
  >,
);
/** What is done to a model's openness: kept, dropped (not graded), or replaced by other grades. */
const regradeArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant<'keep' | 'drop'>('keep') },
  { weight: 1, arbitrary: fc.constant<'keep' | 'drop'>('drop') },
  { weight: 2, arbitrary: gradesArb },
);

// Data sets built from the real models, some with their unknowns made unknown on purpose, some
// not graded, some graded otherwise (every combination of grades can occur).
const modelsArb = fc
  .subarray(dataset.models, { minLength: 0 })
  .chain((models) =>
    fc.tuple(
      fc.constant(models),
      fc.array(fc.boolean(), { minLength: models.length, maxLength: models.length }),
      fc.array(regradeArb, { minLength: models.length, maxLength: models.length }),
    ),
  )
  .map(([models, blank, regrade]): Model[] =>
    models.map((model, i) => {
      let m = blank[i] ? { ...model, contextWindow: null, modalities: null } : model;
      const r = regrade[i];
      if (r === 'drop') {
        const { openness: _dropped, ...rest } = m;
        m = rest;
      } else if (r !== undefined && r !== 'keep' && m.openness) {
        const components = Object.fromEntries(
          OPENNESS_COMPONENT_KEYS.map((k) => [k, { grade: r[k] }]),
        ) as NonNullable<Model['openness']>['components'];
        m = { ...m, openness: { ...m.openness, components, history: [] } };
      }
      return m;
    }),
  );
const asOfArb = fc.constantFrom('2023-06-01', '2025-01-08', '2026-04-08', AS_OF);

describe('filterCatalog', () => {
  it('lists every model in the given order with no filter', () => {
    const result = filterCatalog(catalogColumns(rows), EMPTY_FILTERS, providerIds);
    expect(result.indices).toHaveLength(dataset.models.length);
    expect(result.facets.others.openness).toBe(dataset.models.length);
  });

  it('with openness 4 and 5 lists only level 4 and 5 models', () => {
    const result = filterCatalog(
      catalogColumns(rows),
      { ...EMPTY_FILTERS, openness: [4, 5] },
      providerIds,
    );
    expect(result.indices.length).toBeGreaterThan(0);
    for (const i of result.indices) expect([4, 5]).toContain(rows[i]?.level);
    expect(ids(result)).toContain('olmo-2');
  });

  it('never counts an unknown context window or modality as a match', () => {
    const unknownCtx = rows.filter((r) => r.model.contextWindow === null).map((r) => r.model.id);
    const unknownMod = rows.filter((r) => r.model.modalities === null).map((r) => r.model.id);
    expect(unknownCtx.length).toBeGreaterThan(0);
    expect(unknownMod.length).toBeGreaterThan(0);
    const ctx = ids(
      filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, minContext: 1 }, providerIds),
    );
    expect(ctx.filter((id) => unknownCtx.includes(id))).toEqual([]);
    const mod = ids(
      filterCatalog(
        catalogColumns(rows),
        { ...EMPTY_FILTERS, modality: [...MODALITIES] },
        providerIds,
      ),
    );
    expect(mod.filter((id) => unknownMod.includes(id))).toEqual([]);
  });

  it('never counts unknown license terms as commercial use allowed or refused', () => {
    const unknown = rows.filter((r) => r.tier === 'unknown').map((r) => r.model.id);
    expect(unknown.length).toBeGreaterThan(0);
    for (const commercial of ['yes', 'no'] as const) {
      const got = ids(
        filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, commercial }, providerIds),
      );
      expect(got.filter((id) => unknown.includes(id))).toEqual([]);
    }
  });

  it('matches every search word over name, family, license and restrictions, ignoring case', () => {
    const got = ids(
      filterCatalog(catalogColumns(rows), { ...EMPTY_FILTERS, q: 'LLAMA monthly' }, providerIds),
    );
    expect(got.length).toBeGreaterThan(0);
    for (const id of got) expect(id).toMatch(/llama/);
  });

  it('reads a month as its whole month at the end of a release range', () => {
    const june = filterCatalog(
      catalogColumns(rows),
      { ...EMPTY_FILTERS, from: '2025-06', to: '2025-06' },
      providerIds,
    );
    for (const i of june.indices) expect(rows[i]?.model.release.date.slice(0, 7)).toBe('2025-06');
  });

  it('keeps exactly the models whose training data is open, read from the curated grades', () => {
    const want = Object.entries(opennessComponentCuration)
      .filter(([, sets]) => sets[sets.length - 1]?.components.trainingDataBase.grade === 'open')
      .map(([id]) => id)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    const got = ids(
      filterCatalog(
        catalogColumns(rows),
        {
          ...EMPTY_FILTERS,
          components: { ...EMPTY_FILTERS.components, trainingDataBase: ['open'] },
        },
        providerIds,
      ),
    ).sort();
    expect(got).toEqual(want);
  });

  it('never takes an unknown component for open, nor an ungraded model for any grade', () => {
    const unknownCode = rows.filter(
      (r) => r.gradeSet?.components.inferenceCode.grade === 'unknown',
    );
    expect(unknownCode.length).toBeGreaterThan(0);
    const open = ids(
      filterCatalog(
        catalogColumns(rows),
        {
          ...EMPTY_FILTERS,
          components: { ...EMPTY_FILTERS.components, inferenceCode: ['open', 'partial', 'closed'] },
        },
        providerIds,
      ),
    );
    for (const r of unknownCode) expect(open).not.toContain(r.model.id);
    const ungraded = buildCatalogRows(
      {
        models: [{ ...(dataset.models[0] as Model), openness: undefined }],
        providers: dataset.providers,
      },
      AS_OF,
    );
    const any = filterCatalog(
      catalogColumns(ungraded),
      {
        ...EMPTY_FILTERS,
        components: { ...EMPTY_FILTERS.components, api: [...GRADES] },
        minScore: 0,
      },
      providerIds,
    );
    expect(any.indices).toHaveLength(0);
  });

  it('keeps the order it is given', () => {
    const order = Int32Array.from(rows.map((_, i) => rows.length - 1 - i));
    const result = filterCatalog(
      catalogColumns(rows, order),
      { ...EMPTY_FILTERS, weights: ['open'] },
      providerIds,
    );
    const got = Array.from(result.indices);
    expect(got).toEqual([...got].sort((a, b) => b - a));
  });

  it('property: the result equals a naive filter', () => {
    fc.assert(
      fc.property(modelsArb, asOfArb, filtersArb, (models, asOf, f) => {
        asOfOfRows = asOf;
        const r = buildCatalogRows({ models, providers: dataset.providers }, asOf);
        const got = ids(filterCatalog(catalogColumns(r), f, providerIds), r);
        const want = r.filter((row) => passesAllBut(row, f, null)).map((row) => row.model.id);
        expect(got).toEqual(want);
      }),
      fcRuns(300),
    );
  });

  it('property: with only openness filters (components, tier, class, score), the result equals a naive filter', () => {
    const opennessOnly = filtersArb.map((f): CatalogFilters => ({
      ...EMPTY_FILTERS,
      g7: f.g7,
      mof: f.mof,
      minScore: f.minScore,
      maxScore: f.maxScore,
      components: f.components,
    }));
    fc.assert(
      fc.property(modelsArb, asOfArb, opennessOnly, (models, asOf, f) => {
        asOfOfRows = asOf;
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
        asOfOfRows = asOf;
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
        asOfOfRows = AS_OF;
        const narrow = filterCatalog(catalogColumns(rows), f, providerIds);
        const wide = filterCatalog(catalogColumns(rows), withoutDimension(f, dim), providerIds);
        expect(wide.indices.length).toBeGreaterThanOrEqual(narrow.indices.length);
        expect(narrow.facets.others[dim]).toBe(wide.indices.length);
      }),
      fcRuns(200),
    );
  });
});
