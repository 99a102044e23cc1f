import { addDays, dayNumber, preciseDayNumber } from '../dates';
import type { OpennessLevel } from '../openness';
import { OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import type { Direction, EventType } from '../schema/event';
import type { Model, Replacement } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import type { Source } from '../schema/source';
import { levelOfOpennessRisk } from '../risk/factor-rules';
import type { RiskContext } from '../risk/risk-context';
import { gradeOf, type Grade, type RiskSettings } from '../risk/settings';
import { scoreProviders } from '../risk/score-providers';
import { engineWindow, opennessOn, riskOn, type EngineWindow } from '../alerts/engine-window';
import { firstAfter } from '../risk/risk-sweep';
import type { ReviewPoint } from './review';
import { eventInScope, modelInScope, providerInScope, type ScopeFilter } from './scope-filter';

export type { ScopeFilter };

/** Deadlines shown by default: the next 90 days. */
export const DEFAULT_HORIZON_DAYS = 90;

/** One provider's platform risk at the review and as of now (the engine's R on both days). */
export interface ProviderMove {
  providerId: string;
  name: string;
  then: number | null;
  now: number | null;
  /** now − then; null when either side has no score. */
  delta: number | null;
  gradeThen: Grade | null;
  gradeNow: Grade | null;
  /** 'worse' when the grade moved toward E, 'better' toward A, null when it did not move. */
  crossing: 'worse' | 'better' | null;
  /** The openness factor (0-100, higher is more closed) then and now. */
  opennessThen: number | null;
  opennessNow: number | null;
}

/** Which clock makes an event new to the reader. */
export type NewnessClock = 'dated-after-review' | 'recorded-after-review';

export interface NewEvent {
  eventId: string;
  providerId: string | null;
  appliesTo: string[];
  relatedModelIds: string[];
  title: string;
  date: PreciseDate;
  type: EventType;
  direction: Direction;
  severity: number;
  scored: boolean;
  clock: NewnessClock;
  /** When an accepted change set recorded (or last corrected) it; null for the compiled data. */
  recordedAt: string | null;
  changeSetId: string | null;
  sources: Source[];
}

export interface OpennessMove {
  modelId: string;
  modelName: string;
  providerId: string;
  date: PreciseDate;
  /** `relicensed`: the model's own openness changed; `new-flagship`: a release less (or more) open than the provider's newest model before it. */
  kind: 'relicensed' | 'new-flagship';
  fromLevel: OpennessLevel | null;
  toLevel: OpennessLevel;
  /** The model the level is compared with (the new flagship's predecessor). */
  comparedWithId: string | null;
  direction: 'toward-closed' | 'toward-open';
  eventId: string | null;
  sources: Source[];
}

/**
 * An openness move as a window makes it: a class, because a window's moves live as long as an
 * alert evaluation runs and V8 would allocate an object literal's site straight in the old
 * generation (see `TriggerRecord` in `evaluate-alerts.ts`). Its fields are its own, so it reads
 * and serialises as a plain `OpennessMove`.
 */
class Move implements OpennessMove {
  declare modelId: string;
  declare modelName: string;
  declare providerId: string;
  declare date: PreciseDate;
  declare kind: OpennessMove['kind'];
  declare fromLevel: OpennessLevel | null;
  declare toLevel: OpennessLevel;
  declare comparedWithId: string | null;
  declare direction: OpennessMove['direction'];
  declare eventId: string | null;
  declare sources: Source[];
  constructor(
    model: Model,
    date: PreciseDate,
    kind: OpennessMove['kind'],
    fromLevel: OpennessLevel | null,
    toLevel: OpennessLevel,
    comparedWithId: string | null,
    eventId: string | null,
  ) {
    this.modelId = model.id;
    this.modelName = model.name;
    this.providerId = model.providerId;
    this.date = date;
    this.kind = kind;
    this.fromLevel = fromLevel;
    this.toLevel = toLevel;
    this.comparedWithId = comparedWithId;
    this.direction =
      fromLevel !== null && toLevel < fromLevel ? 'toward-closed' : 'toward-open';
    this.eventId = eventId;
    this.sources = model.sources;
  }
}

export interface LifecycleStep {
  modelId: string;
  modelName: string;
  providerId: string;
  step: 'released' | 'deprecated' | 'retired';
  date: PreciseDate;
  /** `own-api` or a distributor's slug. */
  channel: string;
  lowerBound: boolean;
  replacement: Replacement | null;
  eventId: string | null;
  sources: Source[];
}

export interface Deadline {
  kind: 'shutdown' | 'deprecation' | 'scheduled-event';
  date: PreciseDate;
  daysLeft: number;
  lowerBound: boolean;
  modelId: string | null;
  providerId: string | null;
  channel: string | null;
  eventId: string | null;
  title: string;
  replacement: Replacement | null;
  sources: Source[];
}

export interface SinceReview {
  reviewDate: string;
  asOf: string;
  horizonDays: number;
  /** Sorted by the size of ΔR, largest first; providers without a score on either day last. */
  providers: ProviderMove[];
  /** Newest first. */
  events: NewEvent[];
  opennessMoves: OpennessMove[];
  lifecycle: LifecycleStep[];
  /** Soonest first. */
  deadlines: Deadline[];
  /**
   * The moment the data of "then" is as known at (the review's `recordedAt`: changes recorded
   * after it left out), or null when "then" reads the data as known now (no change since).
   */
  thenKnownAt: string | null;
}

export interface SinceReviewOptions {
  review: ReviewPoint;
  asOf: string;
  horizonDays?: number;
}

const orNull = (n: number | null | undefined): number | null =>
  n === null || n === undefined || Number.isNaN(n) ? null : n;

const GRADE_ORDER: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3, E: 4 };

