import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dataset } from '../../mocks/data/dataset';
import { withSynthetic } from '../../mocks/data/synthetic';
import {
  CONTEXT_THRESHOLDS,
  EMPTY_FILTERS,
  searchTokens,
  type CatalogFilters,
} from '../../src/domain/catalog/catalog-filters';
import {
  buildCatalogRows,
  catalogRowText,
  CATALOG_STATUSES,
  MODALITIES,
  WEIGHTS,
  type CatalogRow,
} from '../../src/domain/catalog/catalog-row';
import { catalogColumns } from '../../src/domain/catalog/catalog-columns';
import { filterCatalog } from '../../src/domain/catalog/filter-catalog';
import { sortCatalog } from '../../src/domain/catalog/sort-catalog';
import { LICENSE_TIERS } from '../../src/domain/license';
import { G7_TIERS } from '../../src/domain/openness/g7-tier';
import { MOF_CLASSES } from '../../src/domain/openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  componentGradeSchema,
} from '../../src/domain/openness/openness-components';
import { interleavedMedians, medianMs, type BenchFigure, type BenchSuite } from './harness';

const AS_OF = '2026-11-26';

/** A view an architect would build: several facets at once and a search word. */
const FILTERS: CatalogFilters = {
  ...EMPTY_FILTERS,
  openness: [3, 4, 5],
  commercial: 'yes',
  modality: ['text', 'image'],
  minContext: 32_000,
  status: ['active', 'deprecated'],
  q: 'a',
};

/** The same view with openness filters too: a component, a G7 tier range and a minimum score. */
const OPENNESS_FILTERS: CatalogFilters = {
  ...FILTERS,
  g7: ['open-weights', 'open-source', 'open-source-open-data'],
  minScore: 40,
  components: { ...EMPTY_FILTERS.components, trainingCode: ['open', 'partial'] },
};

const GRADES = componentGradeSchema.options;
const N_COMPONENTS = OPENNESS_COMPONENT_KEYS.length;
const DIMS = 14 + N_COMPONENTS;

/**
 * The straightforward way to the same answer: for every row, test each filter (eleven, the G7
 * tier, the MOF class, the score range and one per openness component) into an array of
 * booleans; a row passing all is a result; for each dimension, a row passing all the others
 * counts in that dimension's facets. `texts` holds each row's search text, made beforehand (the
 * columns hold them too).
 */
