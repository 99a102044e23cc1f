import { preciseDayNumber } from '../dates';
import type { Direction, EventType, RiskEvent } from '../schema/event';
import type { Confidence } from '../schema/source';

/** The provider-filter value that stands for industry-wide events (providerId null). */
export const INDUSTRY_LANE_ID = 'industry';

/** What the timeline shows; an empty list means "any". */
export interface TimelineFilters {
  /** Provider ids, or INDUSTRY_LANE_ID. */
  provider: string[];
  type: EventType[];
  direction: Direction[];
  /** Minimum severity 0-5. */
  minSeverity: number;
  confidence: Confidence[];
  /** Include scheduled events (deadlines and announced dates). */
  scheduled: boolean;
}

export const EMPTY_TIMELINE_FILTERS: TimelineFilters = {
  provider: [],
  type: [],
  direction: [],
  minSeverity: 0,
  confidence: [],
  scheduled: true,
};

/** True when no filter narrows the events. */
export function isUnfiltered(f: TimelineFilters): boolean {
  return (
    f.provider.length === 0 &&
    f.type.length === 0 &&
    f.direction.length === 0 &&
    f.minSeverity === 0 &&
    f.confidence.length === 0 &&
    f.scheduled
  );
}

/**
 * The events that pass the filters, in date order. A provider filter keeps the provider's own
 * events and the industry-wide events that bind it (they move its risk too).
 */
export function filterTimelineEvents(
  events: readonly RiskEvent[],
  f: TimelineFilters,
): RiskEvent[] {
  const providers = f.provider.length > 0 ? new Set(f.provider) : null;
  const types = f.type.length > 0 ? new Set<string>(f.type) : null;
  const directions = f.direction.length > 0 ? new Set<string>(f.direction) : null;
  const confidences = f.confidence.length > 0 ? new Set<string>(f.confidence) : null;
  const kept: Array<{ event: RiskEvent; day: number; index: number }> = [];
  events.forEach((event, index) => {
    if (providers) {
      const own =
        event.providerId === null
          ? providers.has(INDUSTRY_LANE_ID)
          : providers.has(event.providerId);
      const binds = event.providerId === null && event.appliesTo.some((id) => providers.has(id));
      if (!own && !binds) return;
    }
    if (types && !types.has(event.type)) return;
    if (directions && !directions.has(event.direction)) return;
    if (event.severity < f.minSeverity) return;
    if (confidences && !confidences.has(event.confidence)) return;
    if (!f.scheduled && event.scheduled) return;
    kept.push({ event, day: preciseDayNumber(event.date), index });
  });
  kept.sort((a, b) => a.day - b.day || a.index - b.index);
  return kept.map((k) => k.event);
}
