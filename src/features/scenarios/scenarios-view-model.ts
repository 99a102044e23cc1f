import type { ScenarioDiff } from '@/domain/scenario/diff-scenario';
import { countsByCriticalityText } from '@/domain/scenario/workload-impact';
import type { Grade } from '@/domain/risk/settings';
import type { Dataset } from '@/domain/schema/dataset';
import { compareText } from '@/domain/compare-text';
import { shownChange } from '@/domain/shown-change';

export interface ComparisonRow {
  providerId: string;
  name: string;
  baseline: number | null;
  scenario: number | null;
  delta: number | null;
  baselineGrade: Grade | null;
  scenarioGrade: Grade | null;
  /** Exposure points Eₚ without and with the scenario; null when the portfolio does not use the provider. */
  baselineExposure: number | null;
  scenarioExposure: number | null;
  exposureDelta: number | null;
}

export interface ComparisonFigures {
  exposure: { baseline: number | null; scenario: number | null; delta: number | null };
  effectiveProviders: { baseline: number | null; scenario: number | null; delta: number | null };
  hhi: { baseline: number | null; scenario: number | null; delta: number | null };
  /** Workloads broken and at risk as of the horizon, with the scenario's counts by criticality in words. */
  broken: { baseline: number; scenario: number; delta: number; byCriticality: string };
  atRisk: { baseline: number; scenario: number; delta: number; byCriticality: string };
}

/**
 * The change between two figures as the table shows them (scores and the effective number to one
 * decimal, HHI whole): the difference of the rounded figures, so 50.6 → 52.4 reads +1.8 (the
 * report and its exports take changes the same way).
 */
function delta(a: number | null, b: number | null, digits = 1): number | null {
  return shownChange(a, b, digits);
}

/** Rows of the side-by-side table: every provider, the ones the scenario moves most first. Pure. */
export function toComparisonRows(
  diff: ScenarioDiff,
  providers: Dataset['providers'],
): ComparisonRow[] {
  const name = new Map(providers.map((p) => [p.id, p.shortName]));
  const be = new Map(diff.baselineExposure.providers.map((p) => [p.providerId, p.exposure]));
  const se = new Map(diff.scenarioExposure.providers.map((p) => [p.providerId, p.exposure]));
  return diff.providers
    .map((p) => {
      const b = be.get(p.providerId) ?? null;
      const s = se.get(p.providerId) ?? null;
      return {
        providerId: p.providerId,
        name: name.get(p.providerId) ?? p.providerId,
        baseline: p.baseline,
        scenario: p.scenario,
        delta: delta(p.baseline, p.scenario),
        baselineGrade: p.baselineGrade,
        scenarioGrade: p.scenarioGrade,
        baselineExposure: b,
        scenarioExposure: s,
        exposureDelta: delta(b, s),
      };
    })
    .sort(
      (a, b) =>
        Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) ||
        (b.scenario ?? -1) - (a.scenario ?? -1) ||
        compareText(a.name, b.name),
    );
}

/** Portfolio exposure, effective number of providers and HHI, baseline against scenario. Pure. */
export function toComparisonFigures(diff: ScenarioDiff): ComparisonFigures {
  const b = diff.baselineExposure;
  const s = diff.scenarioExposure;
  return {
    exposure: {
      baseline: b.portfolioExposure,
      scenario: s.portfolioExposure,
      delta: delta(b.portfolioExposure, s.portfolioExposure),
    },
    effectiveProviders: {
      baseline: b.effectiveProviders,
      scenario: s.effectiveProviders,
      delta: delta(b.effectiveProviders, s.effectiveProviders),
    },
    hhi: { baseline: b.hhi, scenario: s.hhi, delta: delta(b.hhi, s.hhi, 0) },
    broken: {
      baseline: diff.baselineWorkloads.broken,
      scenario: diff.scenarioWorkloads.broken,
      delta: diff.scenarioWorkloads.broken - diff.baselineWorkloads.broken,
      byCriticality: countsByCriticalityText(diff.scenarioWorkloads.brokenBy),
    },
    atRisk: {
      baseline: diff.baselineWorkloads.atRisk,
      scenario: diff.scenarioWorkloads.atRisk,
      delta: diff.scenarioWorkloads.atRisk - diff.baselineWorkloads.atRisk,
      byCriticality: countsByCriticalityText(diff.scenarioWorkloads.atRiskBy),
    },
  };
}

/** Third-party clouds a provider's models are offered on, for the "leaves a cloud" template. */
export function providerClouds(dataset: Pick<Dataset, 'models'>, providerId: string): string[] {
  const out = new Set<string>();
  for (const m of dataset.models) {
    if (m.providerId !== providerId) continue;
    for (const e of m.opennessHistory)
      for (const c of e.channels) if (c.kind === 'cloud' && c.name) out.add(c.name);
  }
  return [...out].sort();
}