function baseline(
  rows: readonly CatalogRow[],
  texts: readonly string[],
  order: Int32Array,
  f: CatalogFilters,
  providerIds: readonly string[],
) {
  const tokens = searchTokens(f.q);
  const fromDay = -Infinity;
  const toDay = Infinity;
  const counts = {
    openness: new Int32Array(6),
    weights: new Int32Array(WEIGHTS.length),
    tier: new Int32Array(LICENSE_TIERS.length),
    commercial: new Int32Array(3),
    userCap: new Int32Array(3),
    provider: new Int32Array(providerIds.length),
    modality: new Int32Array(MODALITIES.length),
    minContext: new Int32Array(CONTEXT_THRESHOLDS.length),
    status: new Int32Array(CATALOG_STATUSES.length),
    g7: new Int32Array(G7_TIERS.length),
    mof: new Int32Array(MOF_CLASSES.length),
    components: new Int32Array(N_COMPONENTS * GRADES.length),
    others: new Int32Array(DIMS),
  };
  const selectedProviders = new Set(f.provider);
  const result: number[] = [];
  const pass = new Array<boolean>(DIMS);
  const minScore = f.minScore ?? -Infinity;
  const maxScore = f.maxScore ?? Infinity;
  const hasScore = f.minScore !== null || f.maxScore !== null;
  for (const idx of order) {
    const r = rows[idx] as CatalogRow;
    const grades = r.gradeSet?.components;
    pass[0] = f.openness.length === 0 || f.openness.includes(r.level);
    pass[1] = f.weights.length === 0 || f.weights.includes(r.weights);
    pass[2] = f.tier.length === 0 || f.tier.includes(r.tier);
    pass[3] = f.commercial === null || r.commercial === (f.commercial === 'yes' ? 0 : 1);
    pass[4] = f.userCap === null || r.userCap === (f.userCap === 'yes' ? 0 : 1);
    pass[5] = selectedProviders.size === 0 || selectedProviders.has(r.model.providerId);
    pass[6] =
      f.modality.length === 0 ||
      f.modality.some((m) => (r.modalityMask & (1 << MODALITIES.indexOf(m))) !== 0);
    pass[7] = f.minContext === null || r.context >= f.minContext;
    pass[8] = r.releaseDay >= fromDay && r.releaseDay <= toDay;
    pass[9] = f.status.length === 0 || f.status.includes(r.status);
    pass[10] = tokens.every((t) => (texts[idx] as string).includes(t));
    pass[11] = f.g7.length === 0 || (r.g7 !== null && f.g7.includes(r.g7));
    pass[12] = f.mof.length === 0 || (r.mof !== null && f.mof.includes(r.mof));
    pass[13] = !hasScore || (r.score >= minScore && r.score <= maxScore);
    for (let c = 0; c < N_COMPONENTS; c++) {
      const key = OPENNESS_COMPONENT_KEYS[c] as (typeof OPENNESS_COMPONENT_KEYS)[number];
      const accepted = f.components[key];
      pass[14 + c] =
        accepted.length === 0 || (grades !== undefined && accepted.includes(grades[key].grade));
    }
    let failures = 0;
    for (let d = 0; d < DIMS; d++) if (!pass[d]) failures++;
    if (failures === 0) result.push(idx);
    for (let d = 0; d < DIMS; d++) {
      const othersPass = failures === 0 || (failures === 1 && !pass[d]);
      if (!othersPass) continue;
      counts.others[d] = (counts.others[d] ?? 0) + 1;
      if (d === 0) counts.openness[r.level] = (counts.openness[r.level] ?? 0) + 1;
      if (d === 1) counts.weights[r.weightsCode] = (counts.weights[r.weightsCode] ?? 0) + 1;
      if (d === 2) counts.tier[r.tierCode] = (counts.tier[r.tierCode] ?? 0) + 1;
      if (d === 3) counts.commercial[r.commercial] = (counts.commercial[r.commercial] ?? 0) + 1;
      if (d === 4) counts.userCap[r.userCap] = (counts.userCap[r.userCap] ?? 0) + 1;
      if (d === 5 && r.providerIdx >= 0)
        counts.provider[r.providerIdx] = (counts.provider[r.providerIdx] ?? 0) + 1;
      if (d === 6) {
        for (let b = 0; b < MODALITIES.length; b++) {
          if (r.modalityMask & (1 << b)) counts.modality[b] = (counts.modality[b] ?? 0) + 1;
        }
      }
      if (d === 7) {
        CONTEXT_THRESHOLDS.forEach((t, i) => {
          if (r.context >= t) counts.minContext[i] = (counts.minContext[i] ?? 0) + 1;
        });
      }
      if (d === 9) counts.status[r.statusCode] = (counts.status[r.statusCode] ?? 0) + 1;
      if (d === 11 && r.g7 !== null) counts.g7[r.g7Code] = (counts.g7[r.g7Code] ?? 0) + 1;
      if (d === 12 && r.mof !== null) counts.mof[r.mofCode] = (counts.mof[r.mofCode] ?? 0) + 1;
      if (d >= 14 && grades !== undefined) {
        const c = d - 14;
        const key = OPENNESS_COMPONENT_KEYS[c] as (typeof OPENNESS_COMPONENT_KEYS)[number];
        const at = c * GRADES.length + GRADES.indexOf(grades[key].grade);
        counts.components[at] = (counts.components[at] ?? 0) + 1;
      }
    }
  }
  return { result, counts };
}

