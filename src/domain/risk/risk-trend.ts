import { dayNumber, isoFromDayNumber, monthStarts } from '../dates';
import type { RiskContext } from './risk-context';
import { createRiskSweeper, SAMPLE, SAMPLE_SIZE } from './risk-sweep';
import { countUpTo, type FactorValues } from './score-providers';
import type { RiskSettings } from './settings';

/** R and the six factor values (0-100, null when not in play) of a provider on one day. */
export interface TrendPoint extends FactorValues {
  /** ISO day of the point. */
  date: string;
  /** Provider risk R 0-100 on that day; null for "no data". */
  risk: number | null;
  /** Events that apply to the provider dated that day (markers for the chart). */
  eventIds: readonly string[];
  /** True for the monthly grid (and the range ends), false for a point added for an event. */
  monthly: boolean;
}

const NO_EVENTS: readonly string[] = Object.freeze([]);
const NO_DAYS: readonly number[] = Object.freeze([]);

function eventsOf(ids: readonly string[], from: number, count: number): readonly string[] {
  return count > 0 ? ids.slice(from, from + count) : NO_EVENTS;
}

// Column layout of one point in the shared buffer (the sweep's sample, then day and grid flag).
const RISK = SAMPLE.risk;
const OPENNESS = SAMPLE.openness;
const TRAJECTORY = SAMPLE.trajectory;
const LOCK_IN = SAMPLE.lockIn;
const CONTINUITY = SAMPLE.continuity;
const REGULATORY = SAMPLE.regulatory;
const JURISDICTION = SAMPLE.jurisdiction;
const DAY = SAMPLE_SIZE;
const MONTHLY = SAMPLE_SIZE + 1;
// The point's events as a slice of the context's per-provider event ids (count 0 for none).
const EVENTS_FROM = SAMPLE_SIZE + 2;
const EVENTS_COUNT = SAMPLE_SIZE + 3;
const STRIDE = SAMPLE_SIZE + 4;

const orNull = (v: number | undefined): number | null =>
  v === undefined || Number.isNaN(v) ? null : v;

/**
 * A provider's trend. The values are computed eagerly into one numeric buffer shared by all
 * providers of a `riskTrend` call; `points` builds the row objects on first read and keeps them,
 * because a trend of a thousand providers holds some 60,000 points while a chart reads a few
 * series (allocating every row up front cost more than computing the values).
 */
export class ProviderTrend {
  readonly providerId: string;
  /** Number of points. */
  readonly length: number;
  readonly #buffer: Float64Array;
  readonly #offset: number;
  readonly #eventIds: readonly string[];
  #points: TrendPoint[] | null = null;

  constructor(
    providerId: string,
    buffer: Float64Array,
    offset: number,
    length: number,
    eventIds: readonly string[],
  ) {
    this.providerId = providerId;
    this.#buffer = buffer;
    this.#offset = offset;
    this.length = length;
    this.#eventIds = eventIds;
  }

  /** Day number of point `i`. */
  dayAt(i: number): number {
    return this.#buffer[this.#offset + i * STRIDE + DAY] ?? NaN;
  }

