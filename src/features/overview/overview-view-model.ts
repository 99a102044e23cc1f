import { factorValueLabel } from '@/components/charts/factor-labels';
import type { BarRow } from '@/components/charts/horizontal-bar-chart';
import {
  FACTOR_COLOR,
  GRADE_COLOR,
  GRADE_TEXT_COLOR,
  NO_DATA_COLOR,
  OPENNESS_COLOR,
} from '@/components/charts/palette';
import { formatScore, formatShare, formatSigned } from '@/components/format';
import { addDays, dayNumber, preciseDayNumber } from '@/domain/dates';
import { OPENNESS_NAMES, type OpennessLevel } from '@/domain/openness';
import type { MoveSplit } from '@/domain/risk/move-split';
import type { RiskContext } from '@/domain/risk/risk-context';
import type { ProviderScore } from '@/domain/risk/score-providers';
import {
  FACTOR_KEYS,
  FACTOR_LABELS,
  type FactorKey,
  type Grade,
  type RiskSettings,
} from '@/domain/risk/settings';
import type { RiskEvent } from '@/domain/schema/event';
import type { Model } from '@/domain/schema/model';
import type { Provider } from '@/domain/schema/provider';
import { compareText } from '@/domain/compare-text';

/** The as-of quick picks of the Overview. */
export const BEFORE_MUSE_SPARK = '2026-04-07';
/** Where the trend starts: the first facts of the data set are from March 2023. */
export const TREND_FROM = '2023-01-01';
/** The window of the headline's "biggest mover" and "scheduled events". */
export const HEADLINE_WINDOW_DAYS = 90;

/** What the headline and the charts are drawn from: the date's scores and ranking. */
export interface RankedViewProps {
  ctx: RiskContext;
  asOf: string;
  settings: RiskSettings;
  /** Scores as of the date, with their explanations. */
  scores: readonly ProviderScore[];
  ranking: readonly RankedRow[];
  /** The carried link parameters, for links to other pages. */
  search: string;
}

export interface RankedRow {
  providerId: string;
  name: string;
  /** 0-100; null for "no data". */
  risk: number | null;
  grade: Grade | null;
  /** "49.1 · C", or "no data". */
  label: string;
  color: string;
  textColor: string;
}

/** Providers ranked by risk, highest first; providers without a score last, then by name. */
export function toRiskRanking(
  scores: readonly ProviderScore[],
  providers: readonly Provider[],
): RankedRow[] {
  const nameOf = new Map(providers.map((p) => [p.id, p.shortName]));
  const rows = scores.map((s) => ({
    providerId: s.providerId,
    name: nameOf.get(s.providerId) ?? s.providerId,
    risk: s.risk,
    grade: s.grade,
    label: s.risk === null || s.grade === null ? 'no data' : `${formatScore(s.risk)} · ${s.grade}`,
    color: s.grade ? GRADE_COLOR[s.grade] : NO_DATA_COLOR,
    textColor: s.grade ? GRADE_TEXT_COLOR[s.grade] : 'var(--text)',
  }));
  return rows.sort((a, b) => {
    if (a.risk === null || b.risk === null)
      return a.risk === b.risk ? compareText(a.name, b.name) : a.risk === null ? 1 : -1;
    return b.risk - a.risk || compareText(a.name, b.name);
  });
}

export interface SeriesKey<K extends string> {
  key: K;
  label: string;
  color: string;
}

export interface StackedRow<K extends string> {
  id: string;
  label: string;
  /** Segment sizes in display units, in series order. */
  values: Record<K, number>;
  total: number;
}

/**
 * Each provider's risk split into what each factor adds to it (normalised weight × factor value,
 * in points), so a row's segments sum to the provider's risk. Factors left out are not listed.
 */
export function toFactorBreakdown(
  scores: readonly ProviderScore[],
  ranking: readonly RankedRow[],
): { series: SeriesKey<FactorKey>[]; rows: StackedRow<FactorKey>[] } {
  const byId = new Map(scores.map((s) => [s.providerId, s]));
  const inPlay = FACTOR_KEYS.filter((k) => scores.some((s) => s.factors[k].normalizedWeight > 0));
  const rows: StackedRow<FactorKey>[] = [];
  for (const r of ranking) {
    const s = byId.get(r.providerId);
    if (!s || s.risk === null) continue;
    const values = {} as Record<FactorKey, number>;
    for (const k of FACTOR_KEYS)
      values[k] = (s.factors[k].value ?? 0) * s.factors[k].normalizedWeight;
    rows.push({ id: r.providerId, label: r.name, values, total: s.risk });
  }
  return {
    series: inPlay.map((key) => ({ key, label: FACTOR_LABELS[key], color: FACTOR_COLOR[key] })),
    rows,
  };
}

export type LevelKey = `L${OpennessLevel}`;
const LEVELS: OpennessLevel[] = [5, 4, 3, 2, 1];

/**
 * Share (percent) of each provider's active model families at each openness level as of the
 * scores' date, from the engine's counts (`opennessLevelCounts`: the families the openness
 * factor's contributors are, by level).
 */
