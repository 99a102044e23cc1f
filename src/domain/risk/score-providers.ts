import { dayNumber } from '../dates';
import type { OpennessLevel } from '../openness';
import type { Source } from '../schema/source';
import {
  jurisdictionRisk,
  levelOfOpennessRisk,
  meanScore,
  recency,
  saturatingOf,
  trajectoryOf,
} from './factor-rules';
import {
  familyRepAtFlat,
  opennessAtFlat,
  type FlatIndex,
  type ProviderFacts,
  type RiskContext,
} from './risk-context';
import {
  FACTOR_KEYS,
  factorInPlay,
  gradeOf,
  type FactorKey,
  type Grade,
  type RiskSettings,
} from './settings';

/** One item behind a factor value: a model family, an event, the trajectory baseline or the provider's HQ. */
export interface Contributor {
  kind: 'family' | 'event' | 'baseline' | 'provider';
  id: string;
  label: string;
  modelId?: string;
  eventId?: string;
  /** Points of the factor value (0-100 scale) this item accounts for; contributors sum to the value. */
  share: number;
  /** The item's own value before weighting: openness risk or lock-in 0-100 of a family, sign·severity or severity/3 of an event. */
  itemValue: number;
  /** Recency weight 0-1 at the as-of date (1 for the baseline and the provider). */
  recency: number;
  /** Openness level 1-5 of a family's representative (openness factor only). */
  level?: OpennessLevel;
  sources: Source[];
}

export interface FactorScore {
  key: FactorKey;
  /** 0-100, higher is riskier; null when the factor is not in play (no active model, or jurisdiction not configured). */
  value: number | null;
  /** The user's weight for the factor (not normalised). */
  weight: number;
  /** The weight's share 0-1 of R among the factors in play; 0 when the factor is left out. */
  normalizedWeight: number;
  contributors: Contributor[];
}

export type FactorValues = Record<FactorKey, number | null>;

export interface ProviderScore {
  providerId: string;
  asOf: string;
  /** Provider risk R 0-100; null for "no data" (no active model at the as-of date). */
  risk: number | null;
  grade: Grade | null;
  factors: Record<FactorKey, FactorScore>;
  /** Families with an active member at the as-of date. */
  activeFamilies: number;
}

export interface ScoreOptions {
  /** Build the contributors of every factor (default true); false gives values only, faster. */
  explain?: boolean;
  /** Score only these providers (default: all, in data set order). */
  providerIds?: readonly string[];
}

/** Provider risk R 0-100 from factor values: Σ wᵢ·fᵢ / Σ wᵢ over the factors in play; null without an active model. */
export function combineRisk(values: FactorValues, settings: RiskSettings): number | null {
  if (values.openness === null) return null;
  let num = 0;
  let den = 0;
  for (const key of FACTOR_KEYS) {
    const v = values[key];
    const w = settings.weights[key];
    if (v === null || !factorInPlay(key, settings) || !(w > 0)) continue;
    num += w * v;
    den += w;
  }
  // Clamped: rounding can put a weighted mean of equal 100s a hair above 100.
  return den > 0 ? Math.min(100, Math.max(0, num / den)) : null;
}

function normalizedWeights(
  values: FactorValues,
  settings: RiskSettings,
): Record<FactorKey, number> {
  let den = 0;
  for (const key of FACTOR_KEYS) {
    const w = settings.weights[key];
    if (values[key] !== null && factorInPlay(key, settings) && w > 0) den += w;
  }
  const out = {} as Record<FactorKey, number>;
  for (const key of FACTOR_KEYS) {
    const w = settings.weights[key];
    out[key] =
      den > 0 && values[key] !== null && factorInPlay(key, settings) && w > 0 ? w / den : 0;
  }
  return out;
}

/** Number of entries of an ascending list that are ≤ `day`. */
export function countUpTo(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? Infinity) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Recency-weighted sums over a provider's family representatives on `day`, weights 2^(−(ref − release)/h). */
function familySums(x: FlatIndex, from: number, to: number, day: number, h: number, ref: number) {
  const release = x.release;
  const opRisk = x.opRisk;
  const opLock = x.opLock;
  let n = 0;
  let newest = -Infinity;
  let W = 0;
  let A = 0;
  let L = 0;
  for (let i = from; i < to; i++) {
    const rep = familyRepAtFlat(x, i, day);
    if (rep < 0) continue;
    n += 1;
    const rel = release[rep] ?? 0;
    if (rel > newest) newest = rel;
    const e = opennessAtFlat(x, rep, day);
    const w = recency(ref - rel, h);
    W += w;
    A += w * (opRisk[e] ?? 100);
    L += w * (opLock[e] ?? 100);
  }
  return { n, newest, W, A, L };
}

