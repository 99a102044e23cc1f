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
  const perProvider: Float64Array[] = [];
  const changeSets: Set<number>[] = [];
  let total = 0;
  for (let p = 0; p < n; p++) {
    const days = new Set<number>([lo, fromDay, toDay]);
    const changes = new Set<number>();
    const add = (d: number) => {
      if (d <= lo || d > toDay) return;
      days.add(d);
      days.add(d - 1);
      changes.add(d);
    };
    const t0 = x.provTimelineStart[p] ?? 0;
    const t1 = x.provTimelineStart[p + 1] ?? 0;
    for (let i = t0; i < t1; i++) add(ctx.timelineDays[i] ?? 0);
    const e0 = x.provEvStart[p] ?? 0;
    const e1 = x.provEvStart[p + 1] ?? 0;
    for (let i = e0; i < e1; i++) add(x.provEvDay[i] ?? 0);
    const sorted = Float64Array.from(days).sort();
    perProvider.push(sorted);
    changeSets.push(changes);
    total += sorted.length;
  }
  const start = new Int32Array(n);
  const count = new Int32Array(n);
  const day = new Float64Array(total);
  const risk = new Float64Array(total);
  const openness = new Float64Array(total);
  const change = new Uint8Array(total);
  const sweeper = createRiskSweeper(ctx, settings);
  let maxLen = 0;
  for (const d of perProvider) maxLen = Math.max(maxLen, d.length);
  const buffer = new Float64Array(maxLen * STRIDE);
  let at = 0;
  for (let p = 0; p < n; p++) {
    const days = perProvider[p] ?? new Float64Array(0);
    const changes = changeSets[p] ?? new Set<number>();
    for (let k = 0; k < days.length; k++) buffer[k * STRIDE + SAMPLE_SIZE] = days[k] ?? 0;
    sweeper.sweep(p, days.length, buffer, 0, STRIDE, SAMPLE_SIZE);
    start[p] = at;
    count[p] = days.length;
    for (let k = 0; k < days.length; k++) {
      const d = days[k] ?? 0;
      day[at + k] = d;
      risk[at + k] = buffer[k * STRIDE + SAMPLE.risk] ?? NaN;
      openness[at + k] = buffer[k * STRIDE + SAMPLE.openness] ?? NaN;
      change[at + k] = changes.has(d) ? 1 : 0;
    }
    at += days.length;
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
