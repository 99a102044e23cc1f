import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { EMPTY_FILTERS } from '@/domain/catalog/catalog-filters';
import { buildCatalogRows } from '@/domain/catalog/catalog-row';
import { parseCatalogSearch } from '@/domain/catalog/catalog-url';
import { toCatalogCsv, toCatalogJson, type ExportStamp } from '@/domain/catalog/catalog-export';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import type { Model } from '@/domain/schema/model';
import { parseViewParams } from '@/domain/url/view-params';
import { expectSafeCsv, FORMULA_START } from './csv-readers';

const stamp: ExportStamp = {
  asOf: '2026-04-08',
  methodologyId: 'rvm-1',
  settings: DEFAULT_RISK_SETTINGS,
  datasetVersion: 'test',
  compiledOn: '2026-11-26',
  factsCurrentTo: '2026-05-20',
  filters: EMPTY_FILTERS,
};

const base = dataset.models[0] as Model;
const evil: Model = {
  ...base,
  id: 'evil',
  name: '=HYPERLINK("http://x")',
  family: '+cmd',
  notes: null,
};

describe('catalog export', () => {
  it('CSV: one row per model, formulas neutralised, numbers as numbers, stamp in columns', async () => {
    const rows = buildCatalogRows(
      { models: [evil, ...dataset.models.slice(1, 5)], providers: dataset.providers },
      stamp.asOf,
    );
    const risk = new Float64Array(dataset.providers.length).fill(42.35);
    const csv = toCatalogCsv(rows, [0, 1, 2], risk, stamp);
    // No comment lines: the first line is the header.
    expect(csv.startsWith('"id","name","provider"')).toBe(true);
    expect(csv).not.toMatch(/^#/m);
    const { papa, python } = await expectSafeCsv(csv);
    const header = papa[0] ?? [];
    const at = (name: string) => header.indexOf(name);
    expect(papa).toHaveLength(4);
    const first = python[1] ?? [];
    expect(first[at('id')]).toBe('evil');
    expect(first[at('name')]).toBe(`'=HYPERLINK("http://x")`);
    expect(first[at('family')]).toBe("'+cmd");
    // 42.35 is shown as 42.4 (half away from zero on the decimal value), and read as a number.
    expect(first[at('provider_risk')]).toBe(42.4);
    expect(typeof first[at('openness_level')]).toBe('number');
    for (const row of python.slice(1)) {
      expect(row[at('as_of')]).toBe('2026-04-08');
      expect(row[at('methodology_id')]).toBe('rvm-1');
      expect(row[at('dataset_version')]).toBe('test');
      expect(row[at('compiled_on')]).toBe('2026-11-26');
      expect(row[at('settings')]).toMatch(/^weights Openness 35, .*half-life 365 days/);
      expect(row[at('filters')]).toBe('none');
    }
  });

  it('a shared link with home=x,=1+1,@SUM(1+1) puts no formula cell in the CSV', async () => {
    // As the issue wrote it (a + in a query string is a space) and with the + encoded.
    for (const [search, home] of [
      ['?home=x,=1+1,@SUM(1+1)&q==cmd|calc&provider=meta,openai', 'x,=1 1,@SUM(1 1)'],
      ['?home=x,=1%2B1,@SUM(1%2B1)&q==cmd|calc&provider=meta,openai', 'x,=1+1,@SUM(1+1)'],
    ] as const) {
      const { settings } = parseViewParams(search, DEFAULT_RISK_SETTINGS);
      expect(settings.jurisdiction.home).toBe(home);
      const { state } = parseCatalogSearch(search);
      const rows = buildCatalogRows(dataset, stamp.asOf);
      const csv = toCatalogCsv(rows, [0, 1], new Float64Array(0), {
        ...stamp,
        settings,
        filters: state.filters,
      });
      const { papa } = await expectSafeCsv(csv);
      const header = papa[0] ?? [];
      expect(papa[1]?.[header.indexOf('settings')]).toContain(`home jurisdiction ${home}`);
      expect(papa[1]?.[header.indexOf('filters')]).toBe('provider=meta,openai; q==cmd|calc');
      for (const row of papa) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    }
  });

  it('JSON: stamped, unknowns as null, text values neutralised like the CSV', () => {
    const rows = buildCatalogRows(
      { models: [evil, ...dataset.models], providers: dataset.providers },
      stamp.asOf,
    );
    const unknown = rows.findIndex((r) => r.model.contextWindow === null);
    const doc = JSON.parse(toCatalogJson(rows, [0, unknown], new Float64Array(0), stamp)) as {
      methodology: { id: string };
      dataset: { version: string };
      count: number;
      models: Array<{
        name: string;
        family: string;
        contextWindow: number | null;
        providerRisk: number | null;
      }>;
    };
    expect(doc.methodology.id).toBe('rvm-1');
    expect(doc.dataset.version).toBe('test');
    expect(doc.count).toBe(2);
    expect(doc.models[0]).toMatchObject({ name: `'=HYPERLINK("http://x")`, family: "'+cmd" });
    expect(doc.models[1]).toMatchObject({ contextWindow: null, providerRisk: null });
  });

  it('CSV and JSON carry the openness score, G7 tier, MOF class and every component grade', async () => {
    const ungraded: Model = { ...base, id: 'ungraded', openness: undefined };
    const models = [dataset.models.find((m) => m.id === 'olmo-1') as Model, ungraded];
    const rows = buildCatalogRows({ models, providers: dataset.providers }, '2026-11-26');
    const csv = toCatalogCsv(rows, [0, 1], new Float64Array(0), stamp);
    const { python } = await expectSafeCsv(csv);
    const header = (python[0] ?? []) as string[];
    const at = (name: string) => header.indexOf(name);
    expect(header.filter((h) => h.startsWith('grade_'))).toEqual([
      'grade_base_weights',
      'grade_end_weights',
      'grade_training_code',
      'grade_training_data_base',
      'grade_training_data_fine_tuning',
      'grade_inference_code',
      'grade_architecture',
      'grade_technical_report',
      'grade_peer_reviewed_paper',
      'grade_model_card',
      'grade_data_sheet',
      'grade_package',
      'grade_api',
      'grade_license',
    ]);
    const olmo = python[1] ?? [];
    // OLMo: 12 of 14 open, the peer-reviewed paper and the API unknown: 85.7, shown and written so.
    expect(olmo[at('openness_score')]).toBe(85.7);
    expect(olmo[at('g7_tier')]).toBe('open-source-open-data');
    expect(olmo[at('mof_class')]).toBe('class-ii');
    expect(olmo[at('grade_training_data_base')]).toBe('open');
    expect(olmo[at('grade_peer_reviewed_paper')]).toBe('unknown');
    const none = python[2] ?? [];
    expect(none[at('openness_score')]).toBe('');
    expect(none[at('g7_tier')]).toBe('not graded');
    expect(none[at('grade_license')]).toBe('not graded');

    const doc = JSON.parse(toCatalogJson(rows, [0, 1], new Float64Array(0), stamp)) as {
      models: Array<{
        opennessScore: number | null;
        components: Record<
          string,
          { grade: string; source: string | null; checked: string }
        > | null;
      }>;
    };
    expect(doc.models[0]?.opennessScore).toBe(85.7);
    expect(doc.models[0]?.components?.trainingDataBase).toMatchObject({
      grade: 'open',
      source: expect.stringMatching(/^https:\/\//),
      checked: '2026-12-02',
    });
    expect(doc.models[0]?.components?.peerReviewedPaper).toMatchObject({
      grade: 'unknown',
      source: null,
    });
    expect(doc.models[1]?.components).toBeNull();
  });
});
