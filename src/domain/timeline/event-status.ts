import { dayNumber, preciseDayNumber } from '../dates';
import type { RiskEvent } from '../schema/event';

export interface EventStatus {
  /** Dated after the as-of date: drawn as upcoming, never scored. */
  upcoming: boolean;
  /** Scheduled and dated before today, with no source confirming it happened. */
  unconfirmed: boolean;
  hypothetical: boolean;
}

/** How the timeline qualifies an event as of `asOfIso`, given "today" `todayIso` (ISO days). */
export function eventStatus(event: RiskEvent, asOfIso: string, todayIso: string): EventStatus {
  const day = preciseDayNumber(event.date);
  return {
    upcoming: day > dayNumber(asOfIso),
    unconfirmed: event.scheduled && day < dayNumber(todayIso),
    hypothetical: event.hypothetical,
  };
}

/** Short words for the statuses that apply, in reading order ("upcoming", "scheduled, not confirmed"). */
export function statusWords(status: EventStatus): string[] {
  const out: string[] = [];
  if (status.hypothetical) out.push('hypothetical');
  if (status.upcoming) out.push('upcoming');
  if (status.unconfirmed) out.push('scheduled, not confirmed');
  return out;
}