function scoreOne(
  ctx: RiskContext,
  p: ProviderFacts,
  day: number,
  asOf: string,
  settings: RiskSettings,
  explain: boolean,
): ProviderScore {
  const h = settings.halfLifeDays;
  const x = ctx.flat;
  const famStart = x.provFamStart[p.index] ?? 0;
  const famEnd = x.provFamStart[p.index + 1] ?? 0;
  let ref = day;
  let sums = familySums(x, famStart, famEnd, day, h, ref);
  if (sums.n > 0 && !(sums.W > 0)) {
    // Every family underflowed (centuries old under a short half-life): weigh them relative to
    // the newest instead; the mean is the same.
    ref = sums.newest;
    sums = familySums(x, famStart, famEnd, day, h, ref);
  }
  const { n, W, A, L } = sums;
  const openness = n > 0 && W > 0 ? meanScore(A, W) : null;
  const lockIn = n > 0 && W > 0 ? meanScore(L, W) : null;

  const evStart = x.provEvStart[p.index] ?? 0;
  const end = countUpTo(p.eventDays, day);
  let sT = 0;
  let sC = 0;
  let sR = 0;
  for (let i = 0; i < end; i++) {
    const ev = x.provEv[evStart + i] ?? 0;
    const t = x.evTrajectory[ev] ?? 0;
    const c = x.evContinuity[ev] ?? 0;
    const r = x.evRegulatory[ev] ?? 0;
    if (t === 0 && c === 0 && r === 0) continue;
    const rec = recency(day - (x.evDay[ev] ?? 0), h);
    sT += t * rec;
    sC += c * rec;
    sR += r * rec;
  }
  const trajectory = trajectoryOf(sT);
  const continuity = saturatingOf(sC);
  const regulatory = saturatingOf(sR);
  const jurisdiction = jurisdictionRisk(p.provider.hqCountry, settings.jurisdiction);

  const values: FactorValues = {
    openness,
    trajectory,
    lockIn,
    continuity,
    regulatory,
    jurisdiction,
  };
  const risk = combineRisk(values, settings);
  const norm = normalizedWeights(values, settings);

  const contributors: Record<FactorKey, Contributor[]> = {
    openness: [],
    trajectory: [],
    lockIn: [],
    continuity: [],
    regulatory: [],
    jurisdiction: [],
  };
  if (explain) {
    if (W > 0) {
      for (let i = famStart; i < famEnd; i++) {
        const rep = familyRepAtFlat(x, i, day);
        const m = rep < 0 ? undefined : ctx.models[x.slotModel[rep] ?? -1];
        if (m === undefined) continue;
        const flatEntry = opennessAtFlat(x, rep, day);
        const w = recency(ref - m.releaseDay, h);
        const risk0 = x.opRisk[flatEntry] ?? 100;
        const lock0 = x.opLock[flatEntry] ?? 100;
        const recencyAtT = recency(day - m.releaseDay, h);
        // Object literals with every field, not spreads: explaining a synthetic data set builds
        // a hundred thousand of these, and spreads are several times slower.
        contributors.openness.push({
          kind: 'family',
          id: m.model.family,
          label: m.model.name,
          modelId: m.model.id,
          share: (w * risk0) / W,
          itemValue: risk0,
          recency: recencyAtT,
          // Read from the flat index: `m.openness` would make the model's history arrays.
          level: levelOfOpennessRisk(risk0),
          sources: m.model.sources,
        });
        contributors.lockIn.push({
          kind: 'family',
          id: m.model.family,
          label: m.model.name,
          modelId: m.model.id,
          share: (w * lock0) / W,
          itemValue: lock0,
          recency: recencyAtT,
          sources: m.model.sources,
        });
      }
    }
    contributors.trajectory.push({
      kind: 'baseline',
      id: 'baseline',
      label: 'Neutral baseline',
      share: 50,
      itemValue: 50,
      recency: 1,
      sources: [],
    });
    // Pro rata shares of the squashed factors: each event gets f·rawᵢ/S (trajectory: (f − 50)·rawᵢ/S).
    const kT = sT !== 0 ? (trajectory - 50) / sT : 0;
    const kC = sC !== 0 ? continuity / sC : 0;
    const kR = sR !== 0 ? regulatory / sR : 0;
    for (let i = 0; i < end; i++) {
      const ev = ctx.events[p.events[i] ?? 0];
      if (ev === undefined) continue;
      if (ev.trajectory === 0 && ev.continuity === 0 && ev.regulatory === 0) continue;
      const rec = recency(day - ev.day, h);
      const eventContributor = (share: number, itemValue: number): Contributor => ({
        kind: 'event',
        id: ev.event.id,
        label: ev.event.title,
        eventId: ev.event.id,
        share,
        itemValue,
        recency: rec,
        sources: ev.event.sources,
      });
      if (ev.trajectory !== 0)
        contributors.trajectory.push(eventContributor(kT * ev.trajectory * rec, ev.trajectory));
      if (ev.continuity !== 0)
        contributors.continuity.push(eventContributor(kC * ev.continuity * rec, ev.continuity));
      if (ev.regulatory !== 0)
        contributors.regulatory.push(eventContributor(kR * ev.regulatory * rec, ev.regulatory));
    }
    if (jurisdiction !== null) {
      contributors.jurisdiction.push({
        kind: 'provider',
        id: p.provider.id,
        label: `Headquartered in ${p.provider.hqCountry}`,
        share: jurisdiction,
        itemValue: jurisdiction,
        recency: 1,
        sources: p.provider.sources,
      });
    }
  }

  const factors = {} as Record<FactorKey, FactorScore>;
  for (const key of FACTOR_KEYS) {
    factors[key] = {
      key,
      value: values[key],
      weight: settings.weights[key],
      normalizedWeight: norm[key],
      contributors: contributors[key],
    };
  }
  return {
    providerId: p.provider.id,
    asOf,
    risk,
    grade: gradeOf(risk),
    factors,
    activeFamilies: n,
  };
}

