import { lifecycleRows } from '@/domain/lifecycle/lifecycle-rows';
import { KNOWN_LIFECYCLE_CHANNELS } from '@/domain/schema/lifecycle-channel';
import type { Model } from '@/domain/schema/model';
import { formatDay, formatPreciseDate } from './format';
import { ScrollTable } from './scroll-table';

const STATUS_TEXT = {
  active: 'Active',
  deprecated: 'Deprecated',
  retired: 'Retired',
  unreleased: 'Not yet released',
} as const;

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
  const rows = lifecycleRows(model, isoDay);
  return (
    <ScrollTable label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Status on {formatDay(isoDay)}</th>
            <th scope="col">Shutdown</th>
            <th scope="col">Announced</th>
            <th scope="col">Replacement</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.channel}>
              <th scope="row">
                {channelName(r.channel)}
                {r.clock === 'default' && (
                  <span className="muted small"> (follows the own API)</span>
                )}
              </th>
              <td>
                {STATUS_TEXT[r.status]}
                {r.since && r.status !== 'active' ? ` since ${formatPreciseDate(r.since)}` : ''}
              </td>
              <td>
                {r.shutdown === null
                  ? 'none known'
                  : `${r.shutdown.lowerBound ? 'no earlier than ' : ''}${formatPreciseDate(r.shutdown.date)}`}
              </td>
              <td>{r.announced ? formatPreciseDate(r.announced) : '—'}</td>
              <td>{r.replacement ? r.replacement.name : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
