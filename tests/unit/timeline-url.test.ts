import { describe, expect, it } from 'vitest';
import { EMPTY_TIMELINE_FILTERS } from '@/domain/timeline/timeline-filters';
import { DEFAULT_TIMELINE_VIEW, parseTimelineSearch, writeTimelineSearch } from '@/domain/timeline/timeline-url';

describe('timeline URL state', () => {
  it('reads every filter, the range, the view and the selected event', () => {
    const { state, issues } = parseTimelineSearch(
      '?provider=meta,openai&type=open-to-closed&direction=toward-closed&minSeverity=3&confidence=verified&scheduled=no&from=2026-01-01&to=2026-12-31&view=list&event=meta-2026-04-08-muse-spark',
    );
    expect(issues).toEqual([]);
    expect(state).toEqual({
      filters: { provider: ['meta', 'openai'], type: ['open-to-closed'], direction: ['toward-closed'], minSeverity: 3, confidence: ['verified'], scheduled: false },
      from: '2026-01-01',
      to: '2026-12-31',
      view: 'list',
      event: 'meta-2026-04-08-muse-spark',
    });
  });

  it('drops bad values one by one and reports each', () => {
    const { state, issues } = parseTimelineSearch('?minSeverity=7&direction=up&scheduled=maybe&from=2026-13-01&view=grid&type=model-launch&event=<x>');
    expect(issues.map((i) => i.param).sort()).toEqual(['direction', 'event', 'from', 'minSeverity', 'scheduled', 'view']);
    expect(state.filters).toEqual({ ...EMPTY_TIMELINE_FILTERS, type: ['model-launch'] });
    expect(state.event).toBeNull();
  });

  it('drops a range that ends before it starts', () => {
    const { state, issues } = parseTimelineSearch('?from=2026-05-01&to=2026-01-01');
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
    expect(issues).toHaveLength(1);
  });

  it('writes only what differs from the defaults and leaves other parameters alone', () => {
    const params = new URLSearchParams('asOf=2026-04-07&mock=latency:0&minSeverity=2');
    expect(writeTimelineSearch(params, DEFAULT_TIMELINE_VIEW).toString()).toBe('asOf=2026-04-07&mock=latency%3A0');
    const state = { ...DEFAULT_TIMELINE_VIEW, filters: { ...EMPTY_TIMELINE_FILTERS, direction: ['neutral', 'toward-closed'] as const }, event: 'e1' };
    const written = writeTimelineSearch(new URLSearchParams(), { ...state, filters: { ...state.filters, direction: [...state.filters.direction] } });
    expect(written.get('direction')).toBe('toward-closed,neutral');
    expect(parseTimelineSearch(written).state.event).toBe('e1');
  });
});
