import { DIRECTION_LABEL } from '@/components/charts/palette';
import { formatPreciseDate } from '@/components/format';
import type { RiskEvent } from '@/domain/schema/event';
import { EVENT_TYPE_LABEL } from '@/domain/timeline/event-shape-family';
import { statusWords, type EventStatus } from '@/domain/timeline/event-status';

/** The accessible name of an event mark: what a sighted reader gets from its shape, colour and size. */
export function describeEvent(event: RiskEvent, laneLabel: string, status: EventStatus): string {
  const parts = [
    event.title,
    formatPreciseDate(event.date),
    laneLabel,
    EVENT_TYPE_LABEL[event.type],
    DIRECTION_LABEL[event.direction].toLowerCase(),
    `severity ${event.severity}`,
    ...statusWords(status),
  ];
  return parts.join(', ');
}
