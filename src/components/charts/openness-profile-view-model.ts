import { dayNumber } from '@/domain/dates';
import { G7_TIER_LABELS } from '@/domain/openness/g7-tier';
import { MOF_CLASS_LABELS } from '@/domain/openness/mof-class';
import { componentList } from '@/domain/openness/openness-components';
import {
  TIER_SHARE_KEYS,
  type ProviderOpennessProfile,
} from '@/domain/openness/provider-openness-profile';
import { formatDay, formatPreciseDate, formatScore, formatSigned } from '../format';
import { G7_TIER_COLOR } from './palette';
import type { StackRow, StackSeries } from './stacked-bars-chart';

/** One release family on the score chart. */
export interface ReleasePointView {
  modelId: string;
  name: string;
  /** Day number: the x value. */
  day: number;
  dateLabel: string;
  /** Openness score 0-100: the y value. */
  score: number;
  scoreLabel: string;
  tierLabel: string;
  classLabel: string;
  /** "2 unknown (…), counted as closed", or "" when every component is sourced. */
  unknownLabel: string;
  /** Set when this release breaks the line: how far below every earlier release it is. */
  breakLabel: string | null;
}

export interface TierShareRowView extends StackRow {
  /** Models counted at the sample date, and how many on each step. */
  models: number;
  counts: Readonly<Record<string, number>>;
}

export interface OpennessProfileView {
  points: ReleasePointView[];
  breaks: ReleasePointView[];
  /** x domain in day numbers, and 1 January of each year in it. */
  domain: [number, number];
  yearTicks: number[];
  tierSeries: StackSeries[];
  tierRows: TierShareRowView[];
}

export const TIER_SHARE_LABEL: Record<(typeof TIER_SHARE_KEYS)[number], string> = {
  ...G7_TIER_LABELS,
  'not-graded': 'Not graded',
};

/**
 * The ISO days the tier shares are sampled on: the last day of each year from `firstIso`'s year
 * up to the year before `toIso`'s, then `toIso` itself.
 */
export function tierSampleDates(firstIso: string, toIso: string): string[] {
  const dates: string[] = [];
  for (let y = Number(firstIso.slice(0, 4)); y < Number(toIso.slice(0, 4)); y++) {
    dates.push(`${y}-12-31`);
  }
  dates.push(toIso);
  return dates;
}

/** The provider page's openness charts: release scores over time (with breaks) and tier shares. */
export function toOpennessProfileView(
  profile: ProviderOpennessProfile,
  fromIso: string,
  toIso: string,
): OpennessProfileView {
  const breakOf = new Map(profile.breaks.map((b) => [b.release.modelId, b]));
  const points = profile.releases.map((r): ReleasePointView => {
    const brk = breakOf.get(r.modelId);
    return {
      modelId: r.modelId,
      name: r.name,
      day: r.day,
      dateLabel: formatPreciseDate(r.release),
      score: r.score,
      scoreLabel: formatScore(r.score),
      tierLabel: G7_TIER_LABELS[r.g7Tier],
      classLabel: MOF_CLASS_LABELS[r.mofClass],
      unknownLabel:
        r.unknown.length === 0
          ? ''
          : `${r.unknown.length} unknown (${componentList(r.unknown)}), counted as closed`,
      breakLabel: brk
        ? `${formatSigned(-brk.drop)} below the lowest earlier release (${formatScore(brk.previousLow)})`
        : null,
    };
  });
  const from = Math.min(dayNumber(fromIso), ...points.map((p) => p.day));
  const to = dayNumber(toIso);
  const yearTicks: number[] = [];
  for (let y = Number(fromIso.slice(0, 4)); y <= Number(toIso.slice(0, 4)) + 1; y++) {
    const d = dayNumber(`${y}-01-01`);
    if (d >= from && d <= to) yearTicks.push(d);
  }
  const shown = TIER_SHARE_KEYS.filter(
    (k) => k !== 'not-graded' || profile.tiers.some((t) => t.counts['not-graded'] > 0),
  );
  const lastDate = profile.tiers[profile.tiers.length - 1]?.date;
  const tierRows = profile.tiers.map((t): TierShareRowView => {
    const values: Record<string, number> = {};
    for (const k of shown) values[k] = t.total > 0 ? (100 * t.counts[k]) / t.total : 0;
    return {
      id: t.date,
      label: t.date === lastDate ? formatDay(t.date) : `End of ${t.date.slice(0, 4)}`,
      values,
      total: t.total > 0 ? 100 : 0,
      models: t.total,
      counts: t.counts,
    };
  });
  return {
    points,
    breaks: points.filter((p) => p.breakLabel !== null),
    domain: [from, to],
    yearTicks,
    tierSeries: shown.map((k) => ({ key: k, label: TIER_SHARE_LABEL[k], color: G7_TIER_COLOR[k] })),
    tierRows,
  };
}
