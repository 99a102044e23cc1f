import { describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { buildRiskReport, type RiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { reportToMarkdown } from '@/domain/report/report-to-markdown';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { retirementScenario } from '@/domain/scenario/scenario-templates';
import { dataset } from '@mocks/data/dataset';
import { expectSafeCsv } from './csv-readers';

const base = {
  dataset,
  asOf: '2026-04-20',
  settings: DEFAULT_RISK_SETTINGS,
  context: createRiskContext(dataset),
  dependencies: SAMPLE_PORTFOLIO,
};

describe('a report whose scenario retires GPT-5 under the mission-critical support workload', () => {
  const scenario = retirementScenario(dataset, 'gpt-5', '2026-09-01', '2026-10-17', 4);
  const report = buildRiskReport({ ...base, scenario });
  const w = report.scenario?.workloads;

  it('counts the broken workload by criticality and names its top exits ranked by fit', () => {
    expect(w).toMatchObject({ baselineBroken: 0, scenarioBroken: 1, baselineAtRisk: 0, scenarioAtRisk: 0 });
    expect(w?.brokenBy['mission-critical']).toBe(1);
    expect(w?.affected).toHaveLength(1);
    const support = w?.affected[0];
    expect(support).toMatchObject({
      workload: 'Customer-support assistant',
      model: 'GPT-5',
      provider: 'OpenAI',
      criticality: 'mission-critical',
      state: 'broken',
      reason: "GPT-5 retired on the provider's own API since 2026-09-01",
      causedByScenario: true,
    });
    expect(support?.topExits).toHaveLength(5);
    expect(support?.exitCount).toBeGreaterThan(40);
    for (const e of support?.topExits ?? []) {
      expect(Number.isInteger(e.fit)).toBe(true);
      expect(e.fits.length).toBeGreaterThan(0);
    }
  });

  it('CSV: the broken workload is on OpenAI’s row, no other provider has one', async () => {
    const { python } = await expectSafeCsv(reportToCsv(report));
    const header = python[0] ?? [];
    const broken = header.indexOf('scenario_broken_workloads');
    const provider = header.indexOf('provider');
    expect(broken).toBeGreaterThan(-1);
    expect(header).toContain('scenario_at_risk_workloads');
    for (const row of python.slice(1)) expect(row[broken]).toBe(row[provider] === 'OpenAI' ? 1 : 0);
  });

  it('Markdown and JSON carry the count, the reason and the ranked exits', () => {
    const md = reportToMarkdown(report);
    expect(md).toMatch(/Workloads broken 0 → 1 \(1 mission-critical\) · at risk 0 → 0 \(none\)/);
    expect(md).toMatch(/\*\*Customer-support assistant\*\* \(mission-critical\): broken/);
    expect(md).toMatch(/top 5 of \d+:\n {4}1\. Llama 4 /);
    const doc = JSON.parse(reportToJson(report)) as { report: RiskReport };
    expect(doc.report.scenario?.workloads.affected[0]?.topExits[0]?.model).toMatch(/^Llama 4 /);
  });

  it('without a scenario touching the portfolio, nothing is listed and the CSV columns stay empty', async () => {
    const plain = buildRiskReport({ ...base, scenario: null });
    const { python } = await expectSafeCsv(reportToCsv(plain));
    const header = python[0] ?? [];
    expect(python[1]?.[header.indexOf('scenario_broken_workloads')]).toBe('');
  });
});
