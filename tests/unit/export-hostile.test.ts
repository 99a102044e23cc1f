import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { toCatalogCsv, toCatalogJson } from '@/domain/catalog/catalog-export';
import { buildCatalogRows } from '@/domain/catalog/catalog-row';
import { parseCatalogSearch } from '@/domain/catalog/catalog-url';
import { portfolioToCsv, portfolioToJson } from '@/domain/portfolio-io/export-portfolio';
import { importPortfolio } from '@/domain/portfolio-io/import-portfolio';
import { buildRiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { reportToMarkdown } from '@/domain/report/report-to-markdown';
import { DEFAULT_RISK_SETTINGS, METHODOLOGY_ID } from '@/domain/risk/settings';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import type { Dataset } from '@/domain/schema/dataset';
import type { Dependency } from '@/domain/schema/dependency';
import { parseViewParams } from '@/domain/url/view-params';
import { expectSafeCsv, FORMULA_START } from './csv-readers';

// Every hostile string the issue names, and a few more of the same kinds.
const FORMULAS = [
  '=1+1',
  '@SUM(1+1)',
  '+cmd',
  '-2+3',
  '=HYPERLINK("http://x","y")',
  '\t=1',
  '\r=1',
];
const SCRIPT = '<script>alert(1)</script>';
const RLO = '\u202Eevil\u202C name';
const LONG = `${`L${'ong name '.repeat(1111)}`.slice(0, 9_999)}.`;
const BAD_URLS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
];
const HOSTILE = [...FORMULAS, SCRIPT, RLO, LONG];
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const withoutControls = (s: string) => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

/** The data set as a hostile server could send it, if the schemas ever let it through. */
function hostileDataset(): Dataset {
  const pick = (i: number) => HOSTILE[i % HOSTILE.length] as string;
  return {
    ...dataset,
    version: '@SUM(1+1)',
    providers: dataset.providers.map((p, i) => ({
      ...p,
      shortName: i < HOSTILE.length ? pick(i) : p.shortName,
      sources: [{ url: BAD_URLS[i % BAD_URLS.length] as string, label: SCRIPT }, ...p.sources],
    })),
    models: dataset.models.map((m, i) => ({
      ...m,
      name: pick(i),
      family: pick(i + 3),
      sources: [{ url: BAD_URLS[i % BAD_URLS.length] as string, label: null }, ...m.sources],
    })),
    events: dataset.events.map((e, i) => ({ ...e, title: pick(i) })),
  };
}

/** Table rows of a Markdown document, as cells split on pipes that are not escaped. */
function markdownTables(md: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
      if (!current) tables.push((current = []));
      current.push(cells);
    } else current = null;
  }
  return tables;
}

