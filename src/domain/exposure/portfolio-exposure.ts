import { dayNumber } from '../dates';
import { opennessIdxAt, type RiskContext } from '../risk/risk-context';
import {
  combineRisk,
  factorValues,
  scoreProviders,
  type FactorValues,
  type ProviderScore,
} from '../risk/score-providers';
import { gradeOf, type Grade, type RiskSettings } from '../risk/settings';
import type { Criticality, Dependency } from '../schema/dependency';
import { compareText } from '@/domain/compare-text';

/** Criticality multipliers of a dependency's weight: low 1, medium 2, high 3, mission-critical 5. */
export const CRITICALITY_WEIGHTS: Record<Criticality, number> = {
  low: 1,
  medium: 2,
  high: 3,
  'mission-critical': 5,
};

export type HhiBand = 'unconcentrated' | 'moderately-concentrated' | 'highly-concentrated';

/** HHI market bands of the 2023 US merger guidelines, applied to the portfolio's provider shares. */
export const HHI_BANDS: ReadonlyArray<{ band: HhiBand; label: string; min: number; max: number }> =
  [
    {
      band: 'unconcentrated',
      label: 'Unconcentrated market band (HHI below 1,000)',
      min: 0,
      max: 1000,
    },
    {
      band: 'moderately-concentrated',
      label: 'Moderately concentrated market band (HHI 1,000-1,800)',
      min: 1000,
      max: 1800,
    },
    {
      band: 'highly-concentrated',
      label: 'Highly concentrated market band (HHI above 1,800)',
      min: 1800,
      max: 10000,
    },
  ];

/** Market band of an HHI 0-10,000: below 1,000 unconcentrated, 1,000-1,800 moderately, above 1,800 highly concentrated. */
export function hhiBand(hhi: number): HhiBand {
  if (hhi < 1000) return 'unconcentrated';
  if (hhi <= 1800) return 'moderately-concentrated';
  return 'highly-concentrated';
}

/** HHI 0-10,000 of non-negative weights: Σ(100·sₚ)² with sₚ each weight's share of the total; null when the total is 0. */
export function herfindahl(weights: readonly number[]): number | null {
  let total = 0;
  for (const w of weights) total += w;
  if (!(total > 0)) return null;
  let hhi = 0;
  for (const w of weights) {
    const s = (100 * w) / total;
    hhi += s * s;
  }
  return hhi;
}

export interface DependencyRisk {
  dependencyId: string;
  modelId: string;
  /** Null when the model is not in the data set. */
  providerId: string | null;
  /** share·criticality: the dependency's weight in the portfolio. */
  weight: number;
  /** Risk 0-100 of the dependency; null when its provider has no score or the model is unknown. */
  risk: number | null;
  grade: Grade | null;
  /** True when the self-hosted open-weight rule applied (lock-in and continuity 0, the model's own openness). */
  selfHostedOpen: boolean;
  factors: FactorValues | null;
}

/** Weight of a dependency: its share (spend or usage) times its criticality multiplier. */
export function dependencyWeight(dep: Pick<Dependency, 'share' | 'criticality'>): number {
  return dep.share * CRITICALITY_WEIGHTS[dep.criticality];
}

/**
 * Risk 0-100 of one dependency as of an ISO day: its provider's R, except a self-hosted
 * dependency on a model whose weights are open then: lock-in and continuity 0 and openness the
 * model's own (the enterprise holds the weights); trajectory, regulatory and jurisdiction stay.
 */
