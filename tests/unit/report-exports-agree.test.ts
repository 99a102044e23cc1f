import { describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { buildRiskReport, type RiskReport } from '@/domain/report/build-risk-report';
import { reportToCsv } from '@/domain/report/report-to-csv';
import { reportToJson } from '@/domain/report/report-to-json';
import { reportToMarkdown } from '@/domain/report/report-to-markdown';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import {
  closedFlagshipScenario,
  licenseTierScenario,
  retirementScenario,
} from '@/domain/scenario/scenario-templates';
import { diffScenario } from '@/domain/scenario/diff-scenario';
import type { Scenario } from '@/domain/schema/scenario';
import { formatDecimal } from '@/components/format';
import { toComparisonFigures, toComparisonRows } from '@/features/scenarios/scenarios-view-model';
import { dataset } from '@mocks/data/dataset';
import { expectSafeCsv } from './csv-readers';

// The exports must agree with themselves and with the screen: a reader who subtracts the
// exported baseline from the exported scenario figure gets the exported change, in every format.

const ctx = createRiskContext(dataset);
const AS_OF = '2026-11-26';
const SCENARIOS: Scenario[] = [
  // The report CSV once said Meta 49.04 (as of today), scenario 64.42, change +17.80.
  closedFlagshipScenario(dataset, 'meta', '2027-05-26'),
  closedFlagshipScenario(dataset, 'openai', '2027-02-01'),
  retirementScenario(dataset, 'gpt-5', '2027-01-15', '2027-03-01', 4),
  licenseTierScenario(dataset, 'llama-4-maverick', 'non-commercial', '2027-01-10', '2027-06-30'),
];

function report(scenario: Scenario): RiskReport {
  return buildRiskReport({
    dataset,
    asOf: AS_OF,
    settings: DEFAULT_RISK_SETTINGS,
    dependencies: SAMPLE_PORTFOLIO,
    scenario,
    context: ctx,
  });
}

/** `to − from` as a reader computes it from two one-decimal figures, to one decimal. */
function byHand(from: number, to: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round((to - from) * f) / f;
}

/** Every number in a JSON text has at most `max` decimals. */
function expectShortNumbers(text: string, max: number) {
  for (const n of text.match(/-?\d+\.\d+(?:e-?\d+)?/g) ?? []) {
    expect(n, `number ${n}`).toMatch(new RegExp(`^-?\\d+\\.\\d{1,${max}}$`));
  }
}

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('exports of "%s"', (_, scenario) => {
  const r = report(scenario);

  it('CSV: each row carries the scenario baseline, and change = scenario − baseline', async () => {
    const { python } = await expectSafeCsv(reportToCsv(r));
    const header = (python[0] ?? []) as string[];
    const at = (name: string) => {
      const i = header.indexOf(name);
      expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const [b, s, d] = [at('scenario_baseline_risk'), at('scenario_risk'), at('scenario_delta')];
    let checked = 0;
    for (const row of python.slice(1)) {
      const [base, scen, delta] = [row[b], row[s], row[d]];
      if (typeof base !== 'number' || typeof scen !== 'number') {
        expect(delta).toBe('');
        continue;
      }
      expect(delta, String(row[at('provider')])).toBe(byHand(base, scen));
      for (const v of [base, scen, delta]) expect(String(v)).toMatch(/^-?\d+(\.\d)?$/);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('JSON: every change (risk per provider, exposure, HHI) = scenario − baseline as exported', () => {
    const json = reportToJson(r);
    expectShortNumbers(json, 4);
    const doc = JSON.parse(json) as { report: RiskReport };
    const sc = doc.report.scenario;
    if (!sc) throw new Error('the report has a scenario');
    for (const p of sc.providers) {
      if (p.baseline === null || p.scenario === null) expect(p.delta).toBeNull();
      else expect(p.delta, p.provider).toBe(byHand(p.baseline, p.scenario));
    }
    expect(sc.exposureDelta).toBe(byHand(sc.baselineExposure ?? NaN, sc.scenarioExposure ?? NaN));
    expect(sc.hhiDelta).toBe(byHand(sc.baselineHhi ?? NaN, sc.scenarioHhi ?? NaN, 0));
    // Scores one decimal, everywhere in the scenario.
    expectShortNumbers(JSON.stringify(sc.providers), 1);
  });

  it('Markdown: every change in the scenario table and the exposure line = scenario − baseline', () => {
    const md = reportToMarkdown(r);
    const section = md.slice(md.indexOf('## Active scenario'));
    const rows = section
      .split('\n')
      .map((l) => /^\| ([^|]+) \| (-?[\d.]+) \| (-?[\d.]+) \| ([+-]?[\d.]+) \|$/.exec(l))
      .filter((m) => m !== null);
    expect(rows.length).toBeGreaterThan(10);
    for (const m of rows) {
      const [, name, base, scen, delta] = m;
      expect(Number(delta), name).toBe(byHand(Number(base), Number(scen)));
    }
    const line =
      /Portfolio exposure ([\d.]+) → ([\d.]+) \(([+-]?[\d.]+)\) · HHI ([\d,]+) → ([\d,]+) \(([+-]?[\d,]+)\)/.exec(
        section,
      );
    expect(line).not.toBeNull();
    if (!line) return;
    expect(Number(line[3])).toBe(byHand(Number(line[1]), Number(line[2])));
    const n = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
    expect(n(line[6])).toBe(byHand(n(line[4]), n(line[5]), 0));
  });
});

describe('Markdown and the upcoming events', () => {
  const scenario = SCENARIOS[0] as Scenario;
  const r = report(scenario);
  const md = reportToMarkdown(r);

  it('says "(hypothetical)" once per hypothetical event', () => {
    expect(md).not.toContain('(hypothetical) (hypothetical)');
    expect(md).toContain('Meta releases its next flagship with closed weights (hypothetical)');
  });

  it('lists no hypothetical event under "Upcoming events"; the scenario lists its own', () => {
    expect(r.upcomingEvents.some((e) => e.hypothetical)).toBe(false);
    const upcoming = md.slice(md.indexOf('## Upcoming events'), md.indexOf('## Active scenario'));
    expect(upcoming).not.toContain('hypothetical');
    expect(upcoming).toContain('EU');
    const active = md.slice(md.indexOf('## Active scenario'), md.indexOf('## Data sources'));
    expect(active).toMatch(
      /\| 2027-05-26 \| Meta \| Meta releases its next flagship with closed weights \(hypothetical\) \| toward-closed \| 5 \|/,
    );
  });

  it('escapes no dot or dash of the data set version or a date', () => {
    expect(md).toContain(`data set ${dataset.version}`);
    expect(md).not.toMatch(/\d\\[.-]/);
  });
});

describe('the scenario screen', () => {
  // The comparison table once showed Meta 50.6 → 52.4 with a change of +1.9.
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '"%s": every change shown is the difference of the figures shown',
    (_, scenario) => {
      const diff = diffScenario(dataset, scenario, DEFAULT_RISK_SETTINGS, SAMPLE_PORTFOLIO, ctx);
      const shown = (n: number | null, digits = 1) =>
        n === null ? null : Number(formatDecimal(n, digits).replace(/,/g, ''));
      const check = (
        label: string,
        f: { baseline: number | null; scenario: number | null; delta: number | null },
        digits = 1,
      ) => {
        const [b, s, d] = [
          shown(f.baseline, digits),
          shown(f.scenario, digits),
          shown(f.delta, digits),
        ];
        if (b === null || s === null) return expect(f.delta, label).toBeNull();
        expect(d, label).toBe(byHand(b, s, digits));
      };
      for (const r of toComparisonRows(diff, dataset.providers)) {
        check(`${r.name} risk`, r);
        check(`${r.name} exposure`, {
          baseline: r.baselineExposure,
          scenario: r.scenarioExposure,
          delta: r.exposureDelta,
        });
      }
      const f = toComparisonFigures(diff);
      check('portfolio exposure', f.exposure);
      check('effective number of providers', f.effectiveProviders);
      check('HHI', f.hhi, 0);
    },
  );
});
