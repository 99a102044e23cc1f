import { createRiskContext } from '../risk/risk-context';
import { eventImpacts } from '../risk/event-impacts';
import { scoreProviders } from '../risk/score-providers';
import type { RiskSettings } from '../risk/settings';
import type { Change, ChangeSet } from '../schema/change';
import type { Dataset } from '../schema/dataset';

/** What a change set does to one provider's platform risk. */
export interface ProviderImpact {
  providerId: string;
  /** R 0-100 as of the day asked for, before and after the change; null for "no data". */
  before: number | null;
  after: number | null;
  /** after − before, in points; 'n/a' when either side has no score. */
  delta: number | 'n/a';
  /** ΔR(e) = R(e.date) − R(e.date − 1 day) after the change, for each event it creates or corrects. */
  events: { eventId: string; date: string; delta: number | 'n/a' }[];
}

/** The providers a change applies to, read on the data before and after it. */
function providersOf(change: Change, before: Dataset, after: Dataset): string[] {
  const modelProvider = (id: string) =>
    (before.models.find((m) => m.id === id) ?? after.models.find((m) => m.id === id))?.providerId;
  const eventProviders = (id: string) =>
    [before, after].flatMap((d) => {
      const e = d.events.find((x) => x.id === id);
      return e === undefined
        ? []
        : [...(e.providerId === null ? [] : [e.providerId]), ...e.appliesTo];
    });
  if (change.kind === 'create') {
    if (change.entity === 'provider') return [change.record.id];
    if (change.entity === 'model') return [change.record.providerId];
    return [
      ...(change.record.providerId === null ? [] : [change.record.providerId]),
      ...change.record.appliesTo,
    ];
  }
  if (change.entity === 'provider') return [change.id];
  if (change.entity === 'model')
    return [modelProvider(change.id)].flatMap((p) => (p === undefined ? [] : [p]));
  return eventProviders(change.id);
}

/**
 * The ΔR a change set causes, for each provider it applies to (in order of first mention): R as
 * of `asOfIso` on the data before and after it, and the ΔR on its own date of each event it
 * creates or corrects. `after` is `before` with the set applied (`runChangeSet`).
 */
export function changeImpact(
  before: Dataset,
  after: Dataset,
  changeSet: Pick<ChangeSet, 'changes'>,
  asOfIso: string,
  settings: RiskSettings,
): ProviderImpact[] {
  const providerIds: string[] = [];
  const eventIds = new Set<string>();
  for (const change of changeSet.changes) {
    for (const p of providersOf(change, before, after))
      if (!providerIds.includes(p)) providerIds.push(p);
    if (change.entity === 'event' && change.kind !== 'retract') {
      eventIds.add(change.kind === 'create' ? change.record.id : change.id);
    }
  }
  const ctxBefore = createRiskContext(before);
  const ctxAfter = createRiskContext(after);
  const options = { explain: false, providerIds };
  const scoresBefore = new Map(
    scoreProviders(ctxBefore, asOfIso, settings, options).map((s) => [s.providerId, s.risk]),
  );
  const scoresAfter = new Map(
    scoreProviders(ctxAfter, asOfIso, settings, options).map((s) => [s.providerId, s.risk]),
  );
  const impacts =
    eventIds.size === 0
      ? []
      : eventImpacts(ctxAfter, settings, { eventIds: [...eventIds], providerIds });
  return providerIds.map((providerId) => {
    const b = scoresBefore.get(providerId) ?? null;
    const a = scoresAfter.get(providerId) ?? null;
    return {
      providerId,
      before: b,
      after: a,
      delta: a === null || b === null ? 'n/a' : a - b,
      events: impacts
        .filter((i) => i.providerId === providerId)
        .map((i) => ({ eventId: i.eventId, date: i.date, delta: i.delta })),
    };
  });
}
