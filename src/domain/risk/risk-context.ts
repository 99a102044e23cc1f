import { preciseDayNumber } from '../dates';
import { opennessLevel, type OpennessLevel } from '../openness';
import type { Dataset } from '../schema/dataset';
import type { RiskEvent } from '../schema/event';
import type { Model } from '../schema/model';
import type { Provider } from '../schema/provider';
import { continuityRaw, lockInOf, OPENNESS_RISK, regulatoryRaw, trajectoryRaw } from './factor-rules';

/** A model with its dates and per-entry factor values resolved once. */
export interface ModelFacts {
  index: number;
  model: Model;
  providerIdx: number;
  familyIdx: number;
  releaseDay: number;
  /** Status history sorted by day: the day each entry starts and whether it retires the model. */
  statusDays: number[];
  statusRetired: boolean[];
  /** Openness history sorted by day, with each entry's level, openness risk and lock-in. */
  opennessDays: number[];
  opennessEntryIdx: number[];
  opennessLevels: OpennessLevel[];
  opennessRisk: number[];
  lockIn: number[];
}

/** The members of one provider's family, newest first (release descending, then id). */
export interface FamilyFacts {
  index: number;
  providerIdx: number;
  family: string;
  members: number[];
  memberRelease: number[];
}

/** An event with its day and per-factor raw values (at its own date, before recency). */
export interface EventFacts {
  index: number;
  event: RiskEvent;
  day: number;
  /** Indices of the known providers in `appliesTo`, without duplicates. */
  providers: number[];
  trajectory: number;
  continuity: number;
  regulatory: number;
}

export interface ProviderFacts {
  index: number;
  provider: Provider;
  families: number[];
  /** Indices into `RiskContext.events` of the events that apply to the provider, by day. */
  events: number[];
  eventDays: number[];
  /** Latest release among the provider's models: the sweep scales family weights to it. */
  refDay: number;
}

/**
 * Everything the engine needs from a data set, indexed once: providers, families, models with
 * resolved histories, events sorted by day and the timeline of model changes the trend sweeps.
 */
export interface RiskContext {
  dataset: Dataset;
  providers: ProviderFacts[];
  providerIndex: ReadonlyMap<string, number>;
  models: ModelFacts[];
  modelIndex: ReadonlyMap<string, number>;
  families: FamilyFacts[];
  events: EventFacts[];
  eventIndex: ReadonlyMap<string, number>;
  /** Days on which a model of a family changes (release, status, openness), sorted, with the family. */
  timelineDays: Float64Array;
  timelineFamilies: Int32Array;
  /** Flat per-model arrays for tight loops (the benchmark floor). */
  modelProvider: Int32Array;
  modelRelease: Float64Array;
  modelInitialRisk: Float64Array;
}

function sortedIndices(days: number[]): number[] {
  // Stable: entries on the same day keep their listed order, so the later one wins.
  return days.map((_, i) => i).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0) || a - b);
}

