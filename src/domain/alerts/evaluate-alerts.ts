import { dayNumber, isoFromDayNumber, preciseDayNumber } from '../dates';
import { decimalText } from '../decimal-text';
import { channelClock } from '../lifecycle/channel-clock';
import { retirementClock } from '../lifecycle/retirement-clock';
import { OPENNESS_NAMES } from '../openness';
import type { RiskContext } from '../risk/risk-context';
import { gradeOf, type RiskSettings } from '../risk/settings';
import type { Dependency } from '../schema/dependency';
import { KNOWN_LIFECYCLE_CHANNELS } from '../schema/lifecycle-channel';
import type { ReviewPoint } from '../review/review';
import {
  gradeCrossing,
  newEvents,
  opennessMovesIn,
  type ScopeFilter,
} from '../review/since-review';
import type { AlertRule, RuleScope } from './alert-rules';
import { engineWindow, type EngineWindow } from './engine-window';
import type { Trigger } from './notifications';

export interface Watchlist {
  providerIds: readonly string[];
  modelIds: readonly string[];
}

export interface AlertInput {
  ctx: RiskContext;
  settings: RiskSettings;
  rules: readonly AlertRule[];
  /** The window opens at the latest review (or 90 days before `asOf` without one). */
  since: ReviewPoint;
  asOf: string;
  watchlist: Watchlist;
  dependencies: readonly Pick<Dependency, 'modelId' | 'deployment' | 'channel'>[];
}