export function toOpennessMix(
  levelCounts: ReadonlyMap<string, readonly number[]>,
  ranking: readonly RankedRow[],
): {
  series: SeriesKey<LevelKey>[];
  rows: Array<StackedRow<LevelKey> & { families: number; counts: Record<LevelKey, number> }>;
} {
  const rows = [];
  for (const r of ranking) {
    const byLevel = levelCounts.get(r.providerId);
    if (!byLevel) continue;
    const counts = { L5: 0, L4: 0, L3: 0, L2: 0, L1: 0 } as Record<LevelKey, number>;
    let families = 0;
    for (const l of LEVELS) {
      counts[`L${l}`] = byLevel[l] ?? 0;
      families += byLevel[l] ?? 0;
    }
    const values = { L5: 0, L4: 0, L3: 0, L2: 0, L1: 0 } as Record<LevelKey, number>;
    for (const l of LEVELS) values[`L${l}`] = families > 0 ? (100 * counts[`L${l}`]) / families : 0;
    rows.push({
      id: r.providerId,
      label: r.name,
      values,
      total: families > 0 ? 100 : 0,
      families,
      counts,
    });
  }
  return {
    series: LEVELS.map((l) => ({
      key: `L${l}` as LevelKey,
      label: `L${l} ${OPENNESS_NAMES[l]}`,
      color: OPENNESS_COLOR[l],
    })),
    rows,
  };
}

export interface Headline {
  tracked: number;
  scored: number;
  highest: { providerId: string; name: string; risk: number; grade: Grade } | null;
  /** The largest absolute change of risk over the window before the as-of date. */
  mover: {
    providerId: string;
    name: string;
    from: number;
    to: number;
    delta: number;
    since: string;
    /** What the move comes from: events dated in the window, or the decay of older ones. */
    cause: MoverCause;
  } | null;
  scheduled: {
    count: number;
    until: string;
    events: Array<{ id: string; title: string; date: string }>;
  };
  /** The first scheduled event after the window, if any (so a zero is not the whole story). */
  nextScheduled: { id: string; title: string; date: string } | null;
}

/** A move split by cause: facts dated in the window against the decay of older ones. */
export interface MoverCause {
  /**
   * Events dated in the window (after its first day, up to the as-of date) that count today,
   * largest first, with the points of today's risk their explanation rows account for.
   */
  events: Array<{ id: string; title: string; date: string; points: number }>;
  /** Names of the provider's models released in the window. */
  newModels: string[];
  /** Points of the move due to facts dated in the window (events, releases, openness and status changes). */
  fromNew: number;
  /** Points of the move due to the decay of older events (what time alone did to the score). */
  decay: number;
  /** The split in words: "No new events in these 90 days; decay of older events." */
  summary: string;
}

/**
 * Why a provider's score moved over the window. The points come from `splitMove` (the score as
 * of the as-of date on the facts known at the window's start, against the real one): `fromNew`
 * for the facts dated in the window, `decay` for the rest; they add up to the move. The events
 * named are read from the risk engine's explanation rows as of the as-of date (contributors of
 * kind "event" dated in the window, with their points: share × normalised factor weight), the
 * new models from the data. Without a split (no score at one end), the events' points stand for
 * `fromNew`.
 */
export function moverCause(
  score: ProviderScore | undefined,
  split: Pick<MoveSplit, 'fromNew' | 'fromDecay'> | null,
  delta: number,
  window: { since: string; asOf: string; days: number },
  events: readonly RiskEvent[],
  models: readonly Pick<Model, 'providerId' | 'name' | 'release' | 'hypothetical'>[],
): MoverCause {
  const from = dayNumber(window.since);
  const to = dayNumber(window.asOf);
  const inWindow = (d: { date: string; precision: 'day' | 'month' }) => {
    const day = preciseDayNumber(d);
    return day > from && day <= to;
  };
  const byId = new Map(events.map((e) => [e.id, e]));
  const points = new Map<string, number>();
  if (score) {
    for (const key of FACTOR_KEYS) {
      const f = score.factors[key];
      for (const c of f.contributors) {
        if (c.kind !== 'event' || c.eventId === undefined) continue;
        const e = byId.get(c.eventId);
        if (!e || !inWindow(e.date)) continue;
        points.set(e.id, (points.get(e.id) ?? 0) + c.share * f.normalizedWeight);
      }
    }
  }
  const list = [...points]
    .map(([id, p]) => {
      const e = byId.get(id);
      return { id, title: e?.title ?? id, date: e?.date.date ?? '', points: p };
    })
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || compareText(a.id, b.id));
  const newModels = score
    ? models
        .filter((m) => m.providerId === score.providerId && !m.hypothetical && inWindow(m.release))
        .map((m) => m.name)
    : [];
  const fromNew = split ? split.fromNew : list.reduce((sum, e) => sum + e.points, 0);
  const decay = split ? split.fromDecay : delta - fromNew;
  const span = `these ${window.days} days`;
  let summary: string;
  if (list.length === 0 && newModels.length === 0) {
    summary = `No new events in ${span}; decay of older events.`;
  } else {
    const named = [...list.map((e) => e.title), ...newModels.map((name) => `${name} released`)];
    const more = named.length > 2 ? ` and ${named.length - 2} more` : '';
    const what = list.length === 0 ? 'No new events; releases' : 'Events and releases';
    summary = `${what} in ${span}: ${formatSigned(fromNew)} (${named.slice(0, 2).join('; ')}${more}); decay of older events: ${formatSigned(decay)}.`;
  }
  return { events: list, newModels, fromNew, decay, summary };
}

