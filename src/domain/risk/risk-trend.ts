import { dayNumber, isoFromDayNumber, monthStarts } from '../dates';
import type { RiskContext } from './risk-context';
import type { RiskSettings } from './settings';
import { createRiskSweep } from './risk-sweep';
import { countUpTo, type FactorValues } from './score-providers';

export interface TrendPoint {
  /** ISO day of the point. */
  date: string;
  /** Provider risk R 0-100 on that day; null for "no data". */
  risk: number | null;
  factors: FactorValues;
  /** Events that apply to the provider dated that day (markers for the chart). */
  eventIds: readonly string[];
  /** True for the monthly grid (and the range ends), false for a point added for an event. */
  monthly: boolean;
}

export interface ProviderTrend {
  providerId: string;
  points: TrendPoint[];
}

const NO_EVENTS: readonly string[] = Object.freeze([]);

/**
 * R over time for each provider (all, or the listed ones): the first day of every month in
 * [from, to], both ends, and every date in that range of an event that applies to the provider.
 * One sorted sweep over the timeline, not a re-score per point.
 */
export function riskTrend(
  ctx: RiskContext,
  settings: RiskSettings,
  fromIso: string,
  toIso: string,
  providerIds?: readonly string[],
): ProviderTrend[] {
  const from = dayNumber(fromIso);
  const to = dayNumber(toIso);
  const chosen: number[] = [];
  if (providerIds) {
    for (const id of providerIds) {
      const idx = ctx.providerIndex.get(id);
      if (idx !== undefined) chosen.push(idx);
    }
  } else {
    for (let i = 0; i < ctx.providers.length; i++) chosen.push(i);
  }
  if (to < from || chosen.length === 0) return chosen.map((i) => ({ providerId: ctx.providers[i]?.provider.id ?? '', points: [] }));

  const grid = new Set<number>([from, to]);
  for (const m of monthStarts(fromIso, toIso)) {
    const d = dayNumber(m);
    if (d >= from && d <= to) grid.add(d);
  }
  // Sample requests by day: the grid for every chosen provider, event days for the bound ones.
  const gridDays = [...grid].sort((a, b) => a - b);
  const extra = new Map<number, number[]>();
  for (const p of chosen) {
    const facts = ctx.providers[p];
    if (facts === undefined) continue;
    let prev = NaN;
    for (let i = countUpTo(facts.eventDays, from - 1); i < facts.eventDays.length; i++) {
      const d = facts.eventDays[i] ?? Infinity;
      if (d > to) break;
      if (d === prev) continue;
      prev = d;
      if (!grid.has(d)) {
        const list = extra.get(d);
        if (list) list.push(p);
        else extra.set(d, [p]);
      }
    }
  }
  const allDays = [...new Set([...gridDays, ...extra.keys()])].sort((a, b) => a - b);

  const pointsByProvider = new Map<number, TrendPoint[]>();
  for (const p of chosen) pointsByProvider.set(p, []);
  const eventCursor = new Map<number, number>();

  const sweep = createRiskSweep(ctx, settings);
  for (const day of allDays) {
    sweep.advanceTo(day);
    const onGrid = grid.has(day);
    const who = onGrid ? chosen : (extra.get(day) ?? []);
    const date = isoFromDayNumber(day);
    for (const p of who) {
      const facts = ctx.providers[p];
      const points = pointsByProvider.get(p);
      if (facts === undefined || points === undefined) continue;
      // Events of the provider on this day, found by walking its sorted list once over the sweep.
      let i = eventCursor.get(p) ?? countUpTo(facts.eventDays, day - 1);
      while (i < facts.eventDays.length && (facts.eventDays[i] ?? Infinity) < day) i += 1;
      let eventIds = NO_EVENTS;
      if (i < facts.eventDays.length && facts.eventDays[i] === day) {
        const ids: string[] = [];
        while (i < facts.eventDays.length && facts.eventDays[i] === day) {
          ids.push(ctx.events[facts.events[i] ?? 0]?.event.id ?? '');
          i += 1;
        }
        eventIds = ids;
      }
      eventCursor.set(p, i);
      const { values, risk } = sweep.sample(p);
      points.push({ date, risk, factors: values, eventIds, monthly: onGrid });
    }
  }
  return chosen.map((p) => ({ providerId: ctx.providers[p]?.provider.id ?? '', points: pointsByProvider.get(p) ?? [] }));
}