const pts = (n: number) => decimalText(n, 1);
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${pts(Math.abs(n))}`;
const channelName = (c: string) => KNOWN_LIFECYCLE_CHANNELS[c] ?? c;

/** The providers and models a scope covers; null for everything. */
export function scopeFilter(
  scope: RuleScope,
  ctx: RiskContext,
  watchlist: Watchlist,
  dependencies: AlertInput['dependencies'],
): ScopeFilter | null {
  if (scope === 'everything') return null;
  const modelIds = new Set(
    scope === 'watchlist' ? watchlist.modelIds : dependencies.map((d) => d.modelId),
  );
  const providerIds = new Set<string>(scope === 'watchlist' ? watchlist.providerIds : []);
  for (const id of modelIds) {
    const m = ctx.models[ctx.modelIndex.get(id) ?? -1];
    if (m) providerIds.add(m.model.providerId);
  }
  return { providerIds, modelIds };
}

/**
 * Evaluate every rule over the window from `since` to `asOf` in one sweep of the engine: one
 * `engineWindow` (one sweep per provider, looking back as far as the longest "within Y days"
 * rule) and one pass over the models and events serve all the rules, so twenty rules cost about
 * what one does. Each trigger carries a key that does not change from one evaluation to the next
 * (rule, provider or model, and the day or event that set it off), which is what makes a trigger
 * one notification only (`mergeTriggers`).
 */
export function evaluateAlerts(input: AlertInput, prepared?: EngineWindow): Trigger[] {
  const { ctx, settings, rules, since, asOf } = input;
  const active = rules.filter((r) => r.enabled);
  if (active.length === 0) return [];
  const from = dayNumber(since.date);
  const to = dayNumber(asOf);
  if (to < from) return [];
  let lookback = 0;
  for (const r of active) if (r.kind === 'score-change') lookback = Math.max(lookback, r.days);
  const needsWindow = active.some(
    (r) => r.kind === 'threshold' || r.kind === 'grade' || r.kind === 'score-change',
  );
  const w = !needsWindow
    ? null
    : prepared !== undefined &&
        prepared.fromDay === from &&
        prepared.toDay === to &&
        sampledFrom(prepared) <= from - lookback
      ? prepared
      : engineWindow(ctx, settings, from, to, lookback);
  const needsModels = active.some((r) => r.kind === 'openness-regression');
  const moves = needsModels ? opennessMovesIn(ctx, since.date, asOf) : [];
  const needsEvents = active.some((r) => r.kind === 'event-severity');
  const events = needsEvents ? newEvents(ctx, since, asOf) : [];
  const scopes = new Map<RuleScope, ScopeFilter | null>();
  const scopeOf = (s: RuleScope) => {
    if (!scopes.has(s)) scopes.set(s, scopeFilter(s, ctx, input.watchlist, input.dependencies));
    return scopes.get(s) ?? null;
  };

  const out: Trigger[] = [];
  for (const rule of active) {
    const scope = scopeOf(rule.scope);
    const providerIn = (id: string | null) =>
      scope === null || (id !== null && scope.providerIds.has(id));
    const modelIn = (id: string | null, providerId: string | null) =>
      scope === null || (id !== null && scope.modelIds.has(id)) || providerIn(providerId);
    const base = { ruleId: rule.id, ruleName: rule.name, kind: rule.kind };
    switch (rule.kind) {
      case 'threshold':
      case 'grade':
      case 'score-change': {
        if (w === null) break;
        for (const p of ctx.providers) {
          if (!providerIn(p.provider.id)) continue;
          scoreTriggers(ctx, w, p.index, rule, (t) =>
            out.push({
              ruleId: base.ruleId,
              ruleName: base.ruleName,
              kind: base.kind,
              key: t.key,
              title: t.title,
              detail: t.detail,
              date: t.date,
              providerId: t.providerId,
              modelId: t.modelId,
              eventIds: t.eventIds,
              sources: t.sources,
            }),
          );
        }
        break;
      }
      case 'openness-regression':
        for (const m of moves) {
          if (m.direction !== 'toward-closed' || !modelIn(m.modelId, m.providerId)) continue;
          const what =
            m.kind === 'new-flagship'
              ? 'a new flagship less open than its predecessor'
              : 'moved toward closed';
          out.push({
            ...base,
            key: `${rule.id}:${m.modelId}:${m.date.date}`,
            title: `${m.modelName}: ${what}`,
            detail: `Openness level ${m.fromLevel ?? '?'} (${m.fromLevel === null ? 'unknown' : OPENNESS_NAMES[m.fromLevel]}) → ${m.toLevel} (${OPENNESS_NAMES[m.toLevel]}) on ${m.date.date}.`,
            date: isoDay(m.date.date),
            providerId: m.providerId,
            modelId: m.modelId,
            eventIds: m.eventId === null ? [] : [m.eventId],
            sources: m.sources,
          });
        }
        break;
      case 'event-severity':
        for (const e of events) {
          if (e.severity < rule.minSeverity) continue;
          if (
            scope !== null &&
            !e.appliesTo.some(providerIn) &&
            !providerIn(e.providerId) &&
            !e.relatedModelIds.some((id) => scope.modelIds.has(id))
          )
            continue;
          out.push({
            ...base,
            key: `${rule.id}:${e.eventId}`,
            title: e.title,
            detail: `Severity ${e.severity}, dated ${e.date.date}${e.clock === 'recorded-after-review' ? ` — dated before your review, recorded after it${e.recordedAt ? ` (${e.recordedAt.slice(0, 10)})` : ''}` : ''}.`,
            date: isoDay(e.date.date),
            providerId: e.providerId,
            modelId: e.relatedModelIds[0] ?? null,
            eventIds: [e.eventId],
            sources: e.sources,
          });
        }
        break;
      case 'lifecycle': {
        const seen = new Set<string>();
        for (const dep of input.dependencies) {
          const channel = dep.channel ?? 'own-api';
          const pair = `${dep.modelId}\u0000${channel}\u0000${dep.deployment}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          const m = ctx.models[ctx.modelIndex.get(dep.modelId) ?? -1];
          if (m === undefined) continue;
          const model = m.model;
          const where = channelName(channel);
          for (const e of channelClock(model, channel).entries) {
            if (e.status !== 'deprecated') continue;
            const d = preciseDayNumber(e.from);
            if (d <= from || d > to) continue;
            out.push({
              ...base,
              key: `${rule.id}:${model.id}:${channel}:deprecated:${e.from.date}`,
              title: `${model.name} is deprecated on ${where}`,
              detail: `Deprecated from ${e.from.date}${e.replacement ? `; named replacement ${e.replacement.name}` : ''}.`,
              date: isoDay(e.from.date),
              providerId: model.providerId,
              modelId: model.id,
              eventIds: e.eventId === null ? [] : [e.eventId],
              sources: model.sources,
            });
          }
          const clock = retirementClock(dep, model, asOf, ctx.dataset.compiledOn);
          if (clock.kind !== 'scheduled' && clock.kind !== 'retired') continue;
          const s = preciseDayNumber(clock.shutdown);
          const eventIds = m.model.statusHistory.flatMap((e) =>
            e.status === 'retired' && e.eventId !== null ? [e.eventId] : [],
          );
          const when = `${clock.lowerBound ? 'no earlier than ' : ''}${clock.shutdown.date}`;
          const replacement = clock.replacement
            ? ` Named replacement: ${clock.replacement.name}.`
            : '';
          if (s > to) {
            for (const r of rule.reminderDays) {
              if (s - r > to) continue;
              out.push({
                ...base,
                key: `${rule.id}:${model.id}:${channel}:shutdown:${clock.shutdown.date}:${r}`,
                title: `${model.name} shuts down on ${where} in ${r} days or less`,
                detail: `Shutdown ${when}: ${s - to} days left.${replacement}`,
                date: isoFromDayNumber(s - r),
                providerId: model.providerId,
                modelId: model.id,
                eventIds,
                sources: model.sources,
              });
            }
          } else if (s > from) {
            out.push({
              ...base,
              key: `${rule.id}:${model.id}:${channel}:shutdown:${clock.shutdown.date}:0`,
              title: `${model.name} has shut down on ${where}`,
              detail: `Shutdown ${when}.${replacement}`,
              date: isoDay(clock.shutdown.date),
              providerId: model.providerId,
              modelId: model.id,
              eventIds,
              sources: model.sources,
            });
          }
        }
        break;
      }
    }
  }
  return out;
}

