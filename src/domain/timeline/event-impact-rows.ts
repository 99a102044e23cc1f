import { eventImpacts } from '../risk/event-impacts';
import type { RiskContext } from '../risk/risk-context';
import type { RiskSettings } from '../risk/settings';
import { compareText } from '@/domain/compare-text';

export interface EventImpactRow {
  providerId: string;
  providerName: string;
  /** Platform risk 0-100 the day before and on the event's date; null for "no data". */
  before: number | null;
  after: number | null;
  /** ΔR in points, or 'n/a' where there was no score the day before. */
  delta: number | 'n/a';
}

/** ΔR of one event for each provider it applies to, straight from the engine, ordered by provider name. */
export function eventImpactRows(
  ctx: RiskContext,
  settings: RiskSettings,
  eventId: string,
): EventImpactRow[] {
  return eventImpacts(ctx, settings, { eventIds: [eventId] })
    .map((impact) => {
      const idx = ctx.providerIndex.get(impact.providerId);
      const provider = idx === undefined ? undefined : ctx.providers[idx]?.provider;
      return {
        providerId: impact.providerId,
        providerName: provider?.shortName ?? impact.providerId,
        before: impact.before,
        after: impact.after,
        delta: impact.delta,
      };
    })
    .sort((a, b) => compareText(a.providerName, b.providerName));
}
