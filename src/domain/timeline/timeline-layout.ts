import { dayNumber, monthStarts, preciseDayNumber } from '../dates';
import type { Direction, RiskEvent } from '../schema/event';
import type { Provider } from '../schema/provider';
import { SHAPE_FAMILY_OF, type ShapeFamily } from './event-shape-family';
import { eventStatus, type EventStatus } from './event-status';
import { INDUSTRY_LANE_ID } from './timeline-filters';
import type { TimelineRange } from './timeline-range';
import { compareText } from '@/domain/compare-text';

/** One event drawn on its own: a point on its day, or a band across its month. */
export interface EventMark {
  kind: 'event';
  /** Stable key for focus: the event id. */
  key: string;
  event: RiskEvent;
  family: ShapeFamily;
  status: EventStatus;
  /** Centre x in px from the plot's left edge. */
  x: number;
  /** For a month-precision event: the band's left and right edges in px (clipped to the plot). */
  band: { x0: number; x1: number } | null;
  /** Marker radius in px, from severity 0-5. */
  r: number;
}

/** Marks too close to draw apart: one badge with their count, which expands on zoom. */
export interface EventCluster {
  kind: 'cluster';
  key: string;
  x: number;
  events: RiskEvent[];
  /** Day numbers of the first and last event in it (month events count from their first day). */
  fromDay: number;
  toDay: number;
}

export type LaneItem = EventMark | EventCluster;

export interface TimelineLane {
  /** Provider id, or INDUSTRY_LANE_ID. */
  id: string;
  label: string;
  items: LaneItem[];
  eventCount: number;
}

export interface AxisTick {
  x: number;
  /** ISO day of the month start the tick marks. */
  iso: string;
  /** 'year' when ticks are a year or more apart (label the year only). */
  unit: 'month' | 'year';
}

export interface TimelineLayout {
  lanes: TimelineLane[];
  ticks: AxisTick[];
  /** x of the as-of date and of today, or null when outside the range. */
  asOfX: number | null;
  todayX: number | null;
  plotWidth: number;
  eventCount: number;
  /** Events in the range by direction, for the caption. */
  directionCounts: Record<Direction, number>;
}

export interface TimelineLayoutInput {
  /** Filtered events, in date order. */
  events: readonly RiskEvent[];
  providers: readonly Provider[];
  range: TimelineRange;
  plotWidth: number;
  asOf: string;
  today: string;
  /** Marks whose centres are closer than this (px) are aggregated. */
  minGap?: number;
}

export const DEFAULT_MIN_GAP = 18;

/** Marker radius in px for a severity 0-5. */
export function markRadius(severity: number): number {
  return 4 + Math.max(0, Math.min(5, severity));
}

function nextMonthStartDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return Math.round(Date.UTC(y, m, 1) / 86_400_000);
}

/**
 * Lanes, marks and axis of the timeline at a given width: one lane per provider with events in
 * the range (by name), then the industry-wide lane; marks closer than `minGap` px aggregated
 * left to right into count badges, so the number of drawn items is bounded by the width. O(n).
 */
