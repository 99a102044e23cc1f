import { dayNumber, preciseDayNumber } from '../dates';
import type { Dataset } from '../schema/dataset';
import { createRiskContext } from './risk-context';
import { scoreProvider } from './score-providers';
import type { RiskSettings } from './settings';

export interface MoveSplit {
  /** R at `since` and at `asOf`; null when either has no score. */
  from: number;
  to: number;
  /** to − from = fromNew + fromDecay. */
  fromNew: number;
  /** The change the score would have made with nothing new: the decay of what was known at `since`. */
  fromDecay: number;
}

/**
 * A provider's move between `since` and `asOf`, split by cause. `fromDecay` is the move of the
 * score computed on the facts dated on or before `since` only (the provider's models released by
 * then with their history up to then, and the events that apply to it dated by then), as of
 * `asOf`: what the passing of time alone did to the score. `fromNew` is the rest: what the facts
 * dated in the window (events, releases, openness and status changes) did. The two add up to the
 * move exactly. Uses the rvm-1 engine unchanged; null when either end has no score.
 */
export function splitMove(
  dataset: Dataset,
  providerId: string,
  since: string,
  asOf: string,
  settings: RiskSettings,
  context = createRiskContext(dataset),
): MoveSplit | null {
  const limit = dayNumber(since);
  const known = <T extends { from: { date: string; precision: 'day' | 'month' } }>(entries: T[]) =>
    entries.filter((e) => preciseDayNumber(e.from) <= limit);
  const provider = dataset.providers.find((p) => p.id === providerId);
  if (!provider) return null;
  const before: Dataset = {
    ...dataset,
    providers: [provider],
    models: dataset.models
      .filter((m) => m.providerId === providerId && preciseDayNumber(m.release) <= limit)
      .map((m) => ({
        ...m,
        opennessHistory: known(m.opennessHistory),
        statusHistory: known(m.statusHistory),
      })),
    events: dataset.events.filter(
      (e) =>
        (e.providerId === providerId || e.appliesTo.includes(providerId)) &&
        preciseDayNumber(e.date) <= limit,
    ),
  };
  const from = scoreProvider(context, providerId, since, settings)?.risk ?? null;
  const to = scoreProvider(context, providerId, asOf, settings)?.risk ?? null;
  const unchanged =
    scoreProvider(createRiskContext(before), providerId, asOf, settings)?.risk ?? null;
  if (from === null || to === null || unchanged === null) return null;
  return { from, to, fromNew: to - unchanged, fromDecay: unchanged - from };
}