/** 'worse' / 'better' when the grade moved, null otherwise (or when either side has none). */
export function gradeCrossing(then: Grade | null, now: Grade | null): 'worse' | 'better' | null {
  if (then === null || now === null || then === now) return null;
  return GRADE_ORDER[now] > GRADE_ORDER[then] ? 'worse' : 'better';
}

/** The newness of an event to a reader who reviewed at `review`, by two clocks; null when not new. */
export function eventNewness(
  event: { date: PreciseDate; provenance?: { recordedAt: string } | undefined },
  review: ReviewPoint,
  asOf: string,
): NewnessClock | null {
  const day = preciseDayNumber(event.date);
  if (day > dayNumber(asOf)) return null;
  if (day > dayNumber(review.date)) return 'dated-after-review';
  const recorded = event.provenance?.recordedAt;
  if (review.recordedAt !== null && recorded !== undefined && recorded > review.recordedAt) {
    return 'recorded-after-review';
  }
  return null;
}


/** The level of the model in `slot` on `day` (its first entry before any applies; 1 with none). */
function levelAtSlot(x: RiskContext['flat'], slot: number, day: number): OpennessLevel {
  const a = x.opStart[slot] ?? 0;
  const b = x.opStart[slot + 1] ?? 0;
  if (a === b) return 1;
  let risk = x.opRisk[a] ?? 100;
  for (let j = a; j < b; j++) {
    if ((x.opDay[j] ?? Infinity) > day) break;
    risk = x.opRisk[j] ?? risk;
  }
  return levelOfOpennessRisk(risk);
}

/** A sort key that orders like the date's text: a month ("2026-09") before its first day. */
const dateKey = (day: number, date: PreciseDate) => day * 2 + (date.date.length === 7 ? 0 : 1);

/**
 * The engine's per-slot facts ordered by day, for windows: every change of a model's openness
 * level (an entry after its first), and each provider's models by release day. Built once per
 * context, on the first window asked for (a sort of the models, about as long as one scoring
 * pass of the synthetic 100,000), so that a window reads only its own days.
 */
interface DayIndex {
  /** Level changes by day (then entry): the flat openness entry, its slot and its day. */
  opEntry: Int32Array;
  opSlot: Int32Array;
  opDay: Float64Array;
  /** Within each provider's slot range: its slots by release day, then slot; and those days. */
  relSlot: Int32Array;
  relDay: Float64Array;
  /**
   * Per slot, what a new flagship's move reads: the model (one step from the slot instead of
   * three), 1 when hypothetical, and its evidence: the event of its first openness entry, or
   * without one its launch event (the first event dated the day of the release that names it).
   */
  slotModel: Model[];
  hypothetical: Uint8Array;
  launchEventId: (string | null)[];
}

const dayIndexes = new WeakMap<RiskContext, DayIndex>();

