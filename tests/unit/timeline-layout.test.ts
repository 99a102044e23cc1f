import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '@mocks/data/dataset';
import { dayNumber } from '@/domain/dates';
import type { RiskEvent } from '@/domain/schema/event';
import { SHAPE_FAMILIES, SHAPE_FAMILY_OF } from '@/domain/timeline/event-shape-family';
import { eventStatus } from '@/domain/timeline/event-status';
import { filterTimelineEvents, EMPTY_TIMELINE_FILTERS } from '@/domain/timeline/timeline-filters';
import { groupEventsByMonth } from '@/domain/timeline/group-events-by-month';
import { buildTimelineLayout, DEFAULT_MIN_GAP, markRadius, moveFocus } from '@/domain/timeline/timeline-layout';
import { dataSpan, monthlyCounts, panRange, presetOf, presetRange, rangeDays, zoomRange } from '@/domain/timeline/timeline-range';
import { compareText } from '@/domain/compare-text';
import { fcRuns } from '../fc-runs';

const events = dataset.events;
const span = dataSpan(events) ?? { from: '2023-01-01', to: '2027-12-31' };
const base = { providers: dataset.providers, asOf: '2026-11-26', today: '2026-11-26' };

function layoutAt(width: number, range = span, list: readonly RiskEvent[] = events) {
  return buildTimelineLayout({ ...base, events: filterTimelineEvents(list, EMPTY_TIMELINE_FILTERS), range, plotWidth: width });
}

describe('timeline layout', () => {
  it('groups the 15 event types into five shape families', () => {
    expect(new Set(Object.values(SHAPE_FAMILY_OF))).toEqual(new Set(SHAPE_FAMILIES));
    expect(Object.keys(SHAPE_FAMILY_OF)).toHaveLength(15);
  });

  it('draws one lane per provider with events, by name, and the industry-wide lane last', () => {
    const layout = layoutAt(1000);
    expect(layout.lanes.at(-1)?.label).toBe('Industry-wide');
    const labels = layout.lanes.slice(0, -1).map((l) => l.label);
    expect(labels).toEqual([...labels].sort((a, b) => compareText(a, b)));
    expect(layout.eventCount).toBe(events.length);
    expect(layout.lanes.reduce((s, l) => s + l.eventCount, 0)).toBe(events.length);
  });

  it('draws a month-precision event as a band across its month, never on a day', () => {
    const layout = layoutAt(1000);
    const monthEvent = events.find((e) => e.date.precision === 'month');
    if (!monthEvent) throw new Error('the data has no month-precision event');
    const wide = layoutAt(10_000);
    const mark = wide.lanes.flatMap((l) => l.items).find((i) => i.kind === 'event' && i.event.id === monthEvent.id);
    if (!mark || mark.kind !== 'event' || !mark.band) throw new Error('no band');
    const pxPerDay = 10_000 / rangeDays(span);
    const from = dayNumber(`${monthEvent.date.date}-01`) - dayNumber(span.from);
    expect(mark.band.x0).toBeCloseTo(from * pxPerDay, 6);
    expect(mark.band.x1 - mark.band.x0).toBeGreaterThan(27 * pxPerDay);
    expect(layout.eventCount).toBe(events.length);
  });

  it('aggregates marks closer than the minimum gap into count badges that expand on zoom', () => {
    const narrow = layoutAt(300);
    const wide = layoutAt(20_000);
    const clusters = (l: ReturnType<typeof layoutAt>) => l.lanes.flatMap((x) => x.items).filter((i) => i.kind === 'cluster').length;
    expect(clusters(narrow)).toBeGreaterThan(clusters(wide));
    for (const lane of narrow.lanes) {
      const count = lane.items.reduce((s, i) => s + (i.kind === 'event' ? 1 : i.events.length), 0);
      expect(count).toBe(lane.eventCount);
      // Drawn items are bounded by the width.
      expect(lane.items.length).toBeLessThanOrEqual(Math.floor(300 / DEFAULT_MIN_GAP) + 1);
    }
  });

  it('keeps every event exactly once whatever the width (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 5000 }), (width) => {
        const layout = layoutAt(width);
        const ids = layout.lanes.flatMap((l) => l.items.flatMap((i) => (i.kind === 'event' ? [i.event.id] : i.events.map((e) => e.id))));
        return ids.length === events.length && new Set(ids).size === events.length;
      }),
      fcRuns(50),
    );
  });

  it('sizes marks by severity and marks upcoming and unconfirmed scheduled events', () => {
    expect(markRadius(0)).toBeLessThan(markRadius(5));
    const scheduled = events.find((e) => e.id === 'openai-2026-02-16-chatgpt-4o-latest-api');
    if (!scheduled) throw new Error('missing event');
    expect(eventStatus(scheduled, '2026-11-26', '2026-11-26')).toEqual({ upcoming: false, unconfirmed: true, hypothetical: false });
    expect(eventStatus(scheduled, '2026-01-01', '2026-01-01')).toEqual({ upcoming: true, unconfirmed: false, hypothetical: false });
  });

  it('moves keyboard focus along a lane and to the nearest mark in the next lane', () => {
    const { lanes } = layoutAt(1000);
    expect(moveFocus(lanes, 0, 0, 'ArrowLeft')).toEqual({ laneIdx: 0, itemIdx: 0 });
    expect(moveFocus(lanes, 0, 0, 'ArrowRight')).toEqual({ laneIdx: 0, itemIdx: 1 });
    expect(moveFocus(lanes, 0, 0, 'End').itemIdx).toBe((lanes[0]?.items.length ?? 0) - 1);
    const down = moveFocus(lanes, 0, 0, 'ArrowDown');
    expect(down.laneIdx).toBe(1);
    expect(moveFocus(lanes, 0, 0, 'ArrowUp')).toEqual({ laneIdx: 0, itemIdx: 0 });
  });
});

