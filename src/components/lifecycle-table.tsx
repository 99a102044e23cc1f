import { lifecycleRows, type LifecycleRow } from '@/domain/lifecycle/lifecycle-rows';
import { KNOWN_LIFECYCLE_CHANNELS } from '@/domain/schema/lifecycle-channel';
import type { Model } from '@/domain/schema/model';
import { formatDay, formatPreciseDate } from './format';
import { DataTable } from './data-table';

/** A channel's status in words ("Retired"). */
export const STATUS_TEXT = {
  active: 'Active',
  deprecated: 'Deprecated',
  retired: 'Retired',
  unreleased: 'Not yet released',
} as const;

/** When a channel shuts the model down: "none known", or the date ("no earlier than" a bound). */
export const shutdownText = (r: LifecycleRow): string =>
  r.shutdown === null
    ? 'none known'
    : `${r.shutdown.lowerBound ? 'no earlier than ' : ''}${formatPreciseDate(r.shutdown.date)}`;

/** The channel's name as shown ("Amazon Bedrock"), or its slug. */
export const channelName = (channel: string) => KNOWN_LIFECYCLE_CHANNELS[channel] ?? channel;

/** A model's status per channel on a day: own API first, then each distributor with dates of its own. */
export function LifecycleTable({
  model,
  isoDay,
  caption,
}: {
  model: Model;
  isoDay: string;
  caption: string;
}) {
  return (
    <DataTable
      label={caption}
      caption={caption}
      captionHidden
      rows={lifecycleRows(model, isoDay)}
      rowKey={(r) => r.channel}
      columns={[
        {
          header: 'Channel',
          rowHeader: true,
          cell: (r) => (
            <>
              {channelName(r.channel)}
              {r.clock === 'default' && <span className="muted small"> (follows the own API)</span>}
            </>
          ),
        },
        {
          header: `Status on ${formatDay(isoDay)}`,
          cell: (r) =>
            `${STATUS_TEXT[r.status]}${r.since && r.status !== 'active' ? ` since ${formatPreciseDate(r.since)}` : ''}`,
        },
        { header: 'Shutdown', cell: shutdownText },
        { header: 'Announced', cell: (r) => (r.announced ? formatPreciseDate(r.announced) : '—') },
        { header: 'Replacement', cell: (r) => (r.replacement ? r.replacement.name : '—') },
      ]}
    />
  );
}
