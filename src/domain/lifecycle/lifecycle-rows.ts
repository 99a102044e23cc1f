import { OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import type { Model, ModelStatus, Replacement } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import { shutdownOnChannel } from './shutdown-on-channel';
import { statusOnChannel } from './status-on-channel';

/** A model's lifecycle on one channel, as the model page, the provider page and the timeline show it. */
export interface LifecycleRow {
  /** `own-api` or a distributor's slug. */
  channel: string;
  /** Status on the day asked for. */
  status: ModelStatus | 'unreleased';
  /** The entry in force since (null: active from the release). */
  since: PreciseDate | null;
  /** The day calls stop on the channel (past or scheduled), and whether it is only "no earlier than". */
  shutdown: { date: PreciseDate; lowerBound: boolean } | null;
  announced: PreciseDate | null;
  replacement: Replacement | null;
  /** `own`: the channel has dates of its own; `default`: it follows the provider's own API. */
  clock: 'own' | 'default';
}

/**
 * One row per channel with a clock of its own (the provider's own API first, then the
 * distributors in the order their entries appear), each read on `isoDay` with `statusOnChannel`
 * and `shutdownOnChannel`.
 */
export function lifecycleRows(model: Model, isoDay: string): LifecycleRow[] {
  const channels = [OWN_API_CHANNEL];
  for (const e of model.statusHistory) {
    if (e.channel !== undefined && !channels.includes(e.channel)) channels.push(e.channel);
  }
  return channels.map((channel) => {
    const now = statusOnChannel(model, channel, isoDay);
    const shutdown = shutdownOnChannel(model, channel);
    // The step that announced or named a successor: the latest entry on the channel's clock.
    const last = shutdown?.entry ?? now.entry;
    return {
      channel,
      status: now.status,
      since: now.entry?.from ?? null,
      shutdown: shutdown === null ? null : { date: shutdown.date, lowerBound: shutdown.lowerBound },
      announced: last?.announced ?? null,
      replacement: last?.replacement ?? null,
      clock: channel === OWN_API_CHANNEL ? 'own' : now.clock,
    };
  });
}

/** True when a model has a lifecycle worth a table: a step on some channel beyond being active. */
export function hasLifecycle(model: Model): boolean {
  return model.statusHistory.some((e) => e.status !== 'active' || e.channel !== undefined);
}