/** Build the engine's indexes for a data set; O(n log n) in models and events. */
export function createRiskContext(dataset: Dataset): RiskContext {
  const providerIndex = new Map<string, number>();
  const providers: ProviderFacts[] = dataset.providers.map((provider, index) => {
    providerIndex.set(provider.id, index);
    return { index, provider, families: [], events: [], eventDays: [], refDay: -Infinity };
  });

  const families: FamilyFacts[] = [];
  const familyIndex = new Map<string, number>();
  const models: ModelFacts[] = [];
  const modelIndex = new Map<string, number>();

  for (const model of dataset.models) {
    const providerIdx = providerIndex.get(model.providerId);
    // A model of an unknown provider cannot be scored; it stays out of the engine.
    if (providerIdx === undefined || modelIndex.has(model.id)) continue;
    const provider = providers[providerIdx];
    if (provider === undefined) continue;
    const key = `${model.providerId}\u0000${model.family}`;
    let familyIdx = familyIndex.get(key);
    if (familyIdx === undefined) {
      familyIdx = families.length;
      familyIndex.set(key, familyIdx);
      families.push({ index: familyIdx, providerIdx, family: model.family, members: [], memberRelease: [] });
      provider.families.push(familyIdx);
    }
    const statusRaw = model.statusHistory.map((s) => preciseDayNumber(s.from));
    const statusOrder = sortedIndices(statusRaw);
    const opRaw = model.opennessHistory.map((o) => preciseDayNumber(o.from));
    const opOrder = sortedIndices(opRaw);
    const opennessLevels: OpennessLevel[] = [];
    const opennessRisk: number[] = [];
    const lockIn: number[] = [];
    for (const i of opOrder) {
      const entry = model.opennessHistory[i];
      if (entry === undefined) continue;
      const level = opennessLevel(entry);
      opennessLevels.push(level);
      opennessRisk.push(OPENNESS_RISK[level]);
      lockIn.push(lockInOf(entry));
    }
    const releaseDay = preciseDayNumber(model.release);
    const index = models.length;
    modelIndex.set(model.id, index);
    models.push({
      index,
      model,
      providerIdx,
      familyIdx,
      releaseDay,
      statusDays: statusOrder.map((i) => statusRaw[i] ?? 0),
      statusRetired: statusOrder.map((i) => model.statusHistory[i]?.status === 'retired'),
      opennessDays: opOrder.map((i) => opRaw[i] ?? 0),
      opennessEntryIdx: opOrder,
      opennessLevels,
      opennessRisk,
      lockIn,
    });
    if (releaseDay > provider.refDay) provider.refDay = releaseDay;
  }

  for (const m of models) families[m.familyIdx]?.members.push(m.index);
  for (const family of families) {
    family.members.sort((a, b) => {
      const ma = models[a];
      const mb = models[b];
      if (ma === undefined || mb === undefined) return 0;
      return mb.releaseDay - ma.releaseDay || (ma.model.id < mb.model.id ? -1 : ma.model.id > mb.model.id ? 1 : 0);
    });
    family.memberRelease = family.members.map((i) => models[i]?.releaseDay ?? 0);
  }
  for (const p of providers) if (p.refDay === -Infinity) p.refDay = 0;

  const eventIndex = new Map<string, number>();
  const rawEvents = dataset.events
    .map((event) => ({ event, day: preciseDayNumber(event.date) }))
    .sort((a, b) => a.day - b.day);
  const events: EventFacts[] = [];
  for (const { event, day } of rawEvents) {
    if (eventIndex.has(event.id)) continue;
    const seen = new Set<number>();
    for (const id of event.appliesTo) {
      const idx = providerIndex.get(id);
      if (idx !== undefined) seen.add(idx);
    }
    const index = events.length;
    eventIndex.set(event.id, index);
    const facts: EventFacts = {
      index,
      event,
      day,
      providers: [...seen],
      trajectory: trajectoryRaw(event),
      continuity: continuityRaw(event),
      regulatory: regulatoryRaw(event),
    };
    events.push(facts);
    for (const p of facts.providers) {
      const provider = providers[p];
      if (provider === undefined) continue;
      provider.events.push(index);
      provider.eventDays.push(day);
    }
  }

  // The timeline: every day on which some member of a family may change the family's state.
  const tlDays: number[] = [];
  const tlFamilies: number[] = [];
  for (const m of models) {
    tlDays.push(m.releaseDay);
    tlFamilies.push(m.familyIdx);
    for (const d of m.statusDays) {
      if (d > m.releaseDay) {
        tlDays.push(d);
        tlFamilies.push(m.familyIdx);
      }
    }
    for (const d of m.opennessDays) {
      if (d > m.releaseDay) {
        tlDays.push(d);
        tlFamilies.push(m.familyIdx);
      }
    }
  }
  const order = new Int32Array(tlDays.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (tlDays[a] ?? 0) - (tlDays[b] ?? 0) || a - b);
  const timelineDays = new Float64Array(order.length);
  const timelineFamilies = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const j = order[i] ?? 0;
    timelineDays[i] = tlDays[j] ?? 0;
    timelineFamilies[i] = tlFamilies[j] ?? 0;
  }

  const modelProvider = new Int32Array(models.length);
  const modelRelease = new Float64Array(models.length);
  const modelInitialRisk = new Float64Array(models.length);
  for (const m of models) {
    modelProvider[m.index] = m.providerIdx;
    modelRelease[m.index] = m.releaseDay;
    modelInitialRisk[m.index] = m.opennessRisk[0] ?? 100;
  }

  return {
    dataset,
    providers,
    providerIndex,
    models,
    modelIndex,
    families,
    events,
    eventIndex,
    timelineDays,
    timelineFamilies,
    modelProvider,
    modelRelease,
    modelInitialRisk,
  };
}

/** Index of the entry in force on `day` in an ascending day list; -1 before the first. */
export function entryAtDay(days: readonly number[], day: number): number {
  let found = -1;
  for (let i = 0; i < days.length; i++) {
    if ((days[i] ?? Infinity) <= day) found = i;
    else break;
  }
  return found;
}

/** True when the model is released by `day` and not retired on it. */
export function isActiveAt(m: ModelFacts, day: number): boolean {
  if (m.releaseDay > day) return false;
  const s = entryAtDay(m.statusDays, day);
  return s < 0 || m.statusRetired[s] !== true;
}

/**
 * Openness entry index (into the sorted arrays) in force on `day`; the first entry when the day
 * precedes it (a release recorded with month precision can precede its day-precision entry).
 */
export function opennessIdxAt(m: ModelFacts, day: number): number {
  const i = entryAtDay(m.opennessDays, day);
  return i < 0 ? 0 : i;
}

/** The family's representative on `day`: its newest member active then, or -1. */
export function familyRepAt(ctx: RiskContext, family: FamilyFacts, day: number): number {
  // Members are newest first: skip the unreleased ones by binary search.
  let lo = 0;
  let hi = family.memberRelease.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((family.memberRelease[mid] ?? -Infinity) > day) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < family.members.length; i++) {
    const idx = family.members[i] ?? -1;
    const m = ctx.models[idx];
    if (m !== undefined && isActiveAt(m, day)) return idx;
  }
  return -1;
}
