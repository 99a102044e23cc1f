import { preciseDayNumber } from '../dates';
import { OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import type { Model, StatusEntry } from '../schema/model';

/** True when a status entry follows the provider's own API clock (no channel, or `own-api`). */
export function isOwnApiEntry(entry: StatusEntry): boolean {
  return entry.channel === undefined || entry.channel === OWN_API_CHANNEL;
}

/** The clock a channel follows: its own entries, or the provider's own API when it has none. */
export interface ChannelClock {
  /** `own`: the channel has entries of its own; `default`: it follows the provider's own API. */
  kind: 'own' | 'default';
  /** The entries that govern the channel, by date (entries of one day keep their listed order). */
  entries: StatusEntry[];
}

/**
 * The status entries that govern `channel` (`own-api` or null: the provider's own API). A channel
 * with entries of its own follows them, plus the own API's `active` entries (the model was
 * available there from its release), so the own API's deprecation and retirement do not leak
 * onto a distributor that keeps the model longer (Bedrock kept Claude 3.7 Sonnet to 2026-07-30).
 */
export function channelClock(model: Model, channel: string | null): ChannelClock {
  const own =
    channel === null || channel === OWN_API_CHANNEL
      ? []
      : model.statusHistory.filter((e) => e.channel === channel);
  const entries =
    own.length === 0
      ? model.statusHistory.filter(isOwnApiEntry)
      : model.statusHistory.filter(
          (e) => e.channel === channel || (isOwnApiEntry(e) && e.status === 'active'),
        );
  const order = entries.map((e, i) => ({ e, i, day: preciseDayNumber(e.from) }));
  order.sort((a, b) => a.day - b.day || a.i - b.i);
  return { kind: own.length === 0 ? 'default' : 'own', entries: order.map((o) => o.e) };
}