export function buildTimelineLayout(input: TimelineLayoutInput): TimelineLayout {
  const { events, providers, range, plotWidth, asOf, today } = input;
  const minGap = input.minGap ?? DEFAULT_MIN_GAP;
  const fromDay = dayNumber(range.from);
  const toDay = dayNumber(range.to) + 1; // exclusive end
  const pxPerDay = plotWidth / Math.max(1, toDay - fromDay);
  const xOf = (day: number) => (day - fromDay) * pxPerDay;

  const names = new Map(providers.map((p) => [p.id, p.shortName]));
  const byLane = new Map<string, EventMark[]>();
  let eventCount = 0;
  const directionCounts: Record<Direction, number> = {
    'toward-closed': 0,
    'toward-open': 0,
    neutral: 0,
  };
  for (const event of events) {
    const start = preciseDayNumber(event.date);
    const end = event.date.precision === 'month' ? nextMonthStartDay(event.date.date) : start + 1;
    if (end <= fromDay || start >= toDay) continue;
    eventCount += 1;
    directionCounts[event.direction] += 1;
    const laneId = event.providerId ?? INDUSTRY_LANE_ID;
    const band =
      event.date.precision === 'month'
        ? { x0: Math.max(0, xOf(start)), x1: Math.min(plotWidth, xOf(end)) }
        : null;
    const mark: EventMark = {
      kind: 'event',
      key: event.id,
      event,
      family: SHAPE_FAMILY_OF[event.type],
      status: eventStatus(event, asOf, today),
      x: band ? (band.x0 + band.x1) / 2 : xOf(start + 0.5),
      band,
      r: markRadius(event.severity),
    };
    const list = byLane.get(laneId);
    if (list) list.push(mark);
    else byLane.set(laneId, [mark]);
  }

  const lanes: TimelineLane[] = [];
  for (const [id, marks] of byLane) {
    marks.sort((a, b) => a.x - b.x);
    lanes.push({
      id,
      label: id === INDUSTRY_LANE_ID ? 'Industry-wide' : (names.get(id) ?? id),
      items: clusterMarks(id, marks, minGap),
      eventCount: marks.length,
    });
  }
  lanes.sort((a, b) => {
    if (a.id === INDUSTRY_LANE_ID) return 1;
    if (b.id === INDUSTRY_LANE_ID) return -1;
    return compareText(a.label, b.label) || (a.id < b.id ? -1 : 1);
  });

  const inRange = (day: number) => (day >= fromDay && day < toDay ? xOf(day + 0.5) : null);
  return {
    lanes,
    ticks: axisTicks(range, pxPerDay, xOf),
    asOfX: inRange(dayNumber(asOf)),
    todayX: inRange(dayNumber(today)),
    plotWidth,
    eventCount,
    directionCounts,
  };
}

/** Greedy left-to-right: a run of marks within `minGap` px of the run's first mark becomes one badge. */
function clusterMarks(laneId: string, marks: EventMark[], minGap: number): LaneItem[] {
  const out: LaneItem[] = [];
  let i = 0;
  while (i < marks.length) {
    const first = marks[i];
    if (!first) break;
    let j = i + 1;
    while (j < marks.length && (marks[j]?.x ?? Infinity) - first.x < minGap) j += 1;
    if (j - i === 1) {
      out.push(first);
    } else {
      const run = marks.slice(i, j);
      const days = run.map((m) => preciseDayNumber(m.event.date));
      out.push({
        kind: 'cluster',
        key: `${laneId}:cluster:${first.event.id}`,
        x: run.reduce((s, m) => s + m.x, 0) / run.length,
        events: run.map((m) => m.event),
        fromDay: Math.min(...days),
        toDay: Math.max(...days),
      });
    }
    i = j;
  }
  return out;
}

const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60];

function axisTicks(
  range: TimelineRange,
  pxPerDay: number,
  xOf: (day: number) => number,
): AxisTick[] {
  const pxPerMonth = pxPerDay * 30.44;
  const step = TICK_STEPS.find((s) => s * pxPerMonth >= 72) ?? 120;
  const fromDay = dayNumber(range.from);
  return monthStarts(range.from, range.to)
    .filter((iso) => {
      const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
      return index % step === 0 && dayNumber(iso) >= fromDay;
    })
    .map((iso) => ({ x: xOf(dayNumber(iso)), iso, unit: step >= 12 ? 'year' : 'month' }));
}

/** Where keyboard focus goes from item `itemIdx` of lane `laneIdx` on an arrow, Home or End key. */
export function moveFocus(
  lanes: readonly TimelineLane[],
  laneIdx: number,
  itemIdx: number,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End',
): { laneIdx: number; itemIdx: number } {
  const lane = lanes[laneIdx];
  if (!lane) return { laneIdx, itemIdx };
  const last = lane.items.length - 1;
  if (key === 'ArrowLeft') return { laneIdx, itemIdx: Math.max(0, itemIdx - 1) };
  if (key === 'ArrowRight') return { laneIdx, itemIdx: Math.min(last, itemIdx + 1) };
  if (key === 'Home') return { laneIdx, itemIdx: 0 };
  if (key === 'End') return { laneIdx, itemIdx: last };
  const target = key === 'ArrowUp' ? laneIdx - 1 : laneIdx + 1;
  const next = lanes[target];
  if (!next || next.items.length === 0) return { laneIdx, itemIdx };
  const x = lane.items[itemIdx]?.x ?? 0;
  let best = 0;
  next.items.forEach((item, i) => {
    if (Math.abs(item.x - x) < Math.abs((next.items[best]?.x ?? 0) - x)) best = i;
  });
  return { laneIdx: target, itemIdx: best };
}
