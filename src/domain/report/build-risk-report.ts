import { dayNumber, preciseDayNumber } from '../dates';
import { exitOptions } from '../exposure/exit-options';
import { HHI_BANDS, portfolioExposure, type HhiBand } from '../exposure/portfolio-exposure';
import { isStale } from '../risk/is-stale';
import { createRiskContext, type RiskContext } from '../risk/risk-context';
import { factorValues, scoreProviders, type FactorValues } from '../risk/score-providers';
import {
  FACTOR_KEYS,
  FACTOR_LABELS,
  METHODOLOGY_ID,
  type FactorKey,
  type Grade,
  type RiskSettings,
} from '../risk/settings';
import { diffScenario } from '../scenario/diff-scenario';
import { fitReasons } from '../scenario/rank-exits';
import { workloadStatusText } from '../scenario/workload-impact';
import { roundDecimal } from '../round-decimal';
import type { Dataset } from '../schema/dataset';
import type { Criticality, Dependency, Deployment } from '../schema/dependency';
import type { Direction, EventType, RiskEvent } from '../schema/event';
import { shownChange } from '../shown-change';
import { evidenceStatus, type EvidenceRecord } from '../evidence/evidence-status';
import { factsCurrentTo } from '../evidence/facts-current-to';
import { REPORT_DIGITS } from './rounded-report';
import type { PreciseDate } from '../schema/precise-date';
import type { Scenario } from '../schema/scenario';
import type { Confidence, Source } from '../schema/source';
import { compareText } from '@/domain/compare-text';
import { gradeSetAtDay } from '../openness/model-openness';
import { g7Tier, type G7Tier } from '../openness/g7-tier';
import { mofClass, type MofClass } from '../openness/mof-class';
import { gradesOf } from '../openness/openness-components';
import { opennessScore } from '../openness/openness-score';
import {
  providerOpennessSummary,
  type ProviderOpennessSummary,
} from '../openness/provider-openness-profile';

export interface ReportRankingRow {
  /** 1 for the riskiest; null for a provider with no score ("no data"). */
  rank: number | null;
  providerId: string;
  provider: string;
  /** Platform risk R 0-100; null for "no data". */
  risk: number | null;
  grade: Grade | null;
  factors: FactorValues;
  /** The provider's exposure Eₚ in points 0-100 and portfolio share 0-1; null when the portfolio does not use it. */
  exposure: number | null;
  share: number | null;
  /** Its models on each G7 step and its newest model's grades, as of the report's date. */
  openness: ProviderOpennessSummary;
}

export interface ReportDependency {
  id: string;
  workload: string;
  modelId: string;
  model: string;
  provider: string;
  criticality: Criticality;
  deployment: Deployment;
  share: number;
  risk: number | null;
  selfHostedOpen: boolean;
  exitStatus: 'available' | 'unknown' | 'none';
  exitCount: number;
  /** The model's openness score 0-100, G7 tier and MOF class on the report's date; null when not graded. */
  opennessScore: number | null;
  g7Tier: G7Tier | null;
  mofClass: MofClass | null;
}

export interface ReportExposure {
  portfolioExposure: number | null;
  hhi: number | null;
  hhiBand: HhiBand | null;
  hhiBandLabel: string | null;
  effectiveProviders: number | null;
  providers: Array<{
    providerId: string;
    provider: string;
    share: number;
    exposure: number;
    dependencyCount: number;
  }>;
  dependencies: ReportDependency[];
}

export interface ReportContributor {
  providerId: string;
  provider: string;
  factor: FactorKey;
  factorLabel: string;
  label: string;
  /** Points of the provider's platform risk this item accounts for (factor points × normalised weight). */
  points: number;
  sources: Source[];
}

export interface ReportEvent {
  id: string;
  date: PreciseDate;
  scheduled: boolean;
  provider: string;
  title: string;
  type: EventType;
  direction: Direction;
  severity: number;
  hypothetical: boolean;
}

