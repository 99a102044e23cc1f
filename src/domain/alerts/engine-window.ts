import type { RiskContext } from '../risk/risk-context';
import { createRiskSweeper, firstAfter, SAMPLE, SAMPLE_SIZE } from '../risk/risk-sweep';
import type { RiskSettings } from '../risk/settings';

/**
 * The engine's state of every provider over a window, from ONE sweep per provider (the same
 * sweep the trend uses, proven equal to scoring at every point): R and the openness factor on
 * the window's first day, its last day, and on every day the provider's data changes (a model
 * released, deprecated, retired or re-licensed; an event dated) together with the day before it.
 * Between two such days a score only drifts with recency, so these samples are where a score
 * jumps, crosses a band or moves by some points. Alert rules and the "since review" report both
 * read these samples; no rule scores anything on its own.
 */
export interface EngineWindow {
  fromDay: number;
  toDay: number;
  /** Per provider (by engine index): its first sample's position and the number of samples. */
  start: Int32Array;
  count: Int32Array;
  /** Per sample: day, R (NaN for no data), openness factor (NaN for none), and 1 when the day is a change day. */
  day: Float64Array;
  risk: Float64Array;
  openness: Float64Array;
  change: Uint8Array;
}

const STRIDE = SAMPLE_SIZE + 1;

/**
 * Sample every provider from `fromDay − lookbackDays` to `toDay` (day numbers). `lookbackDays`
 * lets a "within Y days" rule see the Y days before the window opens.
 */
export function engineWindow(
  ctx: RiskContext,
  settings: RiskSettings,
  fromDay: number,
  toDay: number,
  lookbackDays = 0,
): EngineWindow {
  const x = ctx.flat;
  const n = ctx.providers.length;
  const lo = fromDay - Math.max(0, lookbackDays);
  const tlDays = ctx.timelineDays;
  // Pass 1: each provider's timeline items and events inside (lo, toDay]: both lists are sorted
  // by day per provider, so two binary searches each find them and bound the samples.
  const tlFrom = new Int32Array(n);
  const evFrom = new Int32Array(n);
  let cap = 0;
  for (let p = 0; p < n; p++) {
    const t0 = firstAfter(tlDays, x.provTimelineStart[p] ?? 0, x.provTimelineStart[p + 1] ?? 0, lo);
    const e0 = firstAfter(x.provEvDay, x.provEvStart[p] ?? 0, x.provEvStart[p + 1] ?? 0, lo);
    tlFrom[p] = t0;
    evFrom[p] = e0;
    cap += 3 + 2 * ((x.provTimelineStart[p + 1] ?? 0) - t0 + ((x.provEvStart[p + 1] ?? 0) - e0));
  }
  // Pass 2: per provider, its sample days in order, merged as they are made (no sort): the
  // window's ends and `lo` as plain samples, and for each change day d the day before (plain)
  // and d itself (a change day, which wins when a plain sample falls on the same day).
  const start = new Int32Array(n);
  const count = new Int32Array(n);
  const dayBuf = new Float64Array(cap);
  const changeBuf = new Uint8Array(cap);
  let total = 0;
  let first = 0;
  const put = (d: number, isChange: 0 | 1) => {
    if (total > first && dayBuf[total - 1] === d) {
      if (isChange === 1) changeBuf[total - 1] = 1;
      return;
    }
    dayBuf[total] = d;
    changeBuf[total] = isChange;
    total += 1;
  };
  for (let p = 0; p < n; p++) {
    first = total;
    start[p] = total;
    let ti = tlFrom[p] ?? 0;
    const t1 = x.provTimelineStart[p + 1] ?? 0;
    let ei = evFrom[p] ?? 0;
    const e1 = x.provEvStart[p + 1] ?? 0;
    // The plain samples lo ≤ fromDay ≤ toDay, put in order among the change days.
    let fixed = 0;
    let last = -Infinity;
    for (;;) {
      const dt = ti < t1 ? (tlDays[ti] ?? Infinity) : Infinity;
      const de = ei < e1 ? (x.provEvDay[ei] ?? Infinity) : Infinity;
      const c = dt <= de ? dt : de;
      if (c > toDay) break;
      if (dt <= de) ti += 1;
      else ei += 1;
      if (c === last) continue;
      last = c;
      while (fixed < 3 && fixedDay(fixed, lo, fromDay, toDay) <= c - 1)
        put(fixedDay(fixed++, lo, fromDay, toDay), 0);
      put(c - 1, 0);
      while (fixed < 3 && fixedDay(fixed, lo, fromDay, toDay) <= c)
        put(fixedDay(fixed++, lo, fromDay, toDay), 0);
      put(c, 1);
    }
    while (fixed < 3) put(fixedDay(fixed++, lo, fromDay, toDay), 0);
    count[p] = total - first;
  }
  const day = dayBuf.subarray(0, total);
  const change = changeBuf.subarray(0, total);
  const risk = new Float64Array(total);
  const openness = new Float64Array(total);
  // Pass 3: one sweep per provider over its samples.
  const sweeper = createRiskSweeper(ctx, settings);
  let maxLen = 0;
  for (let p = 0; p < n; p++) maxLen = Math.max(maxLen, count[p] ?? 0);
  const buffer = new Float64Array(maxLen * STRIDE);
  for (let p = 0; p < n; p++) {
    const s0 = start[p] ?? 0;
    const c = count[p] ?? 0;
    for (let i = 0; i < c; i++) buffer[i * STRIDE + SAMPLE_SIZE] = day[s0 + i] ?? 0;
    sweeper.sweep(p, c, buffer, 0, STRIDE, SAMPLE_SIZE);
    for (let i = 0; i < c; i++) {
      risk[s0 + i] = buffer[i * STRIDE + SAMPLE.risk] ?? NaN;
      openness[s0 + i] = buffer[i * STRIDE + SAMPLE.openness] ?? NaN;
    }
  }
  return { fromDay, toDay, start, count, day, risk, openness, change };
}

/** The n-th plain sample of a provider: the look-back's start, the window's first and last day. */
const fixedDay = (i: number, lo: number, fromDay: number, toDay: number) =>
  i === 0 ? lo : i === 1 ? fromDay : toDay;

/** Position of provider `p`'s sample on `d` (a day the window sampled), or -1. */
export function sampleAt(w: EngineWindow, p: number, d: number): number {
  const s = w.start[p] ?? 0;
  let lo = s;
  let hi = s + (w.count[p] ?? 0);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((w.day[mid] ?? Infinity) < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < s + (w.count[p] ?? 0) && w.day[lo] === d ? lo : -1;
}

/** R of provider `p` on a sampled day; null for no data or a day not sampled. */
export function riskOn(w: EngineWindow, p: number, d: number): number | null {
  const i = sampleAt(w, p, d);
  if (i < 0) return null;
  const r = w.risk[i] ?? NaN;
  return Number.isNaN(r) ? null : r;
}

/** The openness factor of provider `p` on a sampled day; null when none. */
export function opennessOn(w: EngineWindow, p: number, d: number): number | null {
  const i = sampleAt(w, p, d);
  if (i < 0) return null;
  const r = w.openness[i] ?? NaN;
  return Number.isNaN(r) ? null : r;
}
