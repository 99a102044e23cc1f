import { dayNumber, isoFromDayNumber } from '@/domain/dates';
import type { EventImpact } from '@/domain/risk/event-impacts';
import type { ProviderTrend } from '@/domain/risk/risk-trend';
import type { Direction, RiskEvent } from '@/domain/schema/event';
import type { Provider } from '@/domain/schema/provider';
import { formatDay, formatScore, formatSigned } from '../format';
import { DIRECTION_COLOR, DIRECTION_LABEL, providerColor } from './palette';
import { compareText } from '@/domain/compare-text';

export interface TrendPointView {
  /** Day number (days since 1970-01-01 UTC): the x value. */
  day: number;
  date: string;
  /** Provider risk 0-100, null for "no data" (a gap in the line). */
  risk: number | null;
}

export interface TrendSeriesView {
  providerId: string;
  name: string;
  color: string;
  points: TrendPointView[];
}

export interface TrendMarkerView {
  eventId: string;
  providerId: string;
  providerName: string;
  title: string;
  date: string;
  dateLabel: string;
  day: number;
  /** R on the event's date (where the marker sits); null when there is no score. */
  risk: number | null;
  delta: number | 'n/a';
  /** "+23.6", "−4.1" or "n/a". */
  deltaLabel: string;
  direction: Direction;
  color: string;
  /**
   * One of the largest moves, to be labelled on the chart where there is a free place beside its
   * marker; every marker names itself in the tooltip and the table.
   */
  labelled: boolean;
  /** An event of the active scenario, not a fact: drawn hollow and dashed. */
  hypothetical: boolean;
}

/**
 * One x value of the chart with every chosen provider's risk on that day (undefined: not sampled;
 * with `trendSampleDays` passed to the trend, every provider is sampled on every row's day).
 */
export interface TrendRowView {
  day: number;
  date: string;
  risks: Record<string, number | null>;
}

export interface RiskTrendView {
  series: TrendSeriesView[];
  /**
   * The series merged by day, ascending and one per day: the chart's only data, so that the
   * tooltip's point i, the keyboard's point i and row i of the table are the same.
   */
  rows: TrendRowView[];
  markers: TrendMarkerView[];
  /** x domain in day numbers. */
  domain: [number, number];
  /** Day numbers of 1 January of each year in the domain (axis ticks). */
  yearTicks: number[];
}


/**
 * The days a trend of several providers samples besides its monthly grid: every event's date and
 * the day before it (where a jump draws as a step), so that each provider has a value at every
 * x of the chart. Pass them as `extraDays` to `riskTrend`.
 */
export function trendSampleDays(
  impacts: readonly EventImpact[],
  fromIso: string,
  toIso: string,
): string[] {
  const from = dayNumber(fromIso);
  const to = dayNumber(toIso);
  const days = new Set<number>();
  for (const impact of impacts) {
    const day = dayNumber(impact.date);
    for (const d of [day - 1, day]) if (d >= from && d <= to) days.add(d);
  }
  return [...days].sort((a, b) => a - b).map(isoFromDayNumber);
}

/** What the chart says about one point: the tooltip and the table's row say the same. */
export interface TrendPointDescription {
  dateLabel: string;
  values: Array<{ providerId: string; name: string; color: string; label: string }>;
  /** The markers on that day: "Toward closed: Meta launches … (Meta +23.6)". */
  events: string[];
}

export function describeTrendRow(view: RiskTrendView, row: TrendRowView): TrendPointDescription {
  return {
    dateLabel: formatDay(row.date),
    values: view.series.map((s) => {
      const risk = row.risks[s.providerId];
      return {
        providerId: s.providerId,
        name: s.name,
        color: s.color,
        label: risk === undefined ? 'not sampled' : formatScore(risk),
      };
    }),
    events: view.markers
      .filter((m) => m.day === row.day)
      .map(
        (m) =>
          `${m.hypothetical ? 'Hypothetical, ' : ''}${DIRECTION_LABEL[m.direction]}: ${m.title} (${m.providerName} ${m.deltaLabel})`,
      ),
  };
}

/** ΔR in points with its sign ("+23.6", "−4.1", "0.0"), or "n/a". */
export function formatDelta(delta: number | 'n/a'): string {
  return delta === 'n/a' ? 'n/a' : formatSigned(delta);
}

/** Marker events move R by at least this many points (smaller moves stay in the table of events). */
export const MARKER_MIN_DELTA = 0.5;