/** Risk R 0-100 and its six factors for every provider (or the listed ones) as of an ISO day. */
export function scoreProviders(
  ctx: RiskContext,
  asOfIso: string,
  settings: RiskSettings,
  options: ScoreOptions = {},
): ProviderScore[] {
  const day = dayNumber(asOfIso);
  const explain = options.explain ?? true;
  const out: ProviderScore[] = [];
  if (options.providerIds) {
    for (const id of options.providerIds) {
      const idx = ctx.providerIndex.get(id);
      const p = idx === undefined ? undefined : ctx.providers[idx];
      if (p) out.push(scoreOne(ctx, p, day, asOfIso, settings, explain));
    }
    return out;
  }
  for (const p of ctx.providers) out.push(scoreOne(ctx, p, day, asOfIso, settings, explain));
  return out;
}

/**
 * How many of each provider's model families are active on `asOfIso`, per openness level
 * (indices 1 to 5): what the openness factor's family contributors of `scoreProviders` count,
 * without building the explanations (two objects per family, about 100,000 at scale) when only
 * the counts are read (the Overview's openness mix).
 */
export function opennessLevelCounts(
  ctx: RiskContext,
  asOfIso: string,
  settings: RiskSettings,
): Map<string, number[]> {
  const day = dayNumber(asOfIso);
  const h = settings.halfLifeDays;
  const x = ctx.flat;
  const out = new Map<string, number[]>();
  for (const p of ctx.providers) {
    const famStart = x.provFamStart[p.index] ?? 0;
    const famEnd = x.provFamStart[p.index + 1] ?? 0;
    // The same condition as the contributors: families weigh something (see scoreOne).
    let sums = familySums(x, famStart, famEnd, day, h, day);
    if (sums.n > 0 && !(sums.W > 0)) sums = familySums(x, famStart, famEnd, day, h, sums.newest);
    const counts = [0, 0, 0, 0, 0, 0];
    if (sums.W > 0) {
      for (let i = famStart; i < famEnd; i++) {
        const rep = familyRepAtFlat(x, i, day);
        if (rep < 0) continue;
        const level = levelOfOpennessRisk(x.opRisk[opennessAtFlat(x, rep, day)] ?? 100);
        counts[level] = (counts[level] ?? 0) + 1;
      }
    }
    out.set(p.provider.id, counts);
  }
  return out;
}

/** Risk and explanation of one provider as of an ISO day; null for an unknown provider id. */
export function scoreProvider(
  ctx: RiskContext,
  providerId: string,
  asOfIso: string,
  settings: RiskSettings,
): ProviderScore | null {
  return scoreProviders(ctx, asOfIso, settings, { providerIds: [providerId] })[0] ?? null;
}

/** The factor values of a score as a plain record. */
export function factorValues(score: ProviderScore): FactorValues {
  const out = {} as FactorValues;
  for (const key of FACTOR_KEYS) out[key] = score.factors[key].value;
  return out;
}
