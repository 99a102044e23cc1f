import { dayNumber, isoFromDayNumber } from '../dates';
import type { RiskContext } from './risk-context';
import type { RiskSettings } from './settings';
import { createRiskSweeper, SAMPLE, SAMPLE_SIZE } from './risk-sweep';

export interface EventImpact {
  eventId: string;
  providerId: string;
  /** ISO day the event counts from. */
  date: string;
  /** R 0-100 the day before and on the event's date; null for "no data". */
  before: number | null;
  after: number | null;
  /** ΔR = R(date) − R(date − 1 day), in points; 'n/a' when either side has no score. */
  delta: number | 'n/a';
}

export interface EventImpactOptions {
  /** Only events dated in [from, to] (ISO days, inclusive). */
  from?: string;
  to?: string;
  eventIds?: readonly string[];
  providerIds?: readonly string[];
}

/**
 * ΔR of each event for each provider it applies to. R(date) counts everything dated that day,
 * so events sharing a day (and models released on it) share one ΔR. One sweep per bound provider.
 */
export function eventImpacts(
  ctx: RiskContext,
  settings: RiskSettings,
  options: EventImpactOptions = {},
): EventImpact[] {
  const from = options.from === undefined ? -Infinity : dayNumber(options.from);
  const to = options.to === undefined ? Infinity : dayNumber(options.to);
  const onlyEvents = options.eventIds ? new Set(options.eventIds) : null;
  const onlyProviders = options.providerIds ? new Set(options.providerIds) : null;

  // Which days to sample for which provider: each event's date and the day before.
  const requests = new Map<number, Set<number>>();
  const wanted: Array<{ eventIdx: number; providerIdx: number }> = [];
  for (const ev of ctx.events) {
    if (ev.day < from || ev.day > to) continue;
    if (onlyEvents && !onlyEvents.has(ev.event.id)) continue;
    for (const p of ev.providers) {
      const id = ctx.providers[p]?.provider.id;
      if (id === undefined || (onlyProviders && !onlyProviders.has(id))) continue;
      wanted.push({ eventIdx: ev.index, providerIdx: p });
      let set = requests.get(p);
      if (set === undefined) {
        set = new Set();
        requests.set(p, set);
      }
      set.add(ev.day - 1);
      set.add(ev.day);
    }
  }
  const risks = new Map<string, number | null>();
  const sweeper = createRiskSweeper(ctx, settings);
  for (const [p, set] of requests) {
    const days = [...set].sort((a, b) => a - b);
    // One sample per day: the sweep's numbers, then the day itself.
    const stride = SAMPLE_SIZE + 1;
    const out = new Float64Array(days.length * stride);
    days.forEach((day, k) => (out[k * stride + SAMPLE_SIZE] = day));
    sweeper.sweep(p, days.length, out, 0, stride, SAMPLE_SIZE);
    days.forEach((day, k) => {
      const risk = out[k * stride + SAMPLE.risk] ?? NaN;
      risks.set(`${day}:${p}`, Number.isNaN(risk) ? null : risk);
    });
  }
  return wanted.map(({ eventIdx, providerIdx }) => {
    const ev = ctx.events[eventIdx];
    const day = ev?.day ?? 0;
    const before = risks.get(`${day - 1}:${providerIdx}`) ?? null;
    const after = risks.get(`${day}:${providerIdx}`) ?? null;
    return {
      eventId: ev?.event.id ?? '',
      providerId: ctx.providers[providerIdx]?.provider.id ?? '',
      date: isoFromDayNumber(day),
      before,
      after,
      delta: before === null || after === null ? 'n/a' : after - before,
    };
  });
}
