import { dayNumber, isoFromDayNumber } from '@/domain/dates';
import type { EventImpact } from '@/domain/risk/event-impacts';
import type { ProviderTrend } from '@/domain/risk/risk-trend';
import type { Direction, RiskEvent } from '@/domain/schema/event';
import type { Provider } from '@/domain/schema/provider';
import { formatDay, formatScore, formatSigned } from '../format';
import { DIRECTION_COLOR, providerColor } from './palette';
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
  /** Labelled directly on the chart (the largest moves); the others name themselves in the tooltip and table. */
  labelled: boolean;
  /** An event of the active scenario, not a fact: drawn hollow and dashed. */
  hypothetical: boolean;
}

/** One x value of the chart with every chosen provider's risk on that day (undefined: not sampled). */
export interface TrendRowView {
  day: number;
  date: string;
  risks: Record<string, number | null>;
}

export interface RiskTrendView {
  series: TrendSeriesView[];
  /** The series merged by day, ascending: the chart's data. */
  rows: TrendRowView[];
  markers: TrendMarkerView[];
  /** x domain in day numbers. */
  domain: [number, number];
  /** Day numbers of 1 January of each year in the domain (axis ticks). */
  yearTicks: number[];
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
  const byMove = [...markers]
    .filter((m) => typeof m.delta === 'number')
    .sort((a, b) => Math.abs(b.delta as number) - Math.abs(a.delta as number));
  // Greedy by size of move: a label (drawn leftward of its marker, about 7 px per character on a
  // chart about 1,000 px wide) is skipped where it would overlap a larger move's label.
  const span = Math.max(1, to - from);
  const chosenLabels: Array<{ start: number; end: number; risk: number }> = [];
  const labelled = new Set<string>();
  for (const m of byMove) {
    if (labelled.size >= labelTop) break;
    const width = ((Math.min(m.title.length, 34) + 7) * 7 * span) / 1000;
    const start = m.day - width;
    const risk = m.risk ?? 0;
    if (chosenLabels.some((c) => start < c.end && m.day > c.start && Math.abs(c.risk - risk) < 12))
      continue;
    chosenLabels.push({ start, end: m.day, risk });
    labelled.add(`${m.eventId}|${m.providerId}`);
  }
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