  /** R 0-100 of point `i`; null for "no data". */
  riskAt(i: number): number | null {
    return orNull(this.#buffer[this.#offset + i * STRIDE + RISK]);
  }

  /** The points in date order (built on first read, then the same array). */
  get points(): TrendPoint[] {
    if (this.#points !== null) return this.#points;
    const b = this.#buffer;
    const out: TrendPoint[] = [];
    for (let i = 0; i < this.length; i++) {
      const base = this.#offset + i * STRIDE;
      out.push({
        date: isoFromDayNumber(b[base + DAY] ?? 0),
        risk: orNull(b[base + RISK]),
        openness: orNull(b[base + OPENNESS]),
        trajectory: orNull(b[base + TRAJECTORY]),
        lockIn: orNull(b[base + LOCK_IN]),
        continuity: orNull(b[base + CONTINUITY]),
        regulatory: orNull(b[base + REGULATORY]),
        jurisdiction: orNull(b[base + JURISDICTION]),
        eventIds: eventsOf(this.#eventIds, b[base + EVENTS_FROM] ?? 0, b[base + EVENTS_COUNT] ?? 0),
        monthly: b[base + MONTHLY] === 1,
      });
    }
    this.#points = out;
    return out;
  }

  /** Serialises as `{ providerId, points }`. */
  toJSON(): { providerId: string; points: TrendPoint[] } {
    return { providerId: this.providerId, points: this.points };
  }
}

export interface TrendOptions {
  /** Add a point at each event date of the provider (default true); false gives the monthly grid only. */
  eventPoints?: boolean;
  /**
   * Further ISO days (within the range) sampled for every provider, not flagged monthly: a chart
   * of several providers asks for each one's event days (and the day before each) so that every
   * provider has a value at every x of the chart.
   */
  extraDays?: readonly string[];
}

/**
 * R over time for each provider (all, or the listed ones): the first day of every month in
 * [from, to], both ends, and every date in that range of an event that applies to the provider.
 * One pass over the timeline (sorted by provider, then day), not a re-score per point.
 */
export function riskTrend(
  ctx: RiskContext,
  settings: RiskSettings,
  fromIso: string,
  toIso: string,
  providerIds?: readonly string[],
  options: TrendOptions = {},
): ProviderTrend[] {
  const withEvents = options.eventPoints ?? true;
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

  const grid = new Set<number>();
  if (to >= from) {
    grid.add(from).add(to);
    for (const m of monthStarts(fromIso, toIso)) {
      const d = dayNumber(m);
      if (d >= from && d <= to) grid.add(d);
    }
  }
  const extra = new Set<number>();
  if (to >= from) {
    for (const iso of options.extraDays ?? []) {
      const d = dayNumber(iso);
      if (d >= from && d <= to && !grid.has(d)) extra.add(d);
    }
  }
  const gridDays = [...grid, ...extra].sort((a, b) => a - b);

  // Room for every sample: the grid for each provider plus its events in range (an upper bound).
  let capacity = 0;
  for (const p of chosen) {
    const evDays = ctx.providers[p]?.eventDays ?? [];
    capacity +=
      gridDays.length + (withEvents ? countUpTo(evDays, to) - countUpTo(evDays, from - 1) : 0);
  }
  const buffer = new Float64Array(Math.max(0, capacity) * STRIDE);
  const sweeper = createRiskSweeper(ctx, settings);
  let offset = 0;
  return chosen.map((p) => {
    const facts = ctx.providers[p];
    const start = offset;
    let n = 0;
    if (facts !== undefined && to >= from) {
      // The provider's sample days: the grid merged with its event days in range, with the events.
      const evDays = withEvents ? facts.eventDays : NO_DAYS;
      const idBase = ctx.flat.provEvStart[p] ?? 0;
      let gi = 0;
      let ei = countUpTo(evDays, from - 1);
      while (gi < gridDays.length || (ei < evDays.length && (evDays[ei] ?? Infinity) <= to)) {
        const g = gridDays[gi] ?? Infinity;
        const e =
          ei < evDays.length && (evDays[ei] ?? Infinity) <= to
            ? (evDays[ei] ?? Infinity)
            : Infinity;
        const day = Math.min(g, e);
        const base = (start + n) * STRIDE;
        buffer[base + DAY] = day;
        buffer[base + MONTHLY] = g === day && !extra.has(day) ? 1 : 0;
        buffer[base + EVENTS_FROM] = idBase + ei;
        if (g === day) gi += 1;
        let count = 0;
        while (e === day && ei < evDays.length && evDays[ei] === day) {
          count += 1;
          ei += 1;
        }
        buffer[base + EVENTS_COUNT] = count;
        n += 1;
      }
      sweeper.sweep(p, n, buffer, start * STRIDE, STRIDE, DAY);
    }
    offset += n;
    return new ProviderTrend(
      facts?.provider.id ?? '',
      buffer,
      start * STRIDE,
      n,
      ctx.flat.provEvId,
    );
  });
}
