import { dayNumber, preciseDayNumber } from '../dates';
import { opennessAt } from '../openness';
import type { Dependency } from '../schema/dependency';
import { OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import type { Model, Replacement } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import { shutdownOnChannel } from './shutdown-on-channel';

/**
 * A dependency's retirement clock on its own channel, read on `today`:
 * - `scheduled`: calls stop on `shutdown` (a "no earlier than" date when `lowerBound`), `daysLeft` from today;
 * - `retired`: the shutdown is past (`daysLeft` ≤ 0);
 * - `none`: no retirement is scheduled as of `asOfSource` (the day the facts were last recorded);
 * - `self-hosted-open`: self-hosted open weights, so no vendor can stop it;
 * - `unknown-model`: the model is not in the data.
 * The provider's minimum notice is not in the data set: `minimumNoticeDays` stays null (unknown),
 * and `noticeDays` is the notice this retirement gave (announced → shutdown) where the source dates both.
 */
export type RetirementClock =
  | {
      kind: 'scheduled' | 'retired';
      channel: string;
      shutdown: PreciseDate;
      lowerBound: boolean;
      daysLeft: number;
      replacement: Replacement | null;
      announced: PreciseDate | null;
      noticeDays: number | null;
      minimumNoticeDays: null;
    }
  | { kind: 'none'; channel: string; asOfSource: string }
  | { kind: 'self-hosted-open'; channel: string }
  | { kind: 'unknown-model'; channel: string };

/** The day the facts about a model were last recorded: a later accepted correction, or the data set's compile day. */
function sourceDay(model: Model, compiledOn: string): string {
  const corrected = model.provenance?.recordedAt.slice(0, 10);
  return corrected !== undefined && corrected > compiledOn ? corrected : compiledOn;
}

export function retirementClock(
  dependency: Pick<Dependency, 'modelId' | 'deployment' | 'channel'>,
  model: Model | undefined,
  today: string,
  compiledOn: string,
): RetirementClock {
  const channel = dependency.channel ?? OWN_API_CHANNEL;
  if (model === undefined) return { kind: 'unknown-model', channel };
  if (dependency.deployment === 'self-hosted' && opennessAt(model, today)?.weights === 'open') {
    return { kind: 'self-hosted-open', channel };
  }
  const shutdown = shutdownOnChannel(model, channel);
  if (shutdown === null) return { kind: 'none', channel, asOfSource: sourceDay(model, compiledOn) };
  const daysLeft = preciseDayNumber(shutdown.date) - dayNumber(today);
  const announced = shutdown.entry.announced ?? null;
  return {
    kind: daysLeft > 0 ? 'scheduled' : 'retired',
    channel,
    shutdown: shutdown.date,
    lowerBound: shutdown.lowerBound,
    daysLeft,
    replacement: shutdown.entry.replacement ?? null,
    announced,
    noticeDays:
      announced === null ? null : preciseDayNumber(shutdown.date) - preciseDayNumber(announced),
    minimumNoticeDays: null,
  };
}

/** Sort key for urgency: past shutdowns first, then the soonest, then no clock, then the model not found. */
export function clockUrgency(clock: RetirementClock): number {
  switch (clock.kind) {
    case 'retired':
    case 'scheduled':
      return clock.daysLeft;
    case 'none':
      return 1e9;
    case 'self-hosted-open':
      return 2e9;
    case 'unknown-model':
      return 3e9;
  }
}