function dayIndex(ctx: RiskContext): DayIndex {
  const cached = dayIndexes.get(ctx);
  if (cached !== undefined) return cached;
  const x = ctx.flat;
  const slots = x.slotModel.length;
  const changes: number[] = [];
  const changeSlot: number[] = [];
  for (let k = 0; k < slots; k++) {
    const end = x.opStart[k + 1] ?? 0;
    for (let j = (x.opStart[k] ?? 0) + 1; j < end; j++) {
      if (x.opRisk[j] === x.opRisk[j - 1]) continue;
      changes.push(j);
      changeSlot.push(k);
    }
  }
  const order = changes.map((_, i) => i);
  order.sort(
    (a, b) =>
      (x.opDay[changes[a] ?? 0] ?? 0) - (x.opDay[changes[b] ?? 0] ?? 0) ||
      (changes[a] ?? 0) - (changes[b] ?? 0),
  );
  const opEntry = Int32Array.from(order, (i) => changes[i] ?? 0);
  const relSlot = new Int32Array(slots);
  for (let k = 0; k < slots; k++) relSlot[k] = k;
  for (let p = 0; p < ctx.providers.length; p++) {
    const s0 = x.famMemStart[x.provFamStart[p] ?? 0] ?? 0;
    const s1 = x.famMemStart[x.provFamStart[p + 1] ?? 0] ?? 0;
    relSlot.subarray(s0, s1).sort((a, b) => (x.release[a] ?? 0) - (x.release[b] ?? 0) || a - b);
  }
  const slotModel: Model[] = [];
  const hypothetical = new Uint8Array(slots);
  const launchEventId: (string | null)[] = [];
  for (let k = 0; k < slots; k++) {
    const m = ctx.models[x.slotModel[k] ?? -1];
    if (m === undefined) continue;
    slotModel[k] = m.model;
    hypothetical[k] = m.model.hypothetical ? 1 : 0;
    launchEventId[k] = m.model.opennessHistory[m.firstOpennessEntry]?.eventId ?? null;
  }
  const slotOf = new Int32Array(ctx.models.length).fill(-1);
  for (let k = 0; k < slots; k++) slotOf[x.slotModel[k] ?? 0] = k;
  for (const ev of ctx.events) {
    for (const id of ev.event.relatedModelIds) {
      const k = slotOf[ctx.modelIndex.get(id) ?? -1] ?? -1;
      if (k >= 0 && launchEventId[k] === null && x.release[k] === ev.day)
        launchEventId[k] = ev.event.id;
    }
  }
  const index: DayIndex = {
    slotModel,
    hypothetical,
    launchEventId,
    opEntry,
    opSlot: Int32Array.from(order, (i) => changeSlot[i] ?? 0),
    opDay: Float64Array.from(opEntry, (j) => x.opDay[j] ?? 0),
    relSlot,
    relDay: Float64Array.from(relSlot, (k) => x.release[k] ?? 0),
  };
  dayIndexes.set(ctx, index);
  return index;
}

/**
 * Openness moves between the review and `asOf`, newest first (then by model id), from the
 * engine's flat per-slot arrays ordered by day (`dayIndex`: only the window's days are read): a
 * model object is read only for a move (what the openness-regression rule needs; `modelFacts`
 * adds the lifecycle and deadlines). `only` keeps the moves of one direction (the rule reads
 * those toward closed).
 */
export function opennessMovesIn(
  ctx: RiskContext,
  reviewDate: string,
  asOf: string,
  only?: OpennessMove['direction'],
): OpennessMove[] {
  const from = dayNumber(reviewDate);
  const to = dayNumber(asOf);
  const x = ctx.flat;
  const moves: OpennessMove[] = [];
  const keys: number[] = [];
  const ix = dayIndex(ctx);
  for (let i = firstAfter(ix.opDay, 0, ix.opDay.length, from); i < ix.opDay.length; i++) {
    const d = ix.opDay[i] ?? 0;
    if (d > to) break;
    const j = ix.opEntry[i] ?? 0;
    const k = ix.opSlot[i] ?? 0;
    const a = x.opStart[k] ?? 0;
    const prevRisk = x.opRisk[j - 1] ?? 100;
    const nextRisk = x.opRisk[j] ?? 100;
    // Risk falls as the level rises: a move toward closed raises it.
    if (only !== undefined && nextRisk > prevRisk !== (only === 'toward-closed')) continue;
    const m = ctx.models[x.slotModel[k] ?? -1];
    if (m === undefined || m.model.hypothetical) continue;
    const entry = m.model.opennessHistory[m.openness.entryIdx[j - a] ?? 0];
    if (entry === undefined) continue;
    const prev = levelOfOpennessRisk(prevRisk);
    const next = levelOfOpennessRisk(nextRisk);
    keys.push(dateKey(d, entry.from));
    moves.push(new Move(m.model, entry.from, 'relicensed', prev, next, null, entry.eventId));
  }
  flagshipMoves(ctx, ix, from, to, only, moves, keys);
  // Newest first, then by model id; sorted on numbers (the dates' own objects are not touched).
  const order = moves.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a] ?? 0;
    const kb = keys[b] ?? 0;
    if (ka !== kb) return kb - ka;
    const ia = moves[a]?.modelId ?? '';
    const ib = moves[b]?.modelId ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });
  return order.map((i) => moves[i] as OpennessMove);
}