export interface ReportScenario {
  id: string;
  name: string;
  horizon: string;
  providers: Array<{
    providerId: string;
    provider: string;
    baseline: number | null;
    scenario: number | null;
    delta: number | null;
  }>;
  baselineExposure: number | null;
  scenarioExposure: number | null;
  exposureDelta: number | null;
  baselineHhi: number | null;
  scenarioHhi: number | null;
  hhiDelta: number | null;
  /** Workloads broken and at risk as of the horizon, without and with the scenario, and the affected ones. */
  workloads: ReportScenarioWorkloads;
  /** The events the scenario adds (all hypothetical), by date; never listed among the upcoming events. */
  events: ReportEvent[];
}

/** The workloads part of a report's scenario (docs/methodology.md, "Workloads in a scenario"). */
export interface ReportScenarioWorkloads {
  baselineBroken: number;
  scenarioBroken: number;
  baselineAtRisk: number;
  scenarioAtRisk: number;
  brokenBy: Record<Criticality, number>;
  atRiskBy: Record<Criticality, number>;
  /** The broken and at-risk workloads in the scenario, with why and their top exits ranked by fit. */
  affected: Array<{
    dependencyId: string;
    workload: string;
    model: string;
    provider: string;
    criticality: Criticality;
    state: 'broken' | 'at-risk';
    reason: string;
    causedByScenario: boolean;
    exitCount: number;
    topExits: Array<{ model: string; provider: string; fit: number; fits: string[]; lacks: string[]; unknown: string[] }>;
  }>;
}

/** How many ranked exits a report lists per affected workload. */
export const REPORT_TOP_EXITS = 5;

export interface ReportSource {
  providerId: string;
  provider: string;
  confidence: Confidence;
  /** The provider record's evidence status in words ("Verified: primary source", "Rests on …"). */
  evidence: string;
  sources: Source[];
  /**
   * The provider's models and events by evidence status: "Verified" (a primary source or two
   * independent reputable ones) or not (resting on secondary sources, or recalled).
   */
  verified: number;
  notVerified: number;
}

export interface RiskReport {
  title: string;
  asOf: string;
  methodologyId: string;
  settings: RiskSettings;
  /** The data set: version, compile date and its newest dated fact (ISO day or month; null: none). */
  dataset: { version: string; compiledOn: string; factsCurrentTo: string | null };
  /** The as-of date is after the compile date: no later facts are known, scores only decay. */
  stale: boolean;
  ranking: ReportRankingRow[];
  /** Null while the portfolio is empty. */
  exposure: ReportExposure | null;
  topContributors: ReportContributor[];
  upcomingEvents: ReportEvent[];
  scenario: ReportScenario | null;
  sources: ReportSource[];
}

export interface RiskReportInput {
  dataset: Dataset;
  /** ISO day the report is computed as of. */
  asOf: string;
  settings: RiskSettings;
  dependencies: readonly Dependency[];
  scenario: Scenario | null;
  /** The risk context of `dataset` when the caller already has it. */
  context?: RiskContext;
  /** How many providers get their top contributors listed (default 5) and how many each (default 3). */
  contributorProviders?: number;
  contributorsEach?: number;
  /** At most this many upcoming events (default 15). */
  maxUpcoming?: number;
}

