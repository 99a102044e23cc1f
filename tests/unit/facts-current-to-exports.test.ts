import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/domain/catalog/catalog-filters';
import { buildCatalogRows } from '@/domain/catalog/catalog-row';
import { toCatalogCsv, toCatalogJson } from '@/domain/catalog/catalog-export';
import { factsCurrentTo } from '@/domain/evidence/facts-current-to';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { buildRiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { reportToMarkdown } from '@/domain/report/report-to-markdown';
import { DEFAULT_RISK_SETTINGS, METHODOLOGY_ID } from '@/domain/risk/settings';
import { dataset } from '@mocks/data/dataset';
import { expectSafeCsv } from './csv-readers';

// The bundled data was compiled on 2026-11-26, but its newest dated fact is from 2026-05-20:
// every export says so beside the compile date.
const NEWEST = '2026-05-20';

describe('"facts current to" in every export', () => {
  it('the bundled data: compiled 2026-11-26, facts current to 2026-05-20', () => {
    expect(dataset.compiledOn).toBe('2026-11-26');
    expect(factsCurrentTo(dataset)?.date).toBe(NEWEST);
  });

  const report = buildRiskReport({
    dataset,
    asOf: '2026-11-26',
    settings: DEFAULT_RISK_SETTINGS,
    dependencies: SAMPLE_PORTFOLIO,
    scenario: null,
  });

  it('report CSV: a facts_current_to column beside compiled_on in every row', async () => {
    const { python } = await expectSafeCsv(reportToCsv(report));
    const header = (python[0] ?? []) as string[];
    const at = header.indexOf('facts_current_to');
    expect(at).toBe(header.indexOf('compiled_on') + 1);
    for (const row of python.slice(1)) expect(row[at]).toBe(NEWEST);
  });

  it('report JSON: the data set block carries factsCurrentTo', () => {
    const doc = JSON.parse(reportToJson(report)) as {
      report: { dataset: { version: string; compiledOn: string; factsCurrentTo: string } };
    };
    expect(doc.report.dataset).toEqual({
      version: dataset.version,
      compiledOn: '2026-11-26',
      factsCurrentTo: NEWEST,
    });
  });

  it('report Markdown: the stamp and the closing line say it next to the compile date', () => {
    const md = reportToMarkdown(report);
    const stamp = `data set ${dataset.version}, compiled 2026-11-26, facts current to ${NEWEST}`;
    expect(md.split('\n').slice(0, 4).join('\n')).toContain(stamp);
    expect(md).toContain(`compiled 2026-11-26 (facts current to ${NEWEST})`);
  });

  const rows = buildCatalogRows(dataset, '2026-11-26');
  const stamp = {
    asOf: '2026-11-26',
    methodologyId: METHODOLOGY_ID,
    settings: DEFAULT_RISK_SETTINGS,
    datasetVersion: dataset.version,
    compiledOn: dataset.compiledOn,
    factsCurrentTo: NEWEST,
    filters: EMPTY_FILTERS,
  };

  it('catalog CSV and JSON: stamped with it too', async () => {
    const { python } = await expectSafeCsv(
      toCatalogCsv(rows, [0, 1, 2], new Float64Array(0), stamp),
    );
    const header = (python[0] ?? []) as string[];
    const at = header.indexOf('facts_current_to');
    expect(at).toBe(header.indexOf('compiled_on') + 1);
    for (const row of python.slice(1)) expect(row[at]).toBe(NEWEST);
    const doc = JSON.parse(toCatalogJson(rows, [0, 1], new Float64Array(0), stamp)) as {
      dataset: Record<string, string>;
    };
    expect(doc.dataset).toEqual({
      version: dataset.version,
      compiledOn: dataset.compiledOn,
      factsCurrentTo: NEWEST,
    });
  });
});