/**
 * A release less (or more) open than the provider's newest model before it: a new flagship's
 * move, pushed onto `out` with its sort key. The predecessor of a release on day D is the
 * provider's model with the latest release before D, the first in family order (newest first
 * within a family) on a tie. One pass over each provider's slots finds it for every release:
 * the best slot released on or before the window opens, then the slots released inside it by day.
 */
function flagshipMoves(
  ctx: RiskContext,
  ix: DayIndex,
  from: number,
  to: number,
  only: OpennessMove['direction'] | undefined,
  out: OpennessMove[],
  keys: number[],
): void {
  const x = ctx.flat;
  const { relSlot, relDay } = ix;
  // Moves found, four numbers each (slot, prior slot, level was, level now): no object per move
  // until the model objects are read below.
  const found: number[] = [];
  for (let p = 0; p < ctx.providers.length; p++) {
    const s0 = x.famMemStart[x.provFamStart[p] ?? 0] ?? 0;
    const s1 = x.famMemStart[x.provFamStart[p + 1] ?? 0] ?? 0;
    // The provider's releases by day, then slot (the first in family order wins a tie): those
    // inside the window, and before them the first of the last day on or before it opens.
    const w0 = firstAfter(relDay, s0, s1, from);
    const w1 = firstAfter(relDay, w0, s1, to);
    if (w0 === w1) continue;
    let before = -1;
    if (w0 > s0) {
      let g = w0 - 1;
      while (g > s0 && relDay[g - 1] === relDay[w0 - 1]) g--;
      before = relSlot[g] ?? -1;
    }
    let prior = before;
    let i = w0;
    while (i < w1) {
      const day = relDay[i] ?? 0;
      let j = i;
      while (j < w1 && relDay[j] === day) j++;
      if (prior >= 0) {
        const was = levelAtSlot(x, prior, day - 1);
        for (let k = i; k < j; k++) {
          const slot = relSlot[k] ?? 0;
          const a = x.opStart[slot] ?? 0;
          const now = a === (x.opStart[slot + 1] ?? 0) ? 1 : levelOfOpennessRisk(x.opRisk[a] ?? 100);
          if (was === now) continue;
          if (only !== undefined && now < was !== (only === 'toward-closed')) continue;
          found.push(slot, prior, was, now);
        }
      }
      // The releases of this day precede the next day's: the first of them in family order.
      prior = relSlot[i] ?? prior;
      i = j;
    }
  }
  // Model objects only for the moves found; a hypothetical release makes none.
  for (let i = 0; i < found.length; i += 4) {
    const slot = found[i] ?? 0;
    const was = (found[i + 2] ?? 1) as OpennessLevel;
    const now = (found[i + 3] ?? 1) as OpennessLevel;
    const m = ix.slotModel[slot];
    const prior = ix.slotModel[found[i + 1] ?? 0];
    if (m === undefined || prior === undefined || ix.hypothetical[slot] === 1) continue;
    const eventId = ix.launchEventId[slot] ?? null;
    const day = x.release[slot] ?? 0;
    keys.push(dateKey(day, m.release));
    out.push(new Move(m, m.release, 'new-flagship', was, now, prior.id, eventId));
  }
}

