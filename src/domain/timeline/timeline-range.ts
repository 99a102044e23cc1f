import { addDays, dayNumber, isoFromDayNumber, preciseDayNumber } from '../dates';
import type { RiskEvent } from '../schema/event';

/** A visible date range: ISO days, both inclusive. */
export interface TimelineRange {
  from: string;
  to: string;
}

export const RANGE_PRESETS = ['last-12-months', 'year-2026', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const RANGE_PRESET_LABEL: Record<RangePreset, string> = {
  'last-12-months': 'Last 12 months',
  'year-2026': '2026',
  all: 'All',
};

/** The shortest range a zoom can reach, in days. */
export const MIN_RANGE_DAYS = 14;

/** Last day of the month that `iso` falls in. */
function monthEnd(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return isoFromDayNumber(Math.round(Date.UTC(y, m, 1) / 86_400_000) - 1);
}

/** The whole span of the events, from the first one's month to the last one's month; null when none. */
export function dataSpan(events: readonly RiskEvent[]): TimelineRange | null {
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const d = preciseDayNumber(e.date);
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (min === Infinity) return null;
  const from = isoFromDayNumber(min);
  return { from: `${from.slice(0, 7)}-01`, to: monthEnd(isoFromDayNumber(max)) };
}

/** The range a preset stands for: the 12 months up to the as-of date, the year 2026, or the span. */
export function presetRange(
  preset: RangePreset,
  asOfIso: string,
  span: TimelineRange,
): TimelineRange {
  if (preset === 'last-12-months') return { from: addDays(asOfIso, -364), to: asOfIso };
  if (preset === 'year-2026') return { from: '2026-01-01', to: '2026-12-31' };
  return span;
}

/** The preset `range` equals, if any. */
export function presetOf(
  range: TimelineRange,
  asOfIso: string,
  span: TimelineRange,
): RangePreset | null {
  return (
    RANGE_PRESETS.find((p) => {
      const r = presetRange(p, asOfIso, span);
      return r.from === range.from && r.to === range.to;
    }) ?? null
  );
}

/** Number of days in a range (inclusive). */
export function rangeDays(range: TimelineRange): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

/** `range` scaled by `factor` around its centre (factor < 1 zooms in), at least MIN_RANGE_DAYS long. */
export function zoomRange(range: TimelineRange, factor: number): TimelineRange {
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  const centre = (from + to) / 2;
  const half = Math.max(MIN_RANGE_DAYS / 2, ((to - from + 1) * factor) / 2);
  return {
    from: isoFromDayNumber(Math.round(centre - half)),
    to: isoFromDayNumber(Math.round(centre + half) - 1),
  };
}

/** `range` moved by `fraction` of its length (negative: earlier). */
export function panRange(range: TimelineRange, fraction: number): TimelineRange {
  const shift = Math.round(rangeDays(range) * fraction);
  return { from: addDays(range.from, shift), to: addDays(range.to, shift) };
}

/** The range covering `fromDay` to `toDay` (day numbers), at least MIN_RANGE_DAYS long. */
export function rangeOfDays(fromDay: number, toDay: number): TimelineRange {
  const a = Math.round(Math.min(fromDay, toDay));
  const b = Math.round(Math.max(fromDay, toDay));
  if (b - a + 1 >= MIN_RANGE_DAYS) return { from: isoFromDayNumber(a), to: isoFromDayNumber(b) };
  const centre = Math.round((a + b) / 2);
  return {
    from: isoFromDayNumber(centre - MIN_RANGE_DAYS / 2),
    to: isoFromDayNumber(centre + MIN_RANGE_DAYS / 2 - 1),
  };
}

/** Events per calendar month across `span` (for the brush's overview), months in order. */
export function monthlyCounts(
  events: readonly RiskEvent[],
  span: TimelineRange,
): Array<{ month: string; fromDay: number; toDay: number; count: number }> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const m = e.date.date.slice(0, 7);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const out: Array<{ month: string; fromDay: number; toDay: number; count: number }> = [];
  let y = Number(span.from.slice(0, 4));
  let m = Number(span.from.slice(5, 7));
  const endKey = span.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > endKey) break;
    const fromDay = Math.round(Date.UTC(y, m - 1, 1) / 86_400_000);
    const toDay = Math.round(Date.UTC(y, m, 1) / 86_400_000) - 1;
    out.push({ month: key, fromDay, toDay, count: counts.get(key) ?? 0 });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