/** Everything a board report holds, as of one day, from the data set, settings, portfolio and active scenario. Pure. */
export function buildRiskReport(input: RiskReportInput): RiskReport {
  const { dataset, asOf, settings, dependencies, scenario } = input;
  const ctx = input.context ?? createRiskContext(dataset);
  const providerName = new Map(dataset.providers.map((p) => [p.id, p.shortName]));
  const nameOf = (id: string | null) =>
    id === null ? 'Industry-wide' : (providerName.get(id) ?? id);
  const scores = scoreProviders(ctx, asOf, settings, { explain: true });
  const exposure =
    dependencies.length > 0 ? portfolioExposure(ctx, dependencies, asOf, settings, scores) : null;
  const exposureById = new Map(exposure?.providers.map((p) => [p.providerId, p]) ?? []);

  const sorted = [...scores].sort(
    (a, b) =>
      (b.risk ?? -1) - (a.risk ?? -1) || compareText(nameOf(a.providerId), nameOf(b.providerId)),
  );
  const ranking: ReportRankingRow[] = sorted.map((s, i) => {
    const e = exposureById.get(s.providerId);
    return {
      rank: s.risk === null ? null : i + 1,
      providerId: s.providerId,
      provider: nameOf(s.providerId),
      risk: s.risk,
      grade: s.grade,
      factors: factorValues(s),
      exposure: e ? e.exposure : null,
      share: e ? e.share : null,
      openness: providerOpennessSummary(dataset.models, s.providerId, asOf),
    };
  });

  const topContributors: ReportContributor[] = [];
  for (const s of sorted.slice(0, input.contributorProviders ?? 5)) {
    if (s.risk === null) continue;
    const items: ReportContributor[] = [];
    for (const key of FACTOR_KEYS) {
      const f = s.factors[key];
      for (const c of f.contributors) {
        if (c.kind !== 'family' && c.kind !== 'event') continue;
        items.push({
          providerId: s.providerId,
          provider: nameOf(s.providerId),
          factor: key,
          factorLabel: FACTOR_LABELS[key],
          label: c.label,
          points: c.share * f.normalizedWeight,
          sources: c.sources,
        });
      }
    }
    items.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    topContributors.push(...items.slice(0, input.contributorsEach ?? 3));
  }

  const asOfDay = dayNumber(asOf);
  const byDate = (a: RiskEvent, b: RiskEvent) =>
    preciseDayNumber(a.date) - preciseDayNumber(b.date) || compareText(a.id, b.id);
  const reportEvent = (e: RiskEvent): ReportEvent => ({
    id: e.id,
    date: e.date,
    scheduled: e.scheduled,
    provider: nameOf(e.providerId),
    title: e.title,
    type: e.type,
    direction: e.direction,
    severity: e.severity,
    hypothetical: e.hypothetical,
  });
  // Facts only: a scenario's hypothetical events are listed with the scenario, not as upcoming.
  const upcomingEvents: ReportEvent[] = dataset.events
    .filter((e) => !e.hypothetical && preciseDayNumber(e.date) > asOfDay)
    .sort(byDate)
    .slice(0, input.maxUpcoming ?? 15)
    .map(reportEvent);

  let reportScenario: ReportScenario | null = null;
  if (scenario) {
    const diff = diffScenario(dataset, scenario, settings, dependencies, ctx);
    // Changes are taken between the figures as shown (one decimal for scores, whole HHI points),
    // so that baseline, scenario and change agree on screen and in every export.
    const score = REPORT_DIGITS.score;
    const baselineExposure = diff.baselineExposure.portfolioExposure;
    const scenarioExposure = diff.scenarioExposure.portfolioExposure;
    reportScenario = {
      id: scenario.id,
      name: scenario.name,
      horizon: scenario.horizon,
      // The providers the scenario moves most come first.
      providers: diff.providers
        .map((p) => ({
          providerId: p.providerId,
          provider: nameOf(p.providerId),
          baseline: p.baseline,
          scenario: p.scenario,
          delta: shownChange(p.baseline, p.scenario, score),
        }))
        .sort(
          (a, b) =>
            Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) ||
            (b.scenario ?? -1) - (a.scenario ?? -1),
        ),
      baselineExposure,
      scenarioExposure,
      exposureDelta: shownChange(baselineExposure, scenarioExposure, score),
      baselineHhi: diff.baselineExposure.hhi,
      scenarioHhi: diff.scenarioExposure.hhi,
      hhiDelta: shownChange(
        diff.baselineExposure.hhi,
        diff.scenarioExposure.hhi,
        REPORT_DIGITS.hhi,
      ),
      events: [...scenario.events].sort(byDate).map(reportEvent),
      workloads: {
        baselineBroken: diff.baselineWorkloads.broken,
        scenarioBroken: diff.scenarioWorkloads.broken,
        baselineAtRisk: diff.baselineWorkloads.atRisk,
        scenarioAtRisk: diff.scenarioWorkloads.atRisk,
        brokenBy: diff.scenarioWorkloads.brokenBy,
        atRiskBy: diff.scenarioWorkloads.atRiskBy,
        affected: diff.workloads.flatMap((w) =>
          w.scenario.state === 'broken' || w.scenario.state === 'at-risk'
            ? [
                {
                  dependencyId: w.dependencyId,
                  workload: w.workload,
                  model: w.model,
                  provider: w.providerId === null ? 'unknown' : nameOf(w.providerId),
                  criticality: w.criticality,
                  state: w.scenario.state,
                  reason: workloadStatusText(w.model, w.channel, w.scenario) ?? '',
                  causedByScenario: w.causedByScenario,
                  exitCount: w.exits.length,
                  topExits: w.exits.slice(0, REPORT_TOP_EXITS).map((e) => ({
                    model: e.candidate.name,
                    provider: e.candidate.providerName,
                    fit: roundDecimal(e.fit, 0),
                    ...fitReasons(e),
                  })),
                },
              ]
            : [],
        ),
      },
    };
  }

  const counts = new Map<string, { verified: number; notVerified: number }>();
  const count = (record: EvidenceRecord) => {
    if (record.providerId === null) return;
    const c = counts.get(record.providerId) ?? { verified: 0, notVerified: 0 };
    if (evidenceStatus(record).verified) c.verified += 1;
    else c.notVerified += 1;
    counts.set(record.providerId, c);
  };
  for (const m of dataset.models) count(m);
  for (const e of dataset.events) count(e);
  const sources: ReportSource[] = dataset.providers.map((p) => ({
    providerId: p.id,
    provider: p.shortName,
    confidence: p.confidence,
    evidence: evidenceStatus({ sources: p.sources, providerId: p.id, confidence: p.confidence })
      .label,
    sources: p.sources,
    verified: counts.get(p.id)?.verified ?? 0,
    notVerified: counts.get(p.id)?.notVerified ?? 0,
  }));

  const modelById = new Map(dataset.models.map((m) => [m.id, m]));
  const depById = new Map(dependencies.map((d) => [d.id, d]));
  return {
    title: 'AI vendor risk summary',
    asOf,
    methodologyId: METHODOLOGY_ID,
    settings,
    dataset: {
      version: dataset.version,
      compiledOn: dataset.compiledOn,
      factsCurrentTo: factsCurrentTo(dataset)?.date ?? null,
    },
    stale: isStale(asOf, dataset.compiledOn),
    ranking,
    exposure:
      exposure === null
        ? null
        : {
            portfolioExposure: exposure.portfolioExposure,
            hhi: exposure.hhi,
            hhiBand: exposure.hhiBand,
            hhiBandLabel: HHI_BANDS.find((b) => b.band === exposure.hhiBand)?.label ?? null,
            effectiveProviders: exposure.effectiveProviders,
            providers: exposure.providers.map((p) => ({
              providerId: p.providerId,
              provider: nameOf(p.providerId),
              share: p.share,
              exposure: p.exposure,
              dependencyCount: p.dependencyCount,
            })),
            dependencies: exposure.dependencies.map((r) => {
              const d = depById.get(r.dependencyId);
              const exit = exitOptions(ctx, r.modelId, asOf, d?.channel ?? null);
              const depModel = modelById.get(r.modelId);
              const set = depModel ? gradeSetAtDay(depModel, asOfDay) : null;
              const grades = set ? gradesOf(set.components) : null;
              return {
                id: r.dependencyId,
                workload: d?.workload ?? '',
                modelId: r.modelId,
                model: modelById.get(r.modelId)?.name ?? r.modelId,
                provider: r.providerId === null ? 'unknown' : nameOf(r.providerId),
                criticality: d?.criticality ?? 'low',
                deployment: d?.deployment ?? 'vendor-api',
                share: d?.share ?? 0,
                risk: r.risk,
                selfHostedOpen: r.selfHostedOpen,
                exitStatus: exit.status,
                exitCount: exit.count,
                opennessScore: grades ? opennessScore(grades).score : null,
                g7Tier: grades ? g7Tier(grades).tier : null,
                mofClass: grades ? mofClass(grades).mofClass : null,
              };
            }),
          },
    topContributors,
    upcomingEvents,
    scenario: reportScenario,
    sources,
  };
}