describe('every export after hostile input', () => {
  it('catalog CSV and JSON from hostile data and a hostile shared link', async () => {
    const data = hostileDataset();
    const search = '?home=x,=1%2B1,@SUM(1%2B1)&q=%3Dcmd';
    const { settings } = parseViewParams(search, DEFAULT_RISK_SETTINGS);
    const { state } = parseCatalogSearch(search);
    const rows = buildCatalogRows(data, '2026-04-20');
    const indices = rows.map((_, i) => i);
    const risk = new Float64Array(data.providers.length).map((_, i) => (i * 7.45) % 100);
    const stamp = {
      asOf: '2026-04-20',
      methodologyId: METHODOLOGY_ID,
      settings,
      datasetVersion: data.version,
      compiledOn: data.compiledOn,
      factsCurrentTo: '2026-05-20',
      filters: state.filters,
    };
    const csv = toCatalogCsv(rows, indices, risk, stamp);
    const { python } = await expectSafeCsv(csv);
    expect(python).toHaveLength(rows.length + 1);
    expect(csv).not.toMatch(DIRECTION_CONTROLS);
    const header = python[0] ?? [];
    const names = python.slice(1).map((r) => r[header.indexOf('name')]);
    expect(names).toContain(`'=1+1`);
    expect(names).toContain(`'@SUM(1+1)`);
    expect(names).toContain(`'+cmd`);
    expect(names).toContain(`'-2+3`);
    expect(names).toContain(SCRIPT);
    expect(names).toContain('evil name');
    expect(names).toContain(LONG);
    for (const row of python.slice(1)) {
      expect(typeof row[header.indexOf('provider_risk')]).toBe('number');
      expect(row[header.indexOf('dataset_version')]).toBe(`'@SUM(1+1)`);
    }

    const json = toCatalogJson(rows, indices, risk, stamp);
    expect(json).not.toMatch(DIRECTION_CONTROLS);
    expect(json).toContain('\\u202e');
    const doc = JSON.parse(json) as { models: Array<{ name: string; sources: string[] }> };
    const jsonNames = doc.models.map((m) => m.name);
    expect(jsonNames).toContain(`'=1+1`);
    expect(jsonNames).toContain(RLO);
    expect(jsonNames).toContain(LONG);
    expect(jsonNames.filter((n) => FORMULA_START.test(n))).toEqual([]);
    // A URL is data in CSV and JSON: kept as text, where nothing makes it a link.
    expect(doc.models[0]?.sources[0]).toBe('javascript:alert(1)');
  });

  it('portfolio CSV and JSON after importing a hostile file', async () => {
    const lines = [
      'id,workload,modelId,criticality,share,deployment,notes',
      ...HOSTILE.filter((w) => w !== LONG).map(
        (w, i) =>
          `h${i},"${w.replace(/"/g, '""')}",gpt-5,high,${i + 1},vendor-api,"${w.replace(/"/g, '""')}"`,
      ),
    ];
    const imported = importPortfolio(lines.join('\r\n'), {
      knownModelIds: new Set(dataset.models.map((m) => m.id)),
    });
    expect(imported.ok).toBe(true);
    const deps = imported.dependencies;
    // A cell that starts with a tab or carriage return is trimmed as a workload name, kept in notes.
    expect(deps.map((d) => d.notes)).toEqual(HOSTILE.filter((w) => w !== LONG));
    const csv = portfolioToCsv(deps);
    const { python } = await expectSafeCsv(csv);
    // CSV: formulas get their apostrophe, direction controls are dropped, the rest is as imported.
    expect(python.slice(1).map((r) => r[1])).toEqual(
      deps.map((d) =>
        FORMULA_START.test(d.workload) ? `'${d.workload}` : withoutControls(d.workload),
      ),
    );
    const json = portfolioToJson(deps);
    expect(json).not.toMatch(DIRECTION_CONTROLS);
    // The app's own files read back exactly, direction controls included in JSON.
    expect(importPortfolio(json)).toEqual({ ok: true, dependencies: deps });
    const back = importPortfolio(csv);
    expect(back.ok && back.dependencies.map((d) => d.workload)).toEqual(
      deps.map((d) => withoutControls(d.workload)),
    );
    // A 10,000-character workload is refused by row and column, not cut or half-applied.
    const long = importPortfolio(
      `workload,modelId,criticality,share,deployment\n${LONG},gpt-5,low,1,vendor-api`,
    );
    expect(long.ok).toBe(false);
    expect(!long.ok && long.errors).toEqual([
      {
        row: 2,
        field: 'workload',
        column: 'workload',
        message: 'must be at most 200 characters (this one has 10000)',
      },
    ]);
  });

  it('report CSV, JSON and Markdown from hostile data, portfolio and scenario', async () => {
    const data = hostileDataset();
    const dependencies: Dependency[] = HOSTILE.filter((w) => w !== LONG).map((w, i) => ({
      id: `h${i}`,
      workload: w.trim() === '' ? 'x' : w,
      modelId: (dataset.models[i] ?? dataset.models[0])?.id ?? 'gpt-5',
      criticality: 'high',
      share: i + 1,
      deployment: 'vendor-api',
      notes: SCRIPT,
    }));
    const scenario = { ...closedFlagshipScenario(data, 'meta', '2026-10-20'), name: '=1+1' };
    const report = buildRiskReport({
      dataset: data,
      asOf: '2026-04-20',
      settings: { ...DEFAULT_RISK_SETTINGS, jurisdiction: { home: '@SUM(1+1)', overrides: {} } },
      dependencies,
      scenario,
    });

    const csv = reportToCsv(report);
    const { python } = await expectSafeCsv(csv);
    expect(csv).not.toMatch(DIRECTION_CONTROLS);
    const header = python[0] ?? [];
    expect(python.slice(1).map((r) => r[header.indexOf('provider')])).toEqual(
      expect.arrayContaining([`'=1+1`, `'@SUM(1+1)`, `'+cmd`, `'-2+3`, SCRIPT, 'evil name', LONG]),
    );
    // Scenario changes are numbers, negative ones included, never text with an apostrophe.
    for (const row of python.slice(1)) {
      const delta = row[header.indexOf('scenario_delta')];
      expect(typeof delta === 'number' || delta === '').toBe(true);
    }

    const json = reportToJson(report);
    expect(json).not.toMatch(DIRECTION_CONTROLS);
    const strings: string[] = [];
    JSON.parse(json, (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    expect(strings.filter((s) => FORMULA_START.test(s))).toEqual([]);
    expect(strings).toContain(LONG);

    const md = reportToMarkdown(report);
    expect(md).not.toMatch(DIRECTION_CONTROLS);
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<(javascript|data|file):/i);
    expect(md).not.toMatch(/\]\(/);
    for (const link of md.match(/<[^>\s]*>/g) ?? [])
      expect(link).toMatch(/^<https?:\/\/[^<>|\s]+>$/);
    expect(md).toContain(LONG);
    expect(md).toContain('javascript:alert(1)');
    const tables = markdownTables(md);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const table of tables) {
      const width = table[0]?.length ?? 0;
      expect(table[1]?.every((c) => c === '---')).toBe(true);
      for (const row of [table[0] ?? [], ...table.slice(2)]) {
        expect(row).toHaveLength(width);
        // A cell a spreadsheet would run is a formula unless it is a signed number ("-4.1").
        for (const cell of row)
          if (FORMULA_START.test(cell)) expect(cell).toMatch(/^[+-]\d+(\.\d+)?$/);
      }
    }
    for (const line of md.split('\n')) expect(line).not.toMatch(/^\s*([-+*]|#{1,6}|\d+[.)])\s+'/);
  });
});
