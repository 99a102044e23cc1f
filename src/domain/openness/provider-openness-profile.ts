import { dayNumber, preciseDayNumber } from '../dates';
import { statusAtDay } from '../openness';
import type { Model } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import { G7_TIERS, g7Tier, type G7Tier } from './g7-tier';
import { gradeSetAtDay } from './model-openness';
import { mofClass, type MofClass } from './mof-class';
import { gradesOf, type ComponentGrades, type OpennessComponentKey } from './openness-components';
import { DEFAULT_OPENNESS_WEIGHTS, opennessScore, type OpennessWeights } from './openness-score';

/*
 * A provider's openness over time, from its models' component grades: each release family's
 * score as published, and the share of its models on each step of the G7 ladder at chosen dates.
 * A family released far more closed than anything the provider released before (Meta's Muse
 * Spark after the Llama line) is a break in the line.
 */

/** A family's release: its newest member, scored with the grades it was published with. */
export interface FamilyRelease {
  family: string;
  modelId: string;
  name: string;
  release: PreciseDate;
  /** Day number of the release (a month counts from its first day). */
  day: number;
  /** Openness score 0-100 under the given weights. */
  score: number;
  g7Tier: G7Tier;
  mofClass: MofClass;
  /** Components graded `unknown` (counted as closed in the score). */
  unknown: OpennessComponentKey[];
}

/** A release at least BREAK_MIN_DROP points below every earlier release of the provider. */
export interface OpennessBreak {
  release: FamilyRelease;
  /** The lowest score among the earlier releases, and how far below it this one is (points). */
  previousLow: number;
  drop: number;
}

/** Tier shares at one date: how many of the provider's models stand on each step then. */
export interface TierShareSample {
  /** ISO day of the sample. */
  date: string;
  /** Models released by the date and not retired on it. */
  total: number;
  counts: Record<G7Tier | 'not-graded', number>;
}

export interface ProviderOpennessProfile {
  /** One per family released by `toIso`, in release order (then by name). */
  releases: FamilyRelease[];
  breaks: OpennessBreak[];
  tiers: TierShareSample[];
}

/** How far (points of the 0-100 score) below every earlier release a release must be to break the line: about two components moving from open to closed. */
export const BREAK_MIN_DROP = 15;

/** The tier-share keys in display order: the top step first, then the models off the ladder or not graded. */
export const TIER_SHARE_KEYS: readonly (G7Tier | 'not-graded')[] = [...G7_TIERS, 'not-graded'];

/**
 * The openness profile of one provider's models (models of other providers are ignored):
 * releases up to the ISO day `toIso`, and tier shares at each ISO day of `sampleDates`.
 */
export function providerOpennessProfile(
  models: readonly Model[],
  providerId: string,
  toIso: string,
  sampleDates: readonly string[],
  weights: OpennessWeights = DEFAULT_OPENNESS_WEIGHTS,
): ProviderOpennessProfile {
  const own = models.filter((m) => m.providerId === providerId);
  const to = dayNumber(toIso);

  // The family's newest member released by `toIso`, as the risk engine represents a family.
  const newest = new Map<string, Model>();
  for (const m of own) {
    const day = preciseDayNumber(m.release);
    if (day > to || !m.openness) continue;
    const current = newest.get(m.family);
    const currentDay = current ? preciseDayNumber(current.release) : -Infinity;
    if (!current || day > currentDay || (day === currentDay && m.id < current.id)) {
      newest.set(m.family, m);
    }
  }
  const releases: FamilyRelease[] = [];
  for (const [family, m] of newest) {
    const day = preciseDayNumber(m.release);
    const set = gradeSetAtDay(m, day);
    if (!set) continue;
    const grades = gradesOf(set.components);
    const scored = opennessScore(grades, weights);
    releases.push({
      family,
      modelId: m.id,
      name: m.name,
      release: m.release,
      day,
      score: scored.score ?? 0,
      g7Tier: g7Tier(grades).tier,
      mofClass: mofClass(grades).mofClass,
      unknown: scored.unknown,
    });
  }
  releases.sort((a, b) => a.day - b.day || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // Unknown components count as closed here as everywhere; each release names its unknowns, so
  // a reader can tell a break the provider made from one our sources do not cover.
  const breaks: OpennessBreak[] = [];
  let low = Infinity;
  for (const r of releases) {
    if (Number.isFinite(low) && low - r.score >= BREAK_MIN_DROP) {
      breaks.push({ release: r, previousLow: low, drop: low - r.score });
    }
    low = Math.min(low, r.score);
  }

  const tiers = sampleDates.map((date): TierShareSample => {
    const day = dayNumber(date);
    const counts = Object.fromEntries(
      TIER_SHARE_KEYS.map((k) => [k, 0]),
    ) as TierShareSample['counts'];
    let total = 0;
    for (const m of own) {
      const status = statusAtDay(m, day);
      if (status === null || status === 'retired') continue;
      total += 1;
      const set = gradeSetAtDay(m, day);
      const key = set ? g7Tier(gradesOf(set.components)).tier : 'not-graded';
      counts[key] += 1;
    }
    return { date, total, counts };
  });

  return { releases, breaks, tiers };
}

/** A provider's newest model on a date, with its grades then. */
export interface NewestModelOpenness {
  modelId: string;
  name: string;
  release: PreciseDate;
  /** Openness score 0-100; null when the model is not graded (so are the tier, class and grades). */
  score: number | null;
  g7Tier: G7Tier | null;
  mofClass: MofClass | null;
  grades: ComponentGrades | null;
  unknown: OpennessComponentKey[];
}

/** A provider's openness on one date: its models on each G7 step and its newest model. */
export interface ProviderOpennessSummary {
  /** Models released by the date and not retired on it. */
  models: number;
  tiers: TierShareSample['counts'];
  newest: NewestModelOpenness | null;
}

/**
 * A provider's openness as of an ISO day: how many of its models (released and not retired) stand
 * on each G7 step, and its newest such model (latest release, then first by id) with its grades.
 */
export function providerOpennessSummary(
  models: readonly Model[],
  providerId: string,
  asOfIso: string,
  weights: OpennessWeights = DEFAULT_OPENNESS_WEIGHTS,
): ProviderOpennessSummary {
  const day = dayNumber(asOfIso);
  const [sample] = providerOpennessProfile(models, providerId, asOfIso, [asOfIso], weights).tiers;
  let newest: Model | null = null;
  for (const m of models) {
    if (m.providerId !== providerId) continue;
    const status = statusAtDay(m, day);
    if (status === null || status === 'retired') continue;
    const d = preciseDayNumber(m.release);
    const best = newest ? preciseDayNumber(newest.release) : -Infinity;
    if (!newest || d > best || (d === best && m.id < newest.id)) newest = m;
  }
  let newestOpenness: NewestModelOpenness | null = null;
  if (newest) {
    const set = gradeSetAtDay(newest, day);
    const grades = set ? gradesOf(set.components) : null;
    const scored = grades ? opennessScore(grades, weights) : null;
    newestOpenness = {
      modelId: newest.id,
      name: newest.name,
      release: newest.release,
      score: scored?.score ?? null,
      g7Tier: grades ? g7Tier(grades).tier : null,
      mofClass: grades ? mofClass(grades).mofClass : null,
      grades,
      unknown: scored?.unknown ?? [],
    };
  }
  return {
    models: sample?.total ?? 0,
    tiers:
      sample?.counts ??
      (Object.fromEntries(TIER_SHARE_KEYS.map((k) => [k, 0])) as TierShareSample['counts']),
    newest: newestOpenness,
  };
}
