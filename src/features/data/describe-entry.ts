import { formatDay } from '@/components/format';
import type { ChangeLogEntry } from '@/domain/schema/change';

const KIND: Record<ChangeLogEntry['kind'], string> = {
  create: 'Added',
  correct: 'Corrected',
  retract: 'Retracted',
};

/** One line for a change log entry: who did what to which record, and when. */
export function describeEntry(e: ChangeLogEntry): string {
  return `${KIND[e.kind]} ${e.entity.type} ${e.entity.id} (${e.author}, ${formatDay(e.recordedAt.slice(0, 10))})`;
}

/** The address of a record's page: a model, a provider, or an event on the timeline. */
export function recordPath(type: ChangeLogEntry['entity']['type'], id: string): string {
  const q = encodeURIComponent(id);
  if (type === 'model') return `/models/${q}`;
  if (type === 'provider') return `/providers/${q}`;
  return `/timeline?event=${q}`;
}
