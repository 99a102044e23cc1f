import { describe, expect, it } from 'vitest';
import { mdLink, mdText } from '@/domain/export/to-markdown';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { buildRiskReport, type RiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { reportToMarkdown } from '@/domain/report/report-to-markdown';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS, METHODOLOGY_ID } from '@/domain/risk/settings';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import type { Dependency } from '@/domain/schema/dependency';
import { rankingCaption, toRankingBars } from '@/features/reports/reports-view-model';
import { dataset } from '@mocks/data/dataset';
import { expectSafeCsv } from './csv-readers';

const ctx = createRiskContext(dataset);
const AS_OF = '2026-04-20';
const base = { dataset, asOf: AS_OF, settings: DEFAULT_RISK_SETTINGS, context: ctx };

describe('buildRiskReport', () => {
  const report = buildRiskReport({ ...base, dependencies: SAMPLE_PORTFOLIO, scenario: null });

  it('stamps the as-of date, methodology, settings and data set', () => {
    expect(report.asOf).toBe(AS_OF);
    expect(report.methodologyId).toBe(METHODOLOGY_ID);
    expect(report.settings).toEqual(DEFAULT_RISK_SETTINGS);
    expect(report.dataset).toEqual({
      version: dataset.version,
      compiledOn: dataset.compiledOn,
      factsCurrentTo: '2026-05-20',
    });
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
    // The scenario's event travels with the scenario, not among the upcoming facts.
    expect(r.upcomingEvents.some((e) => e.hypothetical)).toBe(false);
    expect(r.scenario?.events.map((e) => e.hypothetical)).toEqual([true]);
  });

  it("carries each provider's models on the G7 ladder and its newest model's openness", () => {
    const meta = report.ranking.find((r) => r.providerId === 'meta')?.openness;
    // On 2026-04-20: seven Llama releases (gated weights) and Muse Spark, launched on 2026-04-08.
    expect(meta?.models).toBe(8);
    expect(meta?.tiers).toMatchObject({ 'weights-available': 7, none: 1, 'not-graded': 0 });
    expect(meta?.newest).toMatchObject({
      modelId: 'muse-spark',
      g7Tier: 'none',
      mofClass: 'not-classified',
    });
    expect(meta?.newest?.score).toBeCloseTo((100 * 0.5) / 14, 9);
    const llama = report.exposure?.dependencies.find((d) => d.modelId === 'llama-3.1');
    // Llama 3.1: 5.5 points of 14 (gated weights and code, an open card and architecture).
    expect(llama).toMatchObject({ g7Tier: 'weights-available', mofClass: 'not-classified' });
    expect(llama?.opennessScore).toBeCloseTo((100 * 5.5) / 14, 9);
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

  it('CSV: one stamped row per provider, no cell a spreadsheet would run, read alike by papaparse and Python', async () => {
    const { papa: rows } = await expectSafeCsv(reportToCsv(report));
    expect(rows[0]).toContain('methodology_id');
    expect(rows).toHaveLength(dataset.providers.length + 1);
    for (const row of rows.slice(1)) {
      expect(row).toContain(METHODOLOGY_ID);
      expect(row).toContain(AS_OF);
      expect(row).toContain(dataset.version);
    }
    expect(rows[1]).toContain("'@evil");
  });

  it('CSV and JSON: figures rounded as shown, and a negative change is the number -10.5', async () => {
    const s = report.scenario;
    if (!s) throw new Error('the report has a scenario');
    const first = report.ranking[0];
    if (!first) throw new Error('the report ranks providers');
    const odd: RiskReport = {
      ...report,
      ranking: [{ ...first, risk: 99.99999999999997 }, ...report.ranking.slice(1)],
      scenario: {
        ...s,
        providers: s.providers.map((p) =>
          p.providerId === first.providerId
            ? { ...p, baseline: 11.96, scenario: 1.45, delta: -10.51 }
            : p,
        ),
      },
    };
    const { python } = await expectSafeCsv(reportToCsv(odd));
    const header = python[0] ?? [];
    const row = python[1] ?? [];
    expect(row[header.indexOf('platform_risk')]).toBe(100);
    // 1.5 − 12.0 as shown: the change is taken between the rounded figures.
    expect(row[header.indexOf('scenario_delta')]).toBe(-10.5);
    expect(row[header.indexOf('scenario_risk')]).toBe(1.5);
    expect(row[header.indexOf('scenario_baseline_risk')]).toBe(12);
    expect(reportToCsv(odd)).toContain(',-10.5,');
    const json = reportToJson(odd);
    const doc = JSON.parse(json) as { report: RiskReport };
    expect(doc.report.ranking[0]?.risk).toBe(100);
    expect(
      doc.report.scenario?.providers.find((p) => p.providerId === first.providerId),
    ).toMatchObject({ delta: -10.5, scenario: 1.5 });
    // No figure carries more than the four decimals of a share.
    for (const n of json.match(/-?\d+\.\d+/g) ?? []) expect(n).toMatch(/\.\d{1,4}$/);
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

  it("CSV and Markdown: the newest model's score, tier, class and components per provider", async () => {
    const report = buildRiskReport({ ...base, dependencies: SAMPLE_PORTFOLIO, scenario: null });
    const { python } = await expectSafeCsv(reportToCsv(report));
    const header = (python[0] ?? []) as string[];
    const at = (name: string) => header.indexOf(name);
    const meta = python.find((row) => row[at('provider_id')] === 'meta') ?? [];
    expect(meta[at('models_active')]).toBe(8);
    expect(meta[at('models_g7_weights_available')]).toBe(7);
    expect(meta[at('models_g7_none')]).toBe(1);
    expect(meta[at('newest_model_id')]).toBe('muse-spark');
    expect(meta[at('newest_openness_score')]).toBe(3.6);
    expect(meta[at('newest_g7_tier')]).toBe('none');
    expect(meta[at('newest_mof_class')]).toBe('not-classified');
    expect(meta[at('newest_grade_api')]).toBe('partial');
    expect(meta[at('newest_grade_end_weights')]).toBe('closed');
    expect(header.filter((h) => h.startsWith('newest_grade_'))).toHaveLength(14);
    const md = reportToMarkdown(report);
    expect(md).toContain('## Openness');
    // Muse Spark: 0 open, 1 partial (the preview API), 8 closed, 5 unknown.
    expect(md).toMatch(
      /\| Meta \| 7 of 8 \| Muse Spark \| 3\.6 \| Not on the ladder \| Not classified \| 0 \/ 1 \/ 8 \/ 5 \| architecture/,
    );
    const json = JSON.parse(reportToJson(report)) as {
      report: {
        ranking: Array<{
          providerId: string;
          openness: { newest: { score: number; grades: Record<string, string> } };
        }>;
      };
    };
    const metaJson = json.report.ranking.find((r) => r.providerId === 'meta');
    expect(metaJson?.openness.newest.score).toBe(3.6);
    expect(metaJson?.openness.newest.grades.api).toBe('partial');
  });

  it('Markdown: every section, stamped, hostile text inert, ordinary text left alone', () => {
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
    // Dots, dashes and brackets in names are not escaped; only what Markdown reads is.
    expect(md).toContain(`data set ${dataset.version},`);
    expect(md).not.toMatch(/\\[.(),"!-]/);
    // Every source is an autolink to an http(s) URL.
    for (const link of md.match(/<[^>\s]*>/g) ?? []) expect(link).toMatch(/^<https?:\/\//);
  });

  it('mdText escapes only what Markdown needs, and mdLink links only http(s)', () => {
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('line\nbreak')).toBe('line break');
    expect(mdText('Llama 3.1 (8B/70B) - "base"!')).toBe('Llama 3.1 (8B/70B) - "base"!');
    expect(mdText('AT&T')).toBe('AT&T');
    expect(mdText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
    expect(mdText('*bold* _it_ `code` [x](y) ~~s~~ $x$')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\~\\~s\\~\\~ \\$x\\$',
    );
    expect(mdText('# Title')).toBe('\\# Title');
    expect(mdText('1. first')).toBe('1\\. first');
    expect(mdText('v1.2 #3')).toBe('v1.2 #3');
    expect(mdText('#3 and 2026.11.26-1')).toBe('#3 and 2026.11.26-1');
    expect(mdText('1)')).toBe('1\\)');
    expect(mdText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mdText('=1+1')).toBe("'=1+1");
    expect(mdText(' \t-2+3')).toBe("'-2+3");
    expect(mdText('ops@example.com')).toBe('ops\\@example.com');
    expect(mdText('a\u202Eb')).toBe('ab');
    expect(mdLink('https://example.com/a b|c>d')).toBe('<https://example.com/a%20b%7Cc%3Ed>');
    expect(mdLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(mdLink('data:text/html,<script>alert(1)</script>')).toBe(
      'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(mdLink('file:///etc/passwd')).toBe('file:///etc/passwd');
    expect(mdLink('https://')).toBe('https://');
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
