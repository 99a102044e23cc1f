import { dayNumber, preciseDayNumber } from '../dates';
import type { Model, ModelStatus, StatusEntry } from '../schema/model';
import { channelClock } from './channel-clock';

export interface ChannelStatus {
  /** `unreleased` before the model's release; `active` when released and no entry says otherwise. */
  status: ModelStatus | 'unreleased';
  /** The entry in force, or null when none is (before the first entry, or unreleased). */
  entry: StatusEntry | null;
  /** True when the entry's date is only a lower bound ("no earlier than"). */
  lowerBound: boolean;
  /** Whether the channel has a clock of its own or follows the provider's own API. */
  clock: 'own' | 'default';
}

/**
 * A model's status on a channel (`own-api` or null: the provider's own API; `azure`, `bedrock`,
 * `vertex` or another slug) on an ISO day. An "earliest" date counts as the scheduled date.
 */
export function statusOnChannel(
  model: Model,
  channel: string | null,
  isoDay: string,
): ChannelStatus {
  const clock = channelClock(model, channel);
  const day = dayNumber(isoDay);
  if (preciseDayNumber(model.release) > day) {
    return { status: 'unreleased', entry: null, lowerBound: false, clock: clock.kind };
  }
  let entry: StatusEntry | null = null;
  for (const e of clock.entries) {
    if (preciseDayNumber(e.from) > day) break;
    entry = e;
  }
  return {
    status: entry?.status ?? 'active',
    entry,
    lowerBound: entry?.precision === 'earliest',
    clock: clock.kind,
  };
}
