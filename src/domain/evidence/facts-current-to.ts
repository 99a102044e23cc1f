import { dayNumber, preciseDayNumber } from '../dates';
import type { Dataset } from '../schema/dataset';
import type { PreciseDate } from '../schema/precise-date';

/**
 * The newest dated fact of the data set that had happened by its compile date: an event that is
 * neither scheduled nor hypothetical, a model's release, or an openness or status entry not tied
 * to an event (entries tied to an event are dated by that event). A month counts from its first
 * day, as everywhere else; on the same day a day-precise date wins over a month. Null when the
 * data set has no such fact.
 */
export function factsCurrentTo(
  data: Pick<Dataset, 'compiledOn' | 'models' | 'events'>,
): PreciseDate | null {
  const limit = dayNumber(data.compiledOn);
  const dates: PreciseDate[] = [];
  for (const e of data.events) if (!e.scheduled && !e.hypothetical) dates.push(e.date);
  for (const m of data.models) {
    dates.push(m.release);
    for (const entry of [...m.opennessHistory, ...m.statusHistory]) {
      if (entry.eventId === null) dates.push(entry.from);
    }
  }
  let newest: PreciseDate | null = null;
  for (const date of dates) {
    const day = preciseDayNumber(date);
    if (day > limit) continue;
    if (newest === null) {
      newest = date;
      continue;
    }
    const best = preciseDayNumber(newest);
    if (day > best || (day === best && date.precision === 'day' && newest.precision === 'month')) {
      newest = date;
    }
  }
  return newest;
}