describe('timeline filters, ranges and months', () => {
  it('keeps a provider’s events and the industry-wide events that bind it', () => {
    const meta = filterTimelineEvents(events, { ...EMPTY_TIMELINE_FILTERS, provider: ['meta'] });
    expect(meta.every((e) => e.providerId === 'meta' || (e.providerId === null && e.appliesTo.includes('meta')))).toBe(true);
    expect(meta.some((e) => e.id === 'meta-2026-04-08-muse-spark')).toBe(true);
    const strict = filterTimelineEvents(events, { ...EMPTY_TIMELINE_FILTERS, minSeverity: 5, direction: ['toward-closed'], scheduled: false });
    expect(strict.every((e) => e.severity === 5 && e.direction === 'toward-closed' && !e.scheduled)).toBe(true);
    const days = meta.map((e) => dayNumber(e.date.date));
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('computes presets, zoom and pan', () => {
    expect(presetRange('year-2026', '2026-11-26', span)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    const last = presetRange('last-12-months', '2026-11-26', span);
    expect(rangeDays(last)).toBe(365);
    expect(presetOf(last, '2026-11-26', span)).toBe('last-12-months');
    expect(presetOf(span, '2026-11-26', span)).toBe('all');
    expect(rangeDays(zoomRange(last, 0.5))).toBeCloseTo(183, -1);
    expect(rangeDays(zoomRange({ from: '2026-01-01', to: '2026-01-03' }, 0.5))).toBeGreaterThanOrEqual(14);
    expect(panRange(last, 0.5).from > last.from).toBe(true);
  });

  it('groups events by month in order and counts them per month', () => {
    const groups = groupEventsByMonth(filterTimelineEvents(events, EMPTY_TIMELINE_FILTERS));
    expect(groups.reduce((s, g) => s + g.events.length, 0)).toBe(events.length);
    expect(groups.map((g) => g.month)).toEqual([...new Set(groups.map((g) => g.month))].sort());
    const counts = monthlyCounts(events, span);
    expect(counts.reduce((s, m) => s + m.count, 0)).toBe(events.length);
  });
});
