import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { EMPTY_FILTERS } from '@/domain/catalog/catalog-filters';
import { buildCatalogRows } from '@/domain/catalog/catalog-row';
import {
  neutralizeCell,
  toCatalogCsv,
  toCatalogJson,
  type ExportStamp,
} from '@/domain/catalog/catalog-export';
import type { Model } from '@/domain/schema/model';

const stamp: ExportStamp = {
  asOf: '2026-04-08',
  methodologyId: 'rvm-1',
  settings: { halfLifeDays: 365 },
  datasetVersion: 'test',
  compiledOn: '2026-11-26',
  filters: EMPTY_FILTERS,
};

describe('catalog export', () => {
  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralizeCell(bad)).toBe(`'${bad}`);
    for (const ok of ['Llama', '1-2', "'quoted", '']) expect(neutralizeCell(ok)).toBe(ok);
  });

  it('writes one CSV row per model, read back with papaparse, with formulas neutralised', () => {
    const base = dataset.models[0] as Model;
    const evil: Model = {
      ...base,
      id: 'evil',
      name: '=HYPERLINK("http://x")',
      family: '+cmd',
      notes: null,
    };
    const rows = buildCatalogRows(
      { models: [evil, ...dataset.models.slice(1, 5)], providers: dataset.providers },
      stamp.asOf,
    );
    const risk = new Float64Array(dataset.providers.length).fill(42.345);
    const csv = toCatalogCsv(rows, [0, 1, 2], risk, stamp);
    expect(csv.startsWith('# AI Vendor Risk Radar model catalog, as of 2026-04-08')).toBe(true);
    expect(csv).toContain('methodology rvm-1');
    const parsed = Papa.parse<Record<string, string>>(csv, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[0]).toMatchObject({
      id: 'evil',
      name: `'=HYPERLINK("http://x")`,
      family: "'+cmd",
      provider_risk: '42.3',
    });
    expect(parsed.data[1]?.id).toBe(rows[1]?.model.id);
  });

  it('writes JSON with its stamp and unknowns as null or "unknown"', () => {
    const rows = buildCatalogRows(dataset, stamp.asOf);
    const unknown = rows.findIndex((r) => r.model.contextWindow === null);
    const doc = JSON.parse(toCatalogJson(rows, [unknown], new Float64Array(0), stamp)) as {
      methodology: { id: string };
      dataset: { version: string };
      count: number;
      models: Array<{ contextWindow: number | null; providerRisk: number | null }>;
    };
    expect(doc.methodology.id).toBe('rvm-1');
    expect(doc.dataset.version).toBe('test');
    expect(doc.count).toBe(1);
    expect(doc.models[0]).toMatchObject({ contextWindow: null, providerRisk: null });
  });
});
