import { portfolioExposure, type PortfolioExposure } from '../exposure/portfolio-exposure';
import { createRiskContext, type RiskContext } from '../risk/risk-context';
import { scoreProviders } from '../risk/score-providers';
import type { Grade, RiskSettings } from '../risk/settings';
import type { Dataset } from '../schema/dataset';
import type { Dependency } from '../schema/dependency';
import type { Scenario } from '../schema/scenario';
import { applyScenario } from './apply-scenario';
import { rankedExitOptions } from './exit-candidates';
import type { RankedExit } from './rank-exits';
import { countWorkloads, workloadImpacts, type WorkloadCounts, type WorkloadImpact } from './workload-impact';

/** A dependency's state without and with the scenario, and (when broken or at risk in the scenario) its exits ranked by fit. */
export interface ScenarioWorkload extends WorkloadImpact {
  exits: RankedExit[];
}

export interface ProviderDiff {
  providerId: string;
  /** R 0-100 as of the horizon without and with the scenario; null for "no data". */
  baseline: number | null;
  scenario: number | null;
  /** scenario − baseline in points; null when either side has no score. */
  delta: number | null;
  baselineGrade: Grade | null;
  scenarioGrade: Grade | null;
}

export interface ScenarioDiff {
  horizon: string;
  providers: ProviderDiff[];
  baselineExposure: PortfolioExposure;
  scenarioExposure: PortfolioExposure;
  /** Change of portfolio exposure and HHI in points; null when either side has none. */
  exposureDelta: number | null;
  hhiDelta: number | null;
  /** Every dependency's state as of the horizon; broken and at-risk ones carry ranked exits. */
  workloads: ScenarioWorkload[];
  baselineWorkloads: WorkloadCounts;
  scenarioWorkloads: WorkloadCounts;
}

/** Baseline against scenario as of the scenario's horizon: R per provider, exposure and HHI of a portfolio. */
export function diffScenario(
  dataset: Dataset,
  scenario: Scenario,
  settings: RiskSettings,
  portfolio: readonly Dependency[] = [],
  baselineContext?: RiskContext,
): ScenarioDiff {
  const baseCtx = baselineContext ?? createRiskContext(dataset);
  const applied = applyScenario(dataset, scenario);
  const scenCtx = createRiskContext(applied);
  const h = scenario.horizon;
  const base = scoreProviders(baseCtx, h, settings, { explain: false });
  const scen = scoreProviders(scenCtx, h, settings, { explain: false });
  const scenById = new Map(scen.map((s) => [s.providerId, s]));
  const providers: ProviderDiff[] = base.map((b) => {
    const s = scenById.get(b.providerId);
    const sr = s?.risk ?? null;
    return {
      providerId: b.providerId,
      baseline: b.risk,
      scenario: sr,
      delta: b.risk === null || sr === null ? null : sr - b.risk,
      baselineGrade: b.grade,
      scenarioGrade: s?.grade ?? null,
    };
  });
  const baselineExposure = portfolioExposure(baseCtx, portfolio, h, settings, base);
  const scenarioExposure = portfolioExposure(scenCtx, portfolio, h, settings, scen);
  const be = baselineExposure.portfolioExposure;
  const se = scenarioExposure.portfolioExposure;
  const impacts = workloadImpacts(dataset.models, applied.models, portfolio, h);
  const workloads: ScenarioWorkload[] = impacts.map((w, i) => {
    const dep = portfolio[i];
    const hit = w.scenario.state === 'broken' || w.scenario.state === 'at-risk';
    return { ...w, exits: hit && dep !== undefined ? rankedExitOptions(scenCtx, dep, h, scen) : [] };
  });
  const bh = baselineExposure.hhi;
  const sh = scenarioExposure.hhi;
  return {
    horizon: h,
    providers,
    baselineExposure,
    scenarioExposure,
    exposureDelta: be === null || se === null ? null : se - be,
    hhiDelta: bh === null || sh === null ? null : sh - bh,
    workloads,
    baselineWorkloads: countWorkloads(impacts, 'baseline'),
    scenarioWorkloads: countWorkloads(impacts, 'scenario'),
  };
}
