import type { RiskContext } from '../risk/risk-context';
import { createRiskSweeper, SAMPLE, SAMPLE_SIZE } from '../risk/risk-sweep';
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
  // Pass 1: each provider's sample days, as day·2 + 1 for a change day and day·2 for a plain
  // sample, in one flat buffer (no per-provider collections: a thousand providers would make
  // a thousand of them per evaluation).
  let cap = 0;
  for (let p = 0; p < n; p++) {
    cap += 3;
    cap += 2 * ((x.provTimelineStart[p + 1] ?? 0) - (x.provTimelineStart[p] ?? 0));
    cap += 2 * ((x.provEvStart[p + 1] ?? 0) - (x.provEvStart[p] ?? 0));
  }
  const keys = new Float64Array(cap);
  const keyStart = new Int32Array(n + 1);
  let k = 0;
  for (let p = 0; p < n; p++) {
    keyStart[p] = k;
    keys[k++] = lo * 2;
    keys[k++] = fromDay * 2;
    keys[k++] = toDay * 2;
    const t1 = x.provTimelineStart[p + 1] ?? 0;
    for (let i = x.provTimelineStart[p] ?? 0; i < t1; i++) {
      const d = ctx.timelineDays[i] ?? 0;
      if (d <= lo || d > toDay) continue;
      keys[k++] = d * 2 + 1;
      keys[k++] = (d - 1) * 2;
    }
    const e1 = x.provEvStart[p + 1] ?? 0;
    for (let i = x.provEvStart[p] ?? 0; i < e1; i++) {
      const d = x.provEvDay[i] ?? 0;
      if (d <= lo || d > toDay) continue;
      keys[k++] = d * 2 + 1;
      keys[k++] = (d - 1) * 2;
    }
  }
  keyStart[n] = k;
  // Pass 2: sort each provider's keys and merge equal days (a change day wins over a plain sample).
  const start = new Int32Array(n);
  const count = new Int32Array(n);
  const dayBuf = new Float64Array(k);
  const changeBuf = new Uint8Array(k);
  let total = 0;
  for (let p = 0; p < n; p++) {
    const slice = keys.subarray(keyStart[p] ?? 0, keyStart[p + 1] ?? 0).sort();
    start[p] = total;
    for (let i = 0; i < slice.length; i++) {
      const key = slice[i] ?? 0;
      const d = Math.floor(key / 2);
      const isChange = key - d * 2 === 1 ? 1 : 0;
      if (total > (start[p] ?? 0) && dayBuf[total - 1] === d) {
        if (isChange === 1) changeBuf[total - 1] = 1;
        continue;
      }
      dayBuf[total] = d;
      changeBuf[total] = isChange;
      total += 1;
    }
    count[p] = total - (start[p] ?? 0);
  }
  const day = dayBuf.slice(0, total);
  const change = changeBuf.slice(0, total);
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
