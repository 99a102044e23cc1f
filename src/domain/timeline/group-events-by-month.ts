import type { RiskEvent } from '../schema/event';

export interface MonthGroup {
  /** YYYY-MM */
  month: string;
  events: RiskEvent[];
}

/** Date-ordered events grouped by calendar month, in order; a month-precision event joins its month. */
export function groupEventsByMonth(events: readonly RiskEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const event of events) {
    const month = event.date.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}
