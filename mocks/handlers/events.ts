import { http } from 'msw';
import { z } from '@/domain/schema/zod';
import { dayNumber } from '@/domain/dates';
import { eventTypeSchema } from '@/domain/schema/event';
import { isoDaySchema } from '@/domain/schema/precise-date';
import {
  providersAndEventsDataset,
  listMeta,
  parseQuery,
  respond,
  wholeAnswer,
} from './respond';

export const eventQuerySchema = z.object({
  provider: z
    .string()
    .regex(/^[a-z0-9.-]+$/)
    .optional(),
  type: eventTypeSchema.optional(),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
});

/** The events that pass the query's filters, as a list answer. */
function eventsAnswer({ provider, type, from, to }: z.infer<typeof eventQuerySchema>) {
  const data = providersAndEventsDataset();
  const fromDay = from === undefined ? -Infinity : dayNumber(from);
  const toDay = to === undefined ? Infinity : dayNumber(to);
  const events = data.events.filter((e) => {
    if (provider && e.providerId !== provider && !e.appliesTo.includes(provider)) return false;
    if (type && e.type !== type) return false;
    const day = dayNumber(e.date.date);
    return day >= fromDay && day <= toDay;
  });
  return { data: events, meta: listMeta(data, events.length) };
}

export const eventHandlers = [
  http.get('*/api/v1/events', ({ request }) =>
    respond(
      'events',
      () => {
        const parsed = parseQuery(request, eventQuerySchema);
        if (!parsed.success) return parsed.response;
        return wholeAnswer(request, 'events', () => eventsAnswer(parsed.data));
      },
      () => ({ data: [], meta: listMeta(providersAndEventsDataset(), 0) }),
    ),
  ),
];
