import { dayNumber, isoFromDayNumber, preciseDayNumber } from '../dates';
import { decimalText } from '../decimal-text';
import { channelClock } from '../lifecycle/channel-clock';
import { retirementClock } from '../lifecycle/retirement-clock';
import { OPENNESS_NAMES } from '../openness';
import type { RiskContext } from '../risk/risk-context';
import { gradeOf, type RiskSettings } from '../risk/settings';
import type { Dependency } from '../schema/dependency';
import type { Model } from '../schema/model';
import { KNOWN_LIFECYCLE_CHANNELS } from '../schema/lifecycle-channel';
import type { ReviewPoint } from '../review/review';
import { eventInScope, modelInScope, providerInScope } from '../review/scope-filter';
import {
  gradeCrossing,
  newEvents,
  opennessMovesIn,
  type NewEvent,
  type OpennessMove,
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
 * A trigger as the evaluation makes it: a class, not an object literal. An evaluation's triggers
 * live as long as it runs, so V8 would soon allocate an object literal's site straight in the
 * old generation ("pretenuring"); the triggers then die there after the evaluation while still
 * pointing at their young key and texts, which every minor collection keeps and promotes until
 * the next full one (about a third of what an evaluation allocates, and evaluations twice as
 * slow, in about half of the processes measured). Objects made by `new` have no allocation site
 * and are never pretenured that way. Its fields are its own, so it reads, spreads and
 * serialises as a plain `Trigger`.
 */
class TriggerRecord implements Trigger {
  declare key: string;
  declare ruleId: string;
  declare ruleName: string;
  declare kind: string;
  declare title: string;
  declare detail: string;
  declare date: string;
  declare providerId: string | null;
  declare modelId: string | null;
  declare eventIds: string[];
  declare sources: Trigger['sources'];
  constructor(
    rule: AlertRule,
    key: string,
    title: string,
    detail: string,
    date: string,
    providerId: string | null,
    modelId: string | null,
    eventIds: string[],
    sources: Trigger['sources'],
  ) {
    this.key = key;
    this.ruleId = rule.id;
    this.ruleName = rule.name;
    this.kind = rule.kind;
    this.title = title;
    this.detail = detail;
    this.date = date;
    this.providerId = providerId;
    this.modelId = modelId;
    this.eventIds = eventIds;
    this.sources = sources;
  }
}

/** One trigger (see `TriggerRecord`). */
function trigger(
  rule: AlertRule,
  key: string,
  title: string,
  detail: string,
  date: string,
  providerId: string | null,
  modelId: string | null,
  eventIds: string[],
  sources: Trigger['sources'],
): Trigger {
  return new TriggerRecord(rule, key, title, detail, date, providerId, modelId, eventIds, sources);
}

/** Day numbers to ISO days, each written once per evaluation (a day recurs across rules). */
class IsoDays {
  private readonly cache = new Map<number, string>();
  of(day: number): string {
    let iso = this.cache.get(day);
    if (iso === undefined) {
      iso = isoFromDayNumber(day);
      this.cache.set(day, iso);
    }
    return iso;
  }
}

/**
 * What every openness-regression rule reads about one move toward closed: written once. A class
 * for the reason given at `TriggerRecord`.
 */
class ClosedMove {
  declare move: OpennessMove;
  /** The key after the rule's id. */
  declare keyTail: string;
  declare title: string;
  declare detail: string;
  declare date: string;
  declare eventIds: string[];
  constructor(move: OpennessMove, title: string, detail: string) {
    this.move = move;
    this.keyTail = `:${move.modelId}:${move.date.date}`;
    this.title = title;
    this.detail = detail;
    this.date = isoDay(move.date.date);
    this.eventIds = move.eventId === null ? [] : [move.eventId];
  }
}

function closedMoves(ctx: RiskContext, from: string, to: string): ClosedMove[] {
  const out: ClosedMove[] = [];
  // "Openness level a (name) → b (name)" is one of a few texts: each written once.
  const levelTexts = new Map<string, string>();
  for (const m of opennessMovesIn(ctx, from, to, 'toward-closed')) {
    if (m.direction !== 'toward-closed') continue;
    const what =
      m.kind === 'new-flagship'
        ? ': a new flagship less open than its predecessor'
        : ': moved toward closed';
    const levels = `${m.fromLevel ?? '?'}>${m.toLevel}`;
    let change = levelTexts.get(levels);
    if (change === undefined) {
      change = `Openness level ${m.fromLevel ?? '?'} (${m.fromLevel === null ? 'unknown' : OPENNESS_NAMES[m.fromLevel]}) → ${m.toLevel} (${OPENNESS_NAMES[m.toLevel]}) on `;
      levelTexts.set(levels, change);
    }
    out.push(new ClosedMove(m, m.modelName + what, `${change}${m.date.date}.`));
  }
  return out;
}

/** What every event-severity rule reads about one new event: written once. */
interface EventFacts {
  event: NewEvent;
  detail: string;
  date: string;
  eventIds: string[];
}

function eventFacts(ctx: RiskContext, since: ReviewPoint, asOf: string): EventFacts[] {
  return newEvents(ctx, since, asOf).map((e) => ({
    event: e,
    detail: `Severity ${e.severity}, dated ${e.date.date}${e.clock === 'recorded-after-review' ? ` — dated before your review, recorded after it${e.recordedAt ? ` (${e.recordedAt.slice(0, 10)})` : ''}` : ''}.`,
    date: isoDay(e.date.date),
    eventIds: [e.eventId],
  }));
}

/**
 * Evaluate every rule over the window from `since` to `asOf` in one sweep of the engine: one
 * `engineWindow` (one sweep per provider, looking back as far as the longest "within Y days"
 * rule) and one pass over the models and events serve all the rules, so twenty rules cost about
 * what one does. What rules of one kind share is computed once: the score samples of each
 * provider, the moves toward closed and the new events with their texts; a rule adds only its
 * key and its scope test. Each trigger carries a key that does not change from one evaluation to
 * the next (rule, provider or model, and the day or event that set it off), which is what makes a
 * trigger one notification only (`mergeTriggers`).
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
  const moves = active.some((r) => r.kind === 'openness-regression')
    ? closedMoves(ctx, since.date, asOf)
    : [];
  const events = active.some((r) => r.kind === 'event-severity')
    ? eventFacts(ctx, since, asOf)
    : [];
  const deps = active.some((r) => r.kind === 'lifecycle')
    ? dependencyFacts(ctx, input.dependencies, from, to, asOf)
    : [];
  const scopes = new Map<RuleScope, ScopeFilter | null>();
  const scopeOf = (s: RuleScope) => {
    if (!scopes.has(s)) scopes.set(s, scopeFilter(s, ctx, input.watchlist, input.dependencies));
    return scopes.get(s) ?? null;
  };
  const iso = new IsoDays();

  const scoreRules = active.filter(isScoreRule);
  const byScoreRule =
    w === null
      ? []
      : scoreRuleTriggers(
          ctx,
          w,
          scoreRules,
          scoreRules.map((r) => scopeOf(r.scope)),
          iso,
        );

  const out: Trigger[] = [];
  for (const rule of active) {
    const scope = scopeOf(rule.scope);
    switch (rule.kind) {
      case 'threshold':
      case 'grade':
      case 'score-change':
        for (const t of byScoreRule[scoreRules.indexOf(rule)] ?? []) out.push(t);
        break;
      case 'openness-regression':
        for (const c of moves) {
          const m = c.move;
          if (!modelInScope(scope, m.modelId, m.providerId)) continue;
          out.push(
            trigger(
              rule,
              rule.id + c.keyTail,
              c.title,
              c.detail,
              c.date,
              m.providerId,
              m.modelId,
              c.eventIds,
              m.sources,
            ),
          );
        }
        break;
      case 'event-severity':
        for (const f of events) {
          const e = f.event;
          if (e.severity < rule.minSeverity) continue;
          if (!eventInScope(scope, e)) continue;
          out.push(
            trigger(
              rule,
              `${rule.id}:${e.eventId}`,
              e.title,
              f.detail,
              f.date,
              e.providerId,
              e.relatedModelIds[0] ?? null,
              f.eventIds,
              e.sources,
            ),
          );
        }
        break;
      case 'lifecycle':
        lifecycleTriggers(deps, rule, from, to, iso, out);
        break;
    }
  }
  return out;
}

/** What every lifecycle rule reads about one dependency (model, channel, deployment): written once. */
interface DependencyFacts {
  model: Model;
  channel: string;
  where: string;
  /** Deprecations on the dependency's channel inside the window, with their texts. */
  deprecations: {
    keyTail: string;
    title: string;
    detail: string;
    date: string;
    eventIds: string[];
  }[];
  /** The shutdown on the channel (scheduled or past), or null. */
  shutdown: {
    day: number;
    /** The shutdown's ISO day (a month-precision date counts from its first day). */
    date: string;
    keyTail: string;
    when: string;
    replacement: string;
    eventIds: string[];
  } | null;
}

function dependencyFacts(
  ctx: RiskContext,
  dependencies: AlertInput['dependencies'],
  from: number,
  to: number,
  asOf: string,
): DependencyFacts[] {
  const out: DependencyFacts[] = [];
  const seen = new Set<string>();
  for (const dep of dependencies) {
    const channel = dep.channel ?? 'own-api';
    const pair = `${dep.modelId}\u0000${channel}\u0000${dep.deployment}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const model = ctx.models[ctx.modelIndex.get(dep.modelId) ?? -1]?.model;
    if (model === undefined) continue;
    const where = channelName(channel);
    const deprecations: DependencyFacts['deprecations'] = [];
    for (const e of channelClock(model, channel).entries) {
      if (e.status !== 'deprecated') continue;
      const d = preciseDayNumber(e.from);
      if (d <= from || d > to) continue;
      deprecations.push({
        keyTail: `:${model.id}:${channel}:deprecated:${e.from.date}`,
        title: `${model.name} is deprecated on ${where}`,
        detail: `Deprecated from ${e.from.date}${e.replacement ? `; named replacement ${e.replacement.name}` : ''}.`,
        date: isoDay(e.from.date),
        eventIds: e.eventId === null ? [] : [e.eventId],
      });
    }
    const clock = retirementClock(dep, model, asOf, ctx.dataset.compiledOn);
    const shutdown =
      clock.kind !== 'scheduled' && clock.kind !== 'retired'
        ? null
        : {
            day: preciseDayNumber(clock.shutdown),
            date: isoDay(clock.shutdown.date),
            keyTail: `:${model.id}:${channel}:shutdown:${clock.shutdown.date}:`,
            when: `${clock.lowerBound ? 'no earlier than ' : ''}${clock.shutdown.date}`,
            replacement: clock.replacement ? ` Named replacement: ${clock.replacement.name}.` : '',
            eventIds: model.statusHistory.flatMap((e) =>
              e.status === 'retired' && e.eventId !== null ? [e.eventId] : [],
            ),
          };
    out.push({ model, channel, where, deprecations, shutdown });
  }
  return out;
}

/**
 * A dependency's deprecation inside the window, and one reminder per day count before a
 * scheduled shutdown once that day has come (or the shutdown itself once it is past).
 */
function lifecycleTriggers(
  facts: readonly DependencyFacts[],
  rule: Extract<AlertRule, { kind: 'lifecycle' }>,
  from: number,
  to: number,
  iso: IsoDays,
  out: Trigger[],
): void {
  for (const f of facts) {
    const model = f.model;
    for (const d of f.deprecations) {
      out.push(
        trigger(
          rule,
          rule.id + d.keyTail,
          d.title,
          d.detail,
          d.date,
          model.providerId,
          model.id,
          d.eventIds,
          model.sources,
        ),
      );
    }
    const s = f.shutdown;
    if (s === null) continue;
    if (s.day > to) {
      for (const r of rule.reminderDays) {
        if (s.day - r > to) continue;
        out.push(
          trigger(
            rule,
            `${rule.id}${s.keyTail}${r}`,
            `${model.name} shuts down on ${f.where} in ${r} days or less`,
            `Shutdown ${s.when}: ${s.day - to} days left.${s.replacement}`,
            iso.of(s.day - r),
            model.providerId,
            model.id,
            s.eventIds,
            model.sources,
          ),
        );
      }
    } else if (s.day > from) {
      out.push(
        trigger(
          rule,
          `${rule.id}${s.keyTail}0`,
          `${model.name} has shut down on ${f.where}`,
          `Shutdown ${s.when}.${s.replacement}`,
          s.date,
          model.providerId,
          model.id,
          s.eventIds,
          model.sources,
        ),
      );
    }
  }
}

function sampledFrom(w: EngineWindow): number {
  let lo = Infinity;
  for (let p = 0; p < w.start.length; p++)
    if ((w.count[p] ?? 0) > 0) lo = Math.min(lo, w.day[w.start[p] ?? 0] ?? Infinity);
  return lo;
}

/** A month-precision date counts from its first day. */
const isoDay = (date: string) => (date.length === 7 ? `${date}-01` : date);

/** The events of provider `p` dated on day `d` (the evidence of a jump on that day). */
function eventsOn(ctx: RiskContext, p: number, d: number): string[] {
  const x = ctx.flat;
  const out: string[] = [];
  for (let i = x.provEvStart[p] ?? 0; i < (x.provEvStart[p + 1] ?? 0); i++) {
    if (x.provEvDay[i] === d) out.push(x.provEvId[i] ?? '');
  }
  return out;
}

/** A score trigger of provider `p` at sample `i`, with the events of a change day as evidence. */
function scoreTrigger(
  ctx: RiskContext,
  w: EngineWindow,
  p: number,
  i: number,
  rule: AlertRule,
  key: string,
  title: string,
  detail: string,
  iso: IsoDays,
): Trigger {
  const provider = ctx.providers[p]?.provider;
  const d = w.day[i] ?? 0;
  const eventIds = w.change[i] === 1 ? eventsOn(ctx, p, d) : [];
  const sources =
    eventIds.length === 0
      ? (provider?.sources ?? [])
      : eventIds.flatMap((id) => ctx.events[ctx.eventIndex.get(id) ?? -1]?.event.sources ?? []);
  return trigger(
    rule,
    key,
    title,
    detail,
    iso.of(d),
    provider?.id ?? null,
    null,
    eventIds,
    sources,
  );
}

type ScoreRule = Extract<AlertRule, { kind: 'threshold' | 'grade' | 'score-change' }>;
/** The test a score rule makes of a provider's samples. */
const ABOVE = 0;
const BELOW = 1;
const GRADE = 2;
const RISE = 3;
const DROP = 4;

const isScoreRule = (r: AlertRule): r is ScoreRule =>
  r.kind === 'threshold' || r.kind === 'grade' || r.kind === 'score-change';

/**
 * The triggers of every score rule, per rule (in the order of `rules`), from one pass over each
 * provider's samples shared by all of them. The pass is in two steps: first the samples are
 * read with numbers only (a rule's test, limit and span as typed arrays, a scope as a flag per
 * provider), and each hit is noted as numbers; then a trigger, with its texts, is written for
 * each hit. The first step is the hot one (every sample of every provider, for every rule): it
 * touches no rule object, so it stays optimised whatever shapes the rules come in, and it boxes
 * no number.
 */
function scoreRuleTriggers(
  ctx: RiskContext,
  w: EngineWindow,
  rules: readonly ScoreRule[],
  scopes: readonly (ScopeFilter | null)[],
  iso: IsoDays,
): Trigger[][] {
  const n = rules.length;
  const lists: Trigger[][] = rules.map(() => []);
  const test = new Uint8Array(n);
  const limit = new Float64Array(n);
  const span = new Float64Array(n);
  rules.forEach((r, j) => {
    test[j] =
      r.kind === 'threshold'
        ? r.direction === 'above'
          ? ABOVE
          : BELOW
        : r.kind === 'grade'
          ? GRADE
          : r.direction === 'rise'
            ? RISE
            : DROP;
    limit[j] = r.kind === 'threshold' ? r.threshold : r.kind === 'score-change' ? r.points : NaN;
    span[j] = r.kind === 'score-change' ? r.days : 0;
  });
  // Each distinct scope once: a flag per provider (a scope of everything has none).
  const providers = ctx.providers;
  const covers = new Map<ScopeFilter, Uint8Array>();
  const covered: (Uint8Array | null)[] = scopes.map((scope) => {
    if (scope === null) return null;
    let flags = covers.get(scope);
    if (flags === undefined) {
      flags = new Uint8Array(providers.length);
      for (let p = 0; p < providers.length; p++)
        flags[p] = providerInScope(scope, providers[p]?.provider.id ?? null) ? 1 : 0;
      covers.set(scope, flags);
    }
    return flags;
  });
  const crossing = new Int32Array(n);
  // Hits of one provider, three numbers each: the rule, the sample, and (a score change) the
  // extreme it is measured from.
  const hits: number[] = [];
  for (let p = 0; p < providers.length; p++) {
    hits.length = 0;
    let nCrossing = 0;
    for (let j = 0; j < n; j++) {
      const flags = covered[j] ?? null;
      if (flags !== null && flags[p] !== 1) continue;
      const t = test[j] ?? 0;
      if (t === RISE || t === DROP)
        changeHits(w, p, j, t === RISE, limit[j] ?? 0, span[j] ?? 0, hits);
      else crossing[nCrossing++] = j;
    }
    if (nCrossing > 0) crossingHits(w, p, crossing, nCrossing, test, limit, hits);
    for (let h = 0; h < hits.length; h += 3) {
      const j = hits[h] ?? 0;
      const rule = rules[j];
      if (rule === undefined) continue;
      const t = writeTrigger(ctx, w, p, hits[h + 1] ?? 0, hits[h + 2] ?? NaN, rule, iso);
      if (t !== null) lists[j]?.push(t);
    }
  }
  return lists;
}

/**
 * "Rises (drops) by at least X points within Y days": at each change day, against the lowest
 * (highest) sample of the Y days before it; one hit per run of change days meeting the rule,
 * at the run's first day.
 */
function changeHits(
  w: EngineWindow,
  p: number,
  j: number,
  rise: boolean,
  points: number,
  days: number,
  hits: number[],
): void {
  const s0 = w.start[p] ?? 0;
  const s1 = s0 + (w.count[p] ?? 0);
  const from = w.fromDay;
  const day = w.day;
  const risk = w.risk;
  const change = w.change;
  let inEpisode = false;
  for (let i = s0; i < s1; i++) {
    const d = day[i] ?? 0;
    if (d <= from || change[i] !== 1) continue;
    // R is read straight from the samples (NaN for no data).
    const now = risk[i] ?? NaN;
    if (Number.isNaN(now)) {
      inEpisode = false;
      continue;
    }
    let extreme = NaN;
    for (let k = i - 1; k >= s0 && (day[k] ?? 0) >= d - days; k--) {
      const v = risk[k] ?? NaN;
      if (Number.isNaN(v)) continue;
      if (Number.isNaN(extreme) || (rise ? v < extreme : v > extreme)) extreme = v;
    }
    const move = Number.isNaN(extreme) ? 0 : now - extreme;
    const hit = rise ? move >= points : -move >= points;
    if (hit && !inEpisode && !Number.isNaN(extreme)) hits.push(j, i, extreme);
    inEpisode = hit;
  }
}

/**
 * Thresholds and grade boundaries crossed between two samples from the window's start on, for
 * the rules `which[0 … count)`.
 */
function crossingHits(
  w: EngineWindow,
  p: number,
  which: Int32Array,
  count: number,
  test: Uint8Array,
  limit: Float64Array,
  hits: number[],
): void {
  const s0 = w.start[p] ?? 0;
  const s1 = s0 + (w.count[p] ?? 0);
  const from = w.fromDay;
  const day = w.day;
  const risk = w.risk;
  let i = s0;
  while (i < s1 && (day[i] ?? 0) < from) i++;
  for (let k = i + 1; k < s1; k++) {
    const prev = risk[k - 1] ?? NaN;
    const now = risk[k] ?? NaN;
    if (Number.isNaN(prev) || Number.isNaN(now) || prev === now) continue;
    // The grade bands (A = 0 … E = 4, as `gradeOf` draws the boundaries), compared once for
    // every grade rule: most pairs stay in their band.
    const bandMoved =
      (prev < 20 ? 0 : prev < 40 ? 1 : prev < 60 ? 2 : prev < 80 ? 3 : 4) !==
      (now < 20 ? 0 : now < 40 ? 1 : now < 60 ? 2 : now < 80 ? 3 : 4);
    for (let c = 0; c < count; c++) {
      const j = which[c] ?? 0;
      const kind = test[j];
      const t = limit[j] ?? NaN;
      if (
        kind === ABOVE
          ? prev < t && now >= t
          : kind === BELOW
            ? prev >= t && now < t
            : kind === GRADE && bandMoved
      )
        hits.push(j, k, NaN);
    }
  }
}

/** The trigger of one hit of `rule` at sample `k` (null: a grade move the rule does not ask for). */
function writeTrigger(
  ctx: RiskContext,
  w: EngineWindow,
  p: number,
  k: number,
  extreme: number,
  rule: ScoreRule,
  iso: IsoDays,
): Trigger | null {
  const now = w.risk[k] ?? NaN;
  const prev = w.risk[k - 1] ?? NaN;
  const provider = ctx.providers[p]?.provider;
  switch (rule.kind) {
    case 'threshold':
      return thresholdTrigger(ctx, w, p, k, rule, prev, now, iso);
    case 'grade':
      return gradeTrigger(ctx, w, p, k, rule, prev, now, iso);
    case 'score-change': {
      const rise = rule.direction === 'rise';
      const move = now - extreme;
      const day = iso.of(w.day[k] ?? 0);
      return scoreTrigger(
        ctx,
        w,
        p,
        k,
        rule,
        `${rule.id}:${provider?.id ?? ''}:${day}`,
        `${provider?.shortName ?? ''}: platform risk ${rise ? 'rose' : 'fell'} ${pts(Math.abs(move))} points within ${rule.days} days`,
        `${pts(extreme)} → ${pts(now)} (${signed(move)}) by ${day}.`,
        iso,
      );
    }
  }
}

/** The key of a crossing at sample `k`: its change day, or (a drift between change days) the window. */
function crossingKey(
  w: EngineWindow,
  k: number,
  rule: AlertRule,
  providerId: string,
  what: string,
  iso: IsoDays,
): string {
  return w.change[k] === 1
    ? `${rule.id}:${providerId}:${iso.of(w.day[k] ?? 0)}:${what}`
    : `${rule.id}:${providerId}:drift-since-${iso.of(w.fromDay)}:${what}`;
}

function thresholdTrigger(
  ctx: RiskContext,
  w: EngineWindow,
  p: number,
  k: number,
  rule: Extract<AlertRule, { kind: 'threshold' }>,
  prev: number,
  now: number,
  iso: IsoDays,
): Trigger {
  const provider = ctx.providers[p]?.provider;
  const t = rule.threshold;
  return scoreTrigger(
    ctx,
    w,
    p,
    k,
    rule,
    crossingKey(w, k, rule, provider?.id ?? '', `${rule.direction}-${t}`, iso),
    `${provider?.shortName ?? ''}: platform risk ${rule.direction === 'above' ? 'rose above' : 'fell below'} ${pts(t)}`,
    `${pts(prev)} → ${pts(now)} on ${iso.of(w.day[k] ?? 0)}.`,
    iso,
  );
}

function gradeTrigger(
  ctx: RiskContext,
  w: EngineWindow,
  p: number,
  k: number,
  rule: Extract<AlertRule, { kind: 'grade' }>,
  prev: number,
  now: number,
  iso: IsoDays,
): Trigger | null {
  const g0 = gradeOf(prev);
  const g1 = gradeOf(now);
  const crossing = gradeCrossing(g0, g1);
  if (crossing === null || (rule.direction !== 'either' && rule.direction !== crossing))
    return null;
  const provider = ctx.providers[p]?.provider;
  return scoreTrigger(
    ctx,
    w,
    p,
    k,
    rule,
    crossingKey(w, k, rule, provider?.id ?? '', `${g0 ?? ''}-${g1 ?? ''}`, iso),
    `${provider?.shortName ?? ''}: grade ${g0 ?? ''} → ${g1 ?? ''}`,
    `Platform risk ${pts(prev)} → ${pts(now)} on ${iso.of(w.day[k] ?? 0)} (${crossing === 'worse' ? 'a worse grade' : 'a better grade'}).`,
    iso,
  );
}