/**
 * The Overview's headline row: providers tracked, highest risk, biggest mover over the 90 days
 * before the as-of date (scores at as-of − 90 days against scores at as-of) with its move split
 * into events dated in the window and the decay of older ones (`moverCause`), and scheduled
 * events dated within the 90 days after it.
 */
export function toHeadline({
  ranking,
  current = [],
  explain,
  earlier,
  providers,
  models = [],
  split,
  events,
  asOf,
}: {
  ranking: readonly RankedRow[];
  /** Scores as of asOf with their explanations (for the mover's causes). */
  current?: readonly ProviderScore[];
  /** The explained score of one provider as of asOf, when `current` holds no explanations. */
  explain?: (providerId: string) => ProviderScore | undefined;
  /** Scores as of asOf − HEADLINE_WINDOW_DAYS. */
  earlier: readonly ProviderScore[];
  providers: readonly Provider[];
  models?: readonly Pick<Model, 'providerId' | 'name' | 'release' | 'hypothetical'>[];
  /** The mover's move split by cause (`splitMove`), when the caller has it. */
  split?: (providerId: string) => Pick<MoveSplit, 'fromNew' | 'fromDecay'> | null;
  events: readonly RiskEvent[];
  asOf: string;
}): Headline {
  const top = ranking[0];
  const highest =
    top && top.risk !== null && top.grade !== null
      ? { providerId: top.providerId, name: top.name, risk: top.risk, grade: top.grade }
      : null;
  const since = addDays(asOf, -HEADLINE_WINDOW_DAYS);
  const before = new Map(earlier.map((s) => [s.providerId, s.risk]));
  let best: Omit<NonNullable<Headline['mover']>, 'cause'> | null = null;
  for (const r of ranking) {
    const from = before.get(r.providerId);
    if (r.risk === null || from === null || from === undefined) continue;
    const delta = r.risk - from;
    if (best === null || Math.abs(delta) > Math.abs(best.delta)) {
      best = { providerId: r.providerId, name: r.name, from, to: r.risk, delta, since };
    }
  }
  const mover: Headline['mover'] =
    best === null
      ? null
      : {
          ...best,
          cause: moverCause(
            explain
              ? explain(best.providerId)
              : current.find((s) => s.providerId === best.providerId),
            split ? split(best.providerId) : null,
            best.delta,
            { since, asOf, days: HEADLINE_WINDOW_DAYS },
            events,
            models,
          ),
        };
  const start = dayNumber(asOf);
  const until = addDays(asOf, HEADLINE_WINDOW_DAYS);
  const end = dayNumber(until);
  const scheduled = events
    .filter((e) => e.scheduled && !e.hypothetical)
    .map((e) => ({ id: e.id, title: e.title, date: e.date.date, day: dayNumber(e.date.date) }))
    .filter((e) => e.day > start)
    .sort((a, b) => a.day - b.day || compareText(a.id, b.id));
  const inWindow = scheduled.filter((e) => e.day <= end);
  const next = scheduled.find((e) => e.day > end);
  return {
    tracked: providers.length,
    scored: ranking.filter((r) => r.risk !== null).length,
    highest,
    mover,
    scheduled: {
      count: inWindow.length,
      until,
      events: inWindow.map(({ id, title, date }) => ({ id, title, date })),
    },
    nextScheduled: next ? { id: next.id, title: next.title, date: next.date } : null,
  };
}

/** The trend's default providers: the `top` riskiest, plus Meta (whose 2026 pivot the app follows). */
export function defaultTrendProviders(
  ranking: readonly RankedRow[],
  top = 3,
  always: readonly string[] = ['meta'],
): string[] {
  const ids = ranking
    .filter((r) => r.risk !== null)
    .slice(0, top)
    .map((r) => r.providerId);
  for (const id of always)
    if (!ids.includes(id) && ranking.some((r) => r.providerId === id)) ids.push(id);
  return ids;
}

/** One provider's six factors as bars (0-100), each labelled with its value and its weight in the score. */
export function toFactorBars(score: ProviderScore): BarRow[] {
  return FACTOR_KEYS.map((key) => {
    const f = score.factors[key];
    const inPlay = f.value !== null && f.normalizedWeight > 0;
    return {
      id: key,
      label: FACTOR_LABELS[key],
      value: f.value,
      valueLabel:
        factorValueLabel(key, f.value) +
        (f.value === null ? '' : inPlay ? ` · ${formatShare(f.normalizedWeight)}` : ' · left out'),
      color: FACTOR_COLOR[key],
    };
  });
}