/**
 * The risk trend chart's view model: one line per chosen provider (in the order given) and a
 * marker for each event that moved a chosen provider's risk by at least MARKER_MIN_DELTA points.
 * The day before each marker gets the engine's "before" value so that a jump draws as a step.
 */
export function toRiskTrendView({
  trends,
  impacts,
  events,
  providers,
  allProviderIds,
  fromIso,
  toIso,
  labelTop = 3,
}: {
  trends: readonly ProviderTrend[];
  impacts: readonly EventImpact[];
  events: readonly RiskEvent[];
  providers: readonly Provider[];
  /** Every provider id in data set order: colours are stable across charts. */
  allProviderIds: readonly string[];
  fromIso: string;
  toIso: string;
  /** How many of the largest moves get a direct label. */
  labelTop?: number;
}): RiskTrendView {
  const from = dayNumber(fromIso);
  const to = dayNumber(toIso);
  const nameOf = new Map(providers.map((p) => [p.id, p.shortName]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const chosen = new Set(trends.map((t) => t.providerId));

  const markers: TrendMarkerView[] = [];
  for (const impact of impacts) {
    if (!chosen.has(impact.providerId)) continue;
    const day = dayNumber(impact.date);
    if (day < from || day > to) continue;
    if (typeof impact.delta === 'number' && Math.abs(impact.delta) < MARKER_MIN_DELTA) continue;
    const event = eventById.get(impact.eventId);
    if (!event) continue;
    markers.push({
      eventId: impact.eventId,
      providerId: impact.providerId,
      providerName: nameOf.get(impact.providerId) ?? impact.providerId,
      title: event.title,
      date: impact.date,
      dateLabel: formatDay(impact.date),
      day,
      risk: impact.after,
      delta: impact.delta,
      deltaLabel: formatDelta(impact.delta),
      direction: event.direction,
      color: DIRECTION_COLOR[event.direction],
      labelled: false,
      hypothetical: event.hypothetical,
    });
  }
  markers.sort(
    (a, b) =>
      a.day - b.day ||
      compareText(a.providerName, b.providerName) ||
      compareText(a.eventId, b.eventId),
  );
  // The largest moves are labelled on the chart, where the chart finds them a free place beside
  // their marker (src/lib/chart-label-placement.ts); the others name themselves in the tooltip.
  const byMove = [...markers]
    .filter((m) => typeof m.delta === 'number')
    .sort((a, b) => Math.abs(b.delta as number) - Math.abs(a.delta as number))
    .slice(0, labelTop);
  const labelled = new Set(byMove.map((m) => `${m.eventId}|${m.providerId}`));
  for (const m of markers) m.labelled = labelled.has(`${m.eventId}|${m.providerId}`);

  const series = trends.map((trend) => {
    const byDay = new Map<number, TrendPointView>();
    for (const p of trend.points) {
      const day = dayNumber(p.date);
      byDay.set(day, { day, date: p.date, risk: p.risk });
    }
    for (const impact of impacts) {
      if (impact.providerId !== trend.providerId || impact.before === null) continue;
      const day = dayNumber(impact.date) - 1;
      if (day < from || day > to || byDay.has(day)) continue;
      byDay.set(day, { day, date: isoFromDayNumber(day), risk: impact.before });
    }
    return {
      providerId: trend.providerId,
      name: nameOf.get(trend.providerId) ?? trend.providerId,
      color: providerColor(allProviderIds, trend.providerId),
      points: [...byDay.values()].sort((a, b) => a.day - b.day),
    };
  });

  const rowsByDay = new Map<number, TrendRowView>();
  for (const s of series) {
    for (const p of s.points) {
      let row = rowsByDay.get(p.day);
      if (!row) {
        row = { day: p.day, date: p.date, risks: {} };
        rowsByDay.set(p.day, row);
      }
      row.risks[s.providerId] = p.risk;
    }
  }
  const rows = [...rowsByDay.values()].sort((a, b) => a.day - b.day);

  const yearTicks: number[] = [];
  for (let y = Number(fromIso.slice(0, 4)); y <= Number(toIso.slice(0, 4)) + 1; y++) {
    const d = dayNumber(`${y}-01-01`);
    if (d >= from && d <= to) yearTicks.push(d);
  }
  return { series, rows, markers, domain: [from, to], yearTicks };
}

/** A marker's words for a tooltip or table: "Meta launches closed-weight Muse Spark: Meta +23.6". */
export function describeMarker(m: TrendMarkerView): string {
  return `${m.hypothetical ? 'Hypothetical: ' : ''}${m.title}: ${m.providerName} ${m.deltaLabel} (${m.dateLabel}, risk ${formatScore(m.risk)})`;
}