function sampledFrom(w: EngineWindow): number {
  let lo = Infinity;
  for (let p = 0; p < w.start.length; p++)
    if ((w.count[p] ?? 0) > 0) lo = Math.min(lo, w.day[w.start[p] ?? 0] ?? Infinity);
  return lo;
}

/** A month-precision date counts from its first day. */
const isoDay = (date: string) => (date.length === 7 ? `${date}-01` : date);

type ScoreRule = Extract<AlertRule, { kind: 'threshold' | 'grade' | 'score-change' }>;
type ScoreTrigger = Omit<Trigger, 'ruleId' | 'ruleName' | 'kind'>;

/** The events of provider `p` dated on day `d` (the evidence of a jump on that day). */
function eventsOn(ctx: RiskContext, p: number, d: number): string[] {
  const x = ctx.flat;
  const out: string[] = [];
  for (let i = x.provEvStart[p] ?? 0; i < (x.provEvStart[p + 1] ?? 0); i++) {
    if (x.provEvDay[i] === d) out.push(x.provEvId[i] ?? '');
  }
  return out;
}

function scoreTriggers(
  ctx: RiskContext,
  w: EngineWindow,
  p: number,
  rule: ScoreRule,
  emit: (t: ScoreTrigger) => void,
): void {
  const facts = ctx.providers[p];
  if (facts === undefined) return;
  const provider = facts.provider;
  const s0 = w.start[p] ?? 0;
  const s1 = s0 + (w.count[p] ?? 0);
  const from = w.fromDay;
  const r = (i: number) => {
    const v = w.risk[i] ?? NaN;
    return Number.isNaN(v) ? null : v;
  };
  const sourcesOf = (eventIds: string[]) =>
    eventIds.length === 0
      ? provider.sources
      : eventIds.flatMap((id) => ctx.events[ctx.eventIndex.get(id) ?? -1]?.event.sources ?? []);
  const make = (i: number, key: string, title: string, detail: string): ScoreTrigger => {
    const d = w.day[i] ?? 0;
    const eventIds = w.change[i] === 1 ? eventsOn(ctx, p, d) : [];
    return {
      key,
      title,
      detail,
      date: isoFromDayNumber(d),
      providerId: provider.id,
      modelId: null,
      eventIds,
      sources: sourcesOf(eventIds),
    };
  };
  // The key of a crossing: its change day, or (a drift with recency between change days) the window.
  const keyOf = (i: number, what: string) =>
    w.change[i] === 1
      ? `${rule.id}:${provider.id}:${isoFromDayNumber(w.day[i] ?? 0)}:${what}`
      : `${rule.id}:${provider.id}:drift-since-${isoFromDayNumber(from)}:${what}`;

  if (rule.kind === 'score-change') {
    let inEpisode = false;
    for (let i = s0; i < s1; i++) {
      const d = w.day[i] ?? 0;
      if (d <= from || w.change[i] !== 1) continue;
      const now = r(i);
      if (now === null) {
        inEpisode = false;
        continue;
      }
      let extreme: number | null = null;
      for (let j = i - 1; j >= s0 && (w.day[j] ?? 0) >= d - rule.days; j--) {
        const v = r(j);
        if (v === null) continue;
        if (extreme === null || (rule.direction === 'rise' ? v < extreme : v > extreme))
          extreme = v;
      }
      const move = extreme === null ? 0 : now - extreme;
      const hit = rule.direction === 'rise' ? move >= rule.points : -move >= rule.points;
      if (hit && !inEpisode && extreme !== null) {
        emit(
          make(
            i,
            `${rule.id}:${provider.id}:${isoFromDayNumber(d)}`,
            `${provider.shortName}: platform risk ${rule.direction === 'rise' ? 'rose' : 'fell'} ${pts(Math.abs(move))} points within ${rule.days} days`,
            `${pts(extreme)} → ${pts(now)} (${signed(move)}) by ${isoFromDayNumber(d)}.`,
          ),
        );
      }
      inEpisode = hit;
    }
    return;
  }
  let i = s0;
  while (i < s1 && (w.day[i] ?? 0) < from) i++;
  for (let k = i + 1; k < s1; k++) {
    const prev = r(k - 1);
    const now = r(k);
    if (prev === null || now === null) continue;
    if (rule.kind === 'threshold') {
      const t = rule.threshold;
      const crossed = rule.direction === 'above' ? prev < t && now >= t : prev >= t && now < t;
      if (!crossed) continue;
      emit(
        make(
          k,
          keyOf(k, `${rule.direction}-${t}`),
          `${provider.shortName}: platform risk ${rule.direction === 'above' ? 'rose above' : 'fell below'} ${pts(t)}`,
          `${pts(prev)} → ${pts(now)} on ${isoFromDayNumber(w.day[k] ?? 0)}.`,
        ),
      );
    } else {
      const g0 = gradeOf(prev);
      const g1 = gradeOf(now);
      const crossing = gradeCrossing(g0, g1);
      if (crossing === null || (rule.direction !== 'either' && rule.direction !== crossing))
        continue;
      emit(
        make(
          k,
          keyOf(k, `${g0 ?? ''}-${g1 ?? ''}`),
          `${provider.shortName}: grade ${g0 ?? ''} → ${g1 ?? ''}`,
          `Platform risk ${pts(prev)} → ${pts(now)} on ${isoFromDayNumber(w.day[k] ?? 0)} (${crossing === 'worse' ? 'a worse grade' : 'a better grade'}).`,
        ),
      );
    }
  }
}