/** `catalog.keystroke_100k_ms`, measured in Chromium by catalog-keystroke.mjs against the build. */
function keystrokeFigure(): BenchFigure | null {
  const script = fileURLToPath(new URL('./catalog-keystroke.mjs', import.meta.url));
  const out = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 300_000 });
  const line = out.stdout.split('\n').find((l) => l.startsWith('catalog.keystroke_100k_ms:'));
  if (!line) {
    // The error's own message (with the page's console errors it lists), not the stack's tail.
    const lines = (out.stderr || out.stdout).trim().split('\n');
    const at = lines.findIndex((l) => /\bError\b/.test(l) && !/^\s+at /.test(l));
    const shown = at >= 0 ? lines.slice(at, at + 4) : lines.slice(-3);
    console.log(`catalog.keystroke_100k_ms: failed (${shown.join(' ')})`);
    return null;
  }
  const value = Number(line.split(':')[1]?.trim().split(' ')[0]);
  if (!Number.isFinite(value)) {
    console.log(line);
    return null;
  }
  return { name: 'catalog.keystroke_100k_ms', value, unit: 'ms' };
}

export const catalogSuite: BenchSuite = {
  name: 'catalog',
  run(): BenchFigure[] {
    const data = withSynthetic(dataset, 100_000);
    const providerIds = data.providers.map((p) => p.id);
    const rows = buildCatalogRows(data, AS_OF);
    const order = sortCatalog(rows, 'name', 'asc');
    const texts = rows.map(catalogRowText);
    const build = medianMs(() => buildCatalogRows(data, AS_OF), { warmup: 1, runs: 5 });
    const sort = medianMs(() => sortCatalog(rows, 'release', 'desc'), { warmup: 1, runs: 5 });

    // The same answer, checked once before timing, for both views.
    const columns = catalogColumns(rows, order);
    for (const view of [FILTERS, OPENNESS_FILTERS]) {
      const ours = filterCatalog(columns, view, providerIds);
      const theirs = baseline(rows, texts, order, view, providerIds);
      if (
        ours.indices.length !== theirs.result.length ||
        ours.facets.others.q !== theirs.counts.others[10] ||
        ours.facets.components.trainingCode.open !== theirs.counts.components[2 * GRADES.length]
      ) {
        throw new Error('catalog bench: the baseline and filterCatalog disagree');
      }
    }

    const t = interleavedMedians(
      {
        ours: () => filterCatalog(columns, FILTERS, providerIds),
        baseline: () => baseline(rows, texts, order, FILTERS, providerIds),
        oursOpenness: () => filterCatalog(columns, OPENNESS_FILTERS, providerIds),
        baselineOpenness: () => baseline(rows, texts, order, OPENNESS_FILTERS, providerIds),
      },
      { warmup: 3, runs: 15 },
    );
    const figures: BenchFigure[] = [
      { name: 'catalog.rows_build_100k_ms', value: build, unit: 'ms' },
      { name: 'catalog.sort_100k_ms', value: sort, unit: 'ms' },
      { name: 'catalog.filter_100k_ms', value: t.ours, unit: 'ms' },
      { name: 'catalog.baseline_100k_ms', value: t.baseline, unit: 'ms' },
      { name: 'catalog.filter_over_baseline_ratio', value: t.ours / t.baseline, unit: 'x' },
      { name: 'catalog.filter_openness_100k_ms', value: t.oursOpenness, unit: 'ms' },
      {
        name: 'catalog.filter_openness_over_baseline_ratio',
        value: t.oursOpenness / t.baselineOpenness,
        unit: 'x',
      },
    ];
    const keystroke = process.env.CATALOG_BENCH_SKIP_KEYSTROKE ? null : keystrokeFigure();
    if (keystroke) figures.push(keystroke);
    return figures;
  },
};