export function dependencyRisk(
  ctx: RiskContext,
  scores: ReadonlyMap<string, ProviderScore>,
  dep: Dependency,
  asOfIso: string,
  settings: RiskSettings,
): DependencyRisk {
  const weight = dependencyWeight(dep);
  const idx = ctx.modelIndex.get(dep.modelId);
  const m = idx === undefined ? undefined : ctx.models[idx];
  const base = { dependencyId: dep.id, modelId: dep.modelId, weight };
  if (m === undefined) {
    return {
      ...base,
      providerId: null,
      risk: null,
      grade: null,
      selfHostedOpen: false,
      factors: null,
    };
  }
  const providerId = m.model.providerId;
  const score = scores.get(providerId);
  if (score === undefined) {
    return { ...base, providerId, risk: null, grade: null, selfHostedOpen: false, factors: null };
  }
  const day = dayNumber(asOfIso);
  const e = opennessIdxAt(m, day);
  const entryIdx = m.openness.entryIdx[e] ?? 0;
  const openNow = m.model.opennessHistory[entryIdx]?.weights === 'open' && m.releaseDay <= day;
  if (dep.deployment === 'self-hosted' && openNow) {
    const provider = factorValues(score);
    const values: FactorValues = {
      ...provider,
      openness: m.openness.risk[e] ?? 100,
      lockIn: 0,
      continuity: 0,
    };
    const risk = combineRisk(values, settings);
    return {
      ...base,
      providerId,
      risk,
      grade: gradeOf(risk),
      selfHostedOpen: true,
      factors: values,
    };
  }
  return {
    ...base,
    providerId,
    risk: score.risk,
    grade: score.grade,
    selfHostedOpen: false,
    factors: score.risk === null ? null : factorValues(score),
  };
}

export interface ProviderExposure {
  providerId: string;
  /** The provider's share 0-1 of the portfolio's total dependency weight. */
  share: number;
  weight: number;
  /** Eₚ = Σ(dependency risk · weight) / total scored weight, in points 0-100; the Eₚ sum to the portfolio exposure. */
  exposure: number;
  dependencyCount: number;
  /** Dependencies of this provider left out of the exposure for want of a score. */
  unscoredCount: number;
}

export interface PortfolioExposure {
  asOf: string;
  dependencies: DependencyRisk[];
  providers: ProviderExposure[];
  totalWeight: number;
  /** Σ Eₚ: the weight-averaged risk 0-100 of the scored dependencies; null when none is scored. */
  portfolioExposure: number | null;
  /** Σ(100·sₚ)² over provider shares, 0-10,000; null for an empty portfolio. */
  hhi: number | null;
  hhiBand: HhiBand | null;
  /** 10,000 / HHI: how many equally weighted providers would give the same concentration. */
  effectiveProviders: number | null;
  /** Dependencies whose model is not in the data set (kept out of every figure). */
  unknownModelIds: string[];
}

/** Exposure, provider shares and concentration of a portfolio as of an ISO day. */
export function portfolioExposure(
  ctx: RiskContext,
  dependencies: readonly Dependency[],
  asOfIso: string,
  settings: RiskSettings,
  scores?: readonly ProviderScore[],
): PortfolioExposure {
  const scoreList = scores ?? scoreProviders(ctx, asOfIso, settings, { explain: false });
  const byId = new Map(scoreList.map((s) => [s.providerId, s]));
  const deps = dependencies.map((d) => dependencyRisk(ctx, byId, d, asOfIso, settings));

  const known = deps.filter((d) => d.providerId !== null);
  const totalWeight = known.reduce((sum, d) => sum + d.weight, 0);
  const scoredWeight = known.reduce((sum, d) => sum + (d.risk === null ? 0 : d.weight), 0);
  const byProvider = new Map<string, ProviderExposure>();
  for (const d of known) {
    const pid = d.providerId ?? '';
    let row = byProvider.get(pid);
    if (row === undefined) {
      row = {
        providerId: pid,
        share: 0,
        weight: 0,
        exposure: 0,
        dependencyCount: 0,
        unscoredCount: 0,
      };
      byProvider.set(pid, row);
    }
    row.weight += d.weight;
    row.dependencyCount += 1;
    if (d.risk === null) row.unscoredCount += 1;
    else if (scoredWeight > 0) row.exposure += (d.risk * d.weight) / scoredWeight;
  }
  const providers = [...byProvider.values()];
  for (const row of providers) row.share = totalWeight > 0 ? row.weight / totalWeight : 0;
  providers.sort(
    (a, b) =>
      b.exposure - a.exposure || b.share - a.share || compareText(a.providerId, b.providerId),
  );

  const hhi = herfindahl(providers.map((p) => p.weight));
  return {
    asOf: asOfIso,
    dependencies: deps,
    providers,
    totalWeight,
    portfolioExposure: scoredWeight > 0 ? providers.reduce((sum, p) => sum + p.exposure, 0) : null,
    hhi,
    hhiBand: hhi === null ? null : hhiBand(hhi),
    effectiveProviders: hhi === null || hhi === 0 ? null : 10000 / hhi,
    unknownModelIds: deps.filter((d) => d.providerId === null).map((d) => d.modelId),
  };
}
