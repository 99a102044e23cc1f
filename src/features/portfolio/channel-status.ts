import { formatPreciseDate } from '@/components/format';
import { channelName } from '@/components/lifecycle-table';
import { shutdownOnChannel } from '@/domain/lifecycle/shutdown-on-channel';
import { statusOnChannel } from '@/domain/lifecycle/status-on-channel';
import type { Model } from '@/domain/schema/model';

const WORD = {
  active: 'Active',
  deprecated: 'Deprecated',
  retired: 'Retired',
  unreleased: 'Not yet released',
} as const;

/** A dependency's model status on its channel as of a day, with the channel's shutdown date when one is known. */
export function channelStatus(
  model: Model | undefined,
  channel: string | null,
  isoDay: string,
): string {
  if (model === undefined) return 'unknown';
  const now = statusOnChannel(model, channel, isoDay);
  const shutdown = shutdownOnChannel(model, channel);
  const where = channelName(channel ?? 'own-api');
  const end =
    shutdown !== null && now.status !== 'retired'
      ? `; shutdown ${shutdown.lowerBound ? 'no earlier than ' : ''}${formatPreciseDate(shutdown.date)}`
      : now.status === 'retired' && now.entry
        ? ` since ${formatPreciseDate(now.entry.from)}`
        : '';
  return `${WORD[now.status]} on ${where}${end}`;
}