/** Model facts of the window (openness moves, lifecycle steps, deadlines), from one pass over the models. */
export function modelFacts(
  ctx: RiskContext,
  reviewDate: string,
  asOf: string,
  horizonDays: number,
): { opennessMoves: OpennessMove[]; lifecycle: LifecycleStep[]; deadlines: Deadline[] } {
  const from = dayNumber(reviewDate);
  const to = dayNumber(asOf);
  const horizon = to + horizonDays;
  const lifecycle: LifecycleStep[] = [];
  const deadlines: Deadline[] = [];
  // Dates repeat across models: each is parsed once.
  const days = new Map<string, number>();
  const dayOf = (iso: string) => {
    let d = days.get(iso);
    if (d === undefined) {
      d = dayNumber(iso);
      days.set(iso, d);
    }
    return d;
  };
  for (const m of ctx.models) {
    const model = m.model;
    if (model.hypothetical) continue;
    if (m.releaseDay > from && m.releaseDay <= to) {
      lifecycle.push({
        modelId: model.id,
        modelName: model.name,
        providerId: model.providerId,
        step: 'released',
        date: model.release,
        channel: OWN_API_CHANNEL,
        lowerBound: false,
        replacement: null,
        eventId: null,
        sources: model.sources,
      });
    }
    for (const entry of model.statusHistory) {
      if (entry.status === 'active') continue;
      const d = dayOf(entry.from.date);
      if (d <= from || d > horizon) continue;
      const channel = entry.channel ?? OWN_API_CHANNEL;
      if (d <= to) {
        lifecycle.push({
          modelId: model.id,
          modelName: model.name,
          providerId: model.providerId,
          step: entry.status,
          date: entry.from,
          channel,
          lowerBound: entry.precision === 'earliest',
          replacement: entry.replacement ?? null,
          eventId: entry.eventId,
          sources: model.sources,
        });
      } else {
        deadlines.push({
          kind: entry.status === 'retired' ? 'shutdown' : 'deprecation',
          date: entry.from,
          daysLeft: d - to,
          lowerBound: entry.precision === 'earliest',
          modelId: model.id,
          providerId: model.providerId,
          channel,
          eventId: entry.eventId,
          title: `${model.name} ${entry.status === 'retired' ? 'shuts down' : 'is deprecated'}`,
          replacement: entry.replacement ?? null,
          sources: model.sources,
        });
      }
    }
  }
  for (const ev of ctx.events) {
    if (ev.event.hypothetical || !ev.event.scheduled) continue;
    if (ev.day <= to || ev.day > horizon) continue;
    // A scheduled retirement already listed from the model's own lifecycle is not listed twice.
    if (deadlines.some((d) => d.eventId === ev.event.id)) continue;
    deadlines.push({
      kind: 'scheduled-event',
      date: ev.event.date,
      daysLeft: ev.day - to,
      lowerBound: false,
      modelId: ev.event.relatedModelIds[0] ?? null,
      providerId: ev.event.providerId,
      channel: null,
      eventId: ev.event.id,
      title: ev.event.title,
      replacement: null,
      sources: ev.event.sources,
    });
  }
  lifecycle.sort((a, b) =>
    a.date.date < b.date.date ? 1 : a.date.date > b.date.date ? -1 : a.modelId < b.modelId ? -1 : 1,
  );
  deadlines.sort(
    (a, b) => a.daysLeft - b.daysLeft || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
  return { opennessMoves: opennessMovesIn(ctx, reviewDate, asOf), lifecycle, deadlines };
}

/** Events new to a reader since `review`, by either clock, newest first. */
export function newEvents(ctx: RiskContext, review: ReviewPoint, asOf: string): NewEvent[] {
  const out: NewEvent[] = [];
  const from = dayNumber(review.date);
  const to = dayNumber(asOf);
  for (const ev of ctx.events) {
    // Events are sorted by day: none after the as-of date counts.
    if (ev.day > to) break;
    const e = ev.event;
    if (e.hypothetical) continue;
    const recorded = e.provenance?.recordedAt;
    let clock: NewnessClock | null = null;
    if (ev.day > from) clock = 'dated-after-review';
    else if (review.recordedAt !== null && recorded !== undefined && recorded > review.recordedAt)
      clock = 'recorded-after-review';
    if (clock === null) continue;
    out.push({
      eventId: e.id,
      providerId: e.providerId,
      appliesTo: e.appliesTo,
      relatedModelIds: e.relatedModelIds,
      title: e.title,
      date: e.date,
      type: e.type,
      direction: e.direction,
      severity: e.severity,
      scored: e.scored,
      clock,
      recordedAt: recorded ?? null,
      changeSetId: e.provenance?.changeSetId ?? null,
      sources: e.sources,
    });
  }
  // The engine keeps events by day (then as listed): newest first is the reverse.
  return out.reverse();
}

/** Per provider R then and now from an engine window, sorted by the size of ΔR. */
export function providerMoves(ctx: RiskContext, w: EngineWindow): ProviderMove[] {
  const out: ProviderMove[] = ctx.providers.map((p) => {
    const then = orNull(riskOn(w, p.index, w.fromDay));
    const now = orNull(riskOn(w, p.index, w.toDay));
    const gradeThen = gradeOf(then);
    const gradeNow = gradeOf(now);
    return {
      providerId: p.provider.id,
      name: p.provider.shortName,
      then,
      now,
      delta: then === null || now === null ? null : now - then,
      gradeThen,
      gradeNow,
      crossing: gradeCrossing(gradeThen, gradeNow),
      opennessThen: opennessOn(w, p.index, w.fromDay),
      opennessNow: opennessOn(w, p.index, w.toDay),
    };
  });
  return out.sort(bySizeOfMove);
}

/** Largest |ΔR| first, then by name; providers without a score on either day last. */
function bySizeOfMove(a: ProviderMove, b: ProviderMove): number {
  if (a.delta === null || b.delta === null)
    return a.delta === null ? (b.delta === null ? 0 : 1) : -1;
  return Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name);
}

