import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { buildRiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { mdText, reportToMarkdown } from '@/domain/report/report-to-markdown';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS, METHODOLOGY_ID } from '@/domain/risk/settings';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import type { Dependency } from '@/domain/schema/dependency';
import { rankingCaption, toRankingBars } from '@/features/reports/reports-view-model';
import { dataset } from '@mocks/data/dataset';

const ctx = createRiskContext(dataset);
const AS_OF = '2026-04-20';
const base = { dataset, asOf: AS_OF, settings: DEFAULT_RISK_SETTINGS, context: ctx };

describe('buildRiskReport', () => {
  const report = buildRiskReport({ ...base, dependencies: SAMPLE_PORTFOLIO, scenario: null });

  it('stamps the as-of date, methodology, settings and data set', () => {
    expect(report.asOf).toBe(AS_OF);
    expect(report.methodologyId).toBe(METHODOLOGY_ID);
    expect(report.settings).toEqual(DEFAULT_RISK_SETTINGS);
    expect(report.dataset).toEqual({ version: dataset.version, compiledOn: dataset.compiledOn });
    expect(report.stale).toBe(false);
  });

  it('ranks every provider riskiest first, "no data" last', () => {
    expect(report.ranking).toHaveLength(dataset.providers.length);
    const scored = report.ranking.filter((r) => r.risk !== null);
    for (let i = 1; i < scored.length; i++)
      expect(scored[i - 1]?.risk ?? 0).toBeGreaterThanOrEqual(scored[i]?.risk ?? 0);
    expect(scored.map((r) => r.rank)).toEqual(scored.map((_, i) => i + 1));
  });

  it('reports exposure and concentration of the sample portfolio, with exit options', () => {
    const e = report.exposure;
    expect(e).not.toBeNull();
    if (!e) return;
    expect(e.providers.map((p) => p.provider).sort()).toEqual([
      'Anthropic',
      'Google',
      'Meta',
      'Mistral',
      'OpenAI',
    ]);
    expect(e.providers.reduce((s, p) => s + p.exposure, 0)).toBeCloseTo(
      e.portfolioExposure ?? NaN,
      9,
    );
    expect(e.effectiveProviders).toBeCloseTo(10000 / (e.hhi ?? NaN), 9);
    expect(e.hhiBand).toBe('highly-concentrated');
    expect(e.dependencies).toHaveLength(6);
    const search = e.dependencies.find((d) => d.workload === 'Document search');
    expect(search?.selfHostedOpen).toBe(true);
  });

  it('lists top contributors as models or events, and only events after the as-of date as upcoming', () => {
    expect(report.topContributors.length).toBeGreaterThan(0);
    expect(report.topContributors.length).toBeLessThanOrEqual(15);
    for (const c of report.upcomingEvents)
      expect(c.date.date > AS_OF || c.date.date.slice(0, 7) > AS_OF.slice(0, 7)).toBe(true);
  });

  it('carries the active scenario with Meta’s delta above zero', () => {
    const scenario = closedFlagshipScenario(dataset, 'meta', '2026-10-20');
    const r = buildRiskReport({ ...base, dependencies: SAMPLE_PORTFOLIO, scenario });
    const meta = r.scenario?.providers.find((p) => p.providerId === 'meta');
    expect(meta?.delta ?? 0).toBeGreaterThan(0);
    expect(r.upcomingEvents.some((e) => e.hypothetical)).toBe(true);
  });

  it('has no exposure for an empty portfolio', () => {
    expect(buildRiskReport({ ...base, dependencies: [], scenario: null }).exposure).toBeNull();
  });
});

describe('report exports', () => {
  const hostile: Dependency[] = [
    { ...SAMPLE_PORTFOLIO[0], id: 'a', workload: '=HYPERLINK("http://x","y")' } as Dependency,
    { ...SAMPLE_PORTFOLIO[1], id: 'b', workload: '<img src=x onerror=alert(1)>' } as Dependency,
  ];
  const scenario = { ...closedFlagshipScenario(dataset, 'meta', '2026-10-20'), name: '@evil' };
  const report = buildRiskReport({ ...base, dependencies: hostile, scenario });

  it('CSV: one stamped row per provider and no cell a spreadsheet would run', () => {
    const rows = Papa.parse<string[]>(reportToCsv(report)).data;
    expect(rows[0]).toContain('methodology_id');
    expect(rows).toHaveLength(dataset.providers.length + 1);
    for (const row of rows.slice(1)) {
      expect(row).toContain(METHODOLOGY_ID);
      expect(row).toContain(AS_OF);
      expect(row).toContain(dataset.version);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows[1]).toContain("'@evil");
  });

  it('JSON: the whole report, every text value neutralised', () => {
    const json = JSON.parse(reportToJson(report)) as {
      report: {
        scenario: { name: string };
        exposure: { dependencies: Array<{ workload: string }> };
      };
    };
    expect(json.report.scenario.name).toBe("'@evil");
    expect(json.report.exposure.dependencies[0]?.workload).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('Markdown: every section, stamped, hostile text inert', () => {
    const md = reportToMarkdown(report);
    for (const h of [
      '## Provider ranking',
      '## Exposure and concentration',
      '## Top contributors',
      '## Upcoming events',
      '## Active scenario',
      '## Data sources',
    ]) {
      expect(md).toContain(h);
    }
    expect(md).toContain(`methodology ${METHODOLOGY_ID}`);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/\| =/);
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('line\nbreak')).toBe('line break');
  });
});

describe('ranking chart view model', () => {
  const report = buildRiskReport({ ...base, dependencies: [], scenario: null });
  it('keeps the ranking order and labels each bar with score and grade', () => {
    const bars = toRankingBars(report);
    expect(bars.map((b) => b.id)).toEqual(report.ranking.map((r) => r.providerId));
    expect(bars[0]?.valueLabel).toMatch(/^\d+\.\d · [A-E]$/);
    expect(rankingCaption(report)).toMatch(/carries the highest platform risk/);
  });
});
