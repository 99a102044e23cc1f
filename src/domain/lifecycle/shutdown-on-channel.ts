import type { PreciseDate } from '../schema/precise-date';
import type { StatusEntry, Model } from '../schema/model';
import { channelClock } from './channel-clock';

export interface ChannelShutdown {
  /** The day calls stop working on the channel (past or scheduled). */
  date: PreciseDate;
  /** True for a "no earlier than" date: the shutdown may come later, not sooner. */
  lowerBound: boolean;
  entry: StatusEntry;
  clock: 'own' | 'default';
}

/**
 * When a model is shut down on a channel (`own-api` or null: the provider's own API): the last
 * retirement on the channel's clock that no later `active` entry undoes; null when none is known.
 */
export function shutdownOnChannel(model: Model, channel: string | null): ChannelShutdown | null {
  const clock = channelClock(model, channel);
  let found: StatusEntry | null = null;
  for (const e of clock.entries) {
    if (e.status === 'retired') found = e;
    else if (e.status === 'active') found = null;
  }
  if (found === null) return null;
  return {
    date: found.from,
    lowerBound: found.precision === 'earliest',
    entry: found,
    clock: clock.kind,
  };
}