/**
 * The report with "then" read on the data as known at the review (`then`: a context of the
 * data without the changes recorded after it, `datasetKnownAt`): R, grade and openness factor
 * of every provider on the review's day on that data, ΔR against "now" on the data as served.
 * A provider unknown then has no score then.
 */
export function withThenAsKnown(
  report: SinceReview,
  then: RiskContext,
  settings: RiskSettings,
  knownAt: string,
): SinceReview {
  const scores = new Map(
    scoreProviders(then, report.reviewDate, settings, { explain: false }).map((s) => [
      s.providerId,
      s,
    ]),
  );
  const providers = report.providers.map((p): ProviderMove => {
    const score = scores.get(p.providerId);
    const risk = score?.risk ?? null;
    const gradeThen = gradeOf(risk);
    return {
      ...p,
      then: risk,
      delta: risk === null || p.now === null ? null : p.now - risk,
      gradeThen,
      crossing: gradeCrossing(gradeThen, p.gradeNow),
      opennessThen: score?.factors.openness.value ?? null,
    };
  });
  return { ...report, providers: providers.sort(bySizeOfMove), thenKnownAt: knownAt };
}

/**
 * What changed between a review and the as-of date: the engine's R of every provider on both
 * days (ΔR, grade crossings), the events new to the reader by either clock, openness moves,
 * models released, deprecated or retired, and the deadlines of the next `horizonDays` days.
 * Pass `window` to reuse an engine window already swept from the review's day to `asOf`.
 */
export function sinceReview(
  ctx: RiskContext,
  settings: RiskSettings,
  options: SinceReviewOptions,
  window?: EngineWindow,
): SinceReview {
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const from = dayNumber(options.review.date);
  const to = dayNumber(options.asOf);
  const w =
    window !== undefined && window.fromDay === from && window.toDay === to
      ? window
      : engineWindow(ctx, settings, from, to);
  return {
    reviewDate: options.review.date,
    asOf: options.asOf,
    horizonDays,
    providers: providerMoves(ctx, w),
    thenKnownAt: null,
    events: newEvents(ctx, options.review, options.asOf),
    ...modelFacts(ctx, options.review.date, options.asOf, horizonDays),
  };
}

/** The report narrowed to a scope: a model line counts when its model or its provider is in it. */
export function filterSinceReview(report: SinceReview, scope: ScopeFilter | null): SinceReview {
  if (scope === null) return report;
  return {
    ...report,
    providers: report.providers.filter((p) => providerInScope(scope, p.providerId)),
    events: report.events.filter((e) => eventInScope(scope, e)),
    opennessMoves: report.opennessMoves.filter((m) => modelInScope(scope, m.modelId, m.providerId)),
    lifecycle: report.lifecycle.filter((m) => modelInScope(scope, m.modelId, m.providerId)),
    deadlines: report.deadlines.filter((d) => modelInScope(scope, d.modelId, d.providerId)),
  };
}

/** The window's first day when there is no review yet: this many days before the as-of date. */
export const NO_REVIEW_LOOKBACK_DAYS = 90;

/** The review point to compare with: the chosen review, or `asOf` − 90 days (day clock only). */
export function reviewPointOr(review: ReviewPoint | null, asOf: string): ReviewPoint {
  return review ?? { date: addDays(asOf, -NO_REVIEW_LOOKBACK_DAYS), recordedAt: null };
}
