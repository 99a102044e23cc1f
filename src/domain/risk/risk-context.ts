import { preciseDayNumber } from '../dates';
import { isOwnApiEntry } from '../lifecycle/channel-clock';
import { opennessLevel, type OpennessLevel } from '../openness';
import type { Dataset } from '../schema/dataset';
import type { RiskEvent } from '../schema/event';
import type { Model } from '../schema/model';
import type { Provider } from '../schema/provider';
import {
  continuityRaw,
  lockInOf,
  OPENNESS_RISK,
  regulatoryRaw,
  trajectoryRaw,
} from './factor-rules';

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
 * The hot-path layout: the same facts as flat typed arrays (struct of arrays) in provider →
 * family → member order, so scoring every family of every provider walks memory in sequence
 * instead of chasing one object per model. A model's position in that order is its "slot";
 * `xStart[i]..xStart[i + 1]` delimits item i's slice of a flat list.
 */
export interface FlatIndex {
  /** Per provider: its families (a contiguous index range) and its events, with their days, by day. */
  provFamStart: Int32Array;
  /** Per provider: its slice of `RiskContext.timelineDays` / `timelineFamilies`. */
  provTimelineStart: Int32Array;
  provEvStart: Int32Array;
  provEv: Int32Array;
  provEvDay: Float64Array;
  /** The ids of `provEv`'s events, aligned with it (trend markers read them without touching the events). */
  provEvId: string[];
  /** Per family: provider, and its member slots (newest first) as a contiguous slot range. */
  famProvider: Int32Array;
  famMemStart: Int32Array;
  /** Per slot: the model index, release day, 1 when nothing ever retires it, status and openness slices. */
  slotModel: Int32Array;
  release: Float64Array;
  neverRetired: Uint8Array;
  statusStart: Int32Array;
  statusDay: Float64Array;
  statusRetired: Uint8Array;
  opStart: Int32Array;
  opDay: Float64Array;
  opRisk: Float64Array;
  opLock: Float64Array;
  /** Per event (in `RiskContext.events` order): day and raw factor values. */
  evDay: Float64Array;
  evTrajectory: Float64Array;
  evContinuity: Float64Array;
  evRegulatory: Float64Array;
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
  /**
   * Days on which a model of a family changes (release, status, openness), with the family:
   * sorted by provider, then day; one item per family and day. `flat.provTimelineStart` slices it.
   */
  timelineDays: Float64Array;
  timelineFamilies: Int32Array;
  /** Flat per-model arrays for tight loops (the benchmark floor). */
  modelProvider: Int32Array;
  modelRelease: Float64Array;
  modelInitialRisk: Float64Array;
  flat: FlatIndex;
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
      families.push({
        index: familyIdx,
        providerIdx,
        family: model.family,
        members: [],
        memberRelease: [],
      });
      provider.families.push(familyIdx);
    }
    // rvm-1 reads the provider's own clock only: a distributor's entry (Bedrock keeping a model
    // the own API retired, Azure retiring it earlier) never moves a provider's score.
    const ownStatus = model.statusHistory.filter(isOwnApiEntry);
    const statusRaw = ownStatus.map((s) => preciseDayNumber(s.from));
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
      statusRetired: statusOrder.map((i) => ownStatus[i]?.status === 'retired'),
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
      return (
        mb.releaseDay - ma.releaseDay ||
        (ma.model.id < mb.model.id ? -1 : ma.model.id > mb.model.id ? 1 : 0)
      );
    });
    family.memberRelease = family.members.map((i) => models[i]?.releaseDay ?? 0);
  }
  for (const p of providers) if (p.refDay === -Infinity) p.refDay = 0;

  // Renumber families so each provider's are contiguous: the hot loops then walk memory in order.
  const famOrder = families
    .map((f) => f.index)
    .sort((a, b) => (families[a]?.providerIdx ?? 0) - (families[b]?.providerIdx ?? 0) || a - b);
  const renumber = new Int32Array(families.length);
  famOrder.forEach((old, k) => (renumber[old] = k));
  const orderedFamilies: FamilyFacts[] = [];
  famOrder.forEach((old, k) => {
    const f = families[old];
    if (f) orderedFamilies.push({ ...f, index: k });
  });
  families.splice(0, families.length, ...orderedFamilies);
  for (const m of models) m.familyIdx = renumber[m.familyIdx] ?? 0;
  for (const p of providers)
    p.families = p.families.map((f) => renumber[f] ?? 0).sort((a, b) => a - b);

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
  // Provider by provider (families are numbered that way), then by day: each provider's sweep
  // reads one contiguous slice.
  const providerOf = (f: number) => families[f]?.providerIdx ?? 0;
  order.sort(
    (a, b) =>
      providerOf(tlFamilies[a] ?? 0) - providerOf(tlFamilies[b] ?? 0) ||
      (tlDays[a] ?? 0) - (tlDays[b] ?? 0) ||
      (tlFamilies[a] ?? 0) - (tlFamilies[b] ?? 0),
  );
  // One item per family and day: sizes released together need one family update, not several.
  const keptDays: number[] = [];
  const keptFamilies: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const j = order[i] ?? 0;
    const d = tlDays[j] ?? 0;
    const f = tlFamilies[j] ?? 0;
    const last = keptDays.length - 1;
    if (last >= 0 && keptDays[last] === d && keptFamilies[last] === f) continue;
    keptDays.push(d);
    keptFamilies.push(f);
  }
  const timelineDays = Float64Array.from(keptDays);
  const timelineFamilies = Int32Array.from(keptFamilies);

  const modelProvider = new Int32Array(models.length);
  const modelRelease = new Float64Array(models.length);
  const modelInitialRisk = new Float64Array(models.length);
  for (const m of models) {
    modelProvider[m.index] = m.providerIdx;
    modelRelease[m.index] = m.releaseDay;
    modelInitialRisk[m.index] = m.opennessRisk[0] ?? 100;
  }

  const flat = buildFlatIndex(providers, families, models, events);
  const provTimelineStart = new Int32Array(providers.length + 1);
  for (let i = 0, p = 0; p <= providers.length; p++) {
    while (i < timelineFamilies.length && providerOf(timelineFamilies[i] ?? 0) < p) i += 1;
    provTimelineStart[p] = i;
  }
  flat.provTimelineStart = provTimelineStart;

  return {
    dataset,
    flat,
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

function buildFlatIndex(
  providers: ProviderFacts[],
  families: FamilyFacts[],
  models: ModelFacts[],
  events: EventFacts[],
): FlatIndex {
  const provFamStart = new Int32Array(providers.length + 1);
  const provEvStart = new Int32Array(providers.length + 1);
  let nEv = 0;
  providers.forEach((p, i) => {
    provEvStart[i] = nEv;
    nEv += p.events.length;
  });
  // Families are numbered provider by provider, so a provider's range starts at its first family.
  let nextFam = 0;
  providers.forEach((p, i) => {
    provFamStart[i] = nextFam;
    nextFam += p.families.length;
  });
  provFamStart[providers.length] = nextFam;
  provEvStart[providers.length] = nEv;
  const provEv = new Int32Array(nEv);
  const provEvDay = new Float64Array(nEv);
  const provEvId: string[] = new Array<string>(nEv);
  providers.forEach((p, i) => {
    provEv.set(p.events, provEvStart[i] ?? 0);
    provEvDay.set(p.eventDays, provEvStart[i] ?? 0);
    p.events.forEach((e, j) => (provEvId[(provEvStart[i] ?? 0) + j] = events[e]?.event.id ?? ''));
  });

  const famProvider = new Int32Array(families.length);
  const famMemStart = new Int32Array(families.length + 1);
  const slotModel = new Int32Array(models.length);
  let slot = 0;
  families.forEach((f, i) => {
    famProvider[i] = f.providerIdx;
    famMemStart[i] = slot;
    for (const m of f.members) slotModel[slot++] = m;
  });
  famMemStart[families.length] = slot;

  let nStatus = 0;
  let nOp = 0;
  for (const m of models) {
    nStatus += m.statusDays.length;
    nOp += m.opennessDays.length;
  }
  const release = new Float64Array(slot);
  const neverRetired = new Uint8Array(slot);
  const statusStart = new Int32Array(slot + 1);
  const statusDay = new Float64Array(nStatus);
  const statusRetired = new Uint8Array(nStatus);
  const opStart = new Int32Array(slot + 1);
  const opDay = new Float64Array(nOp);
  const opRisk = new Float64Array(nOp);
  const opLock = new Float64Array(nOp);
  let st = 0;
  let op = 0;
  for (let k = 0; k < slot; k++) {
    const m = models[slotModel[k] ?? 0];
    if (m === undefined) continue;
    release[k] = m.releaseDay;
    neverRetired[k] = m.statusRetired.some(Boolean) ? 0 : 1;
    statusStart[k] = st;
    statusDay.set(m.statusDays, st);
    m.statusRetired.forEach((r, j) => (statusRetired[st + j] = r ? 1 : 0));
    st += m.statusDays.length;
    opStart[k] = op;
    opDay.set(m.opennessDays, op);
    opRisk.set(m.opennessRisk, op);
    opLock.set(m.lockIn, op);
    op += m.opennessDays.length;
  }
  statusStart[slot] = st;
  opStart[slot] = op;

  return {
    provFamStart,
    provTimelineStart: new Int32Array(providers.length + 1),
    provEvStart,
    provEv,
    provEvDay,
    provEvId,
    famProvider,
    famMemStart,
    slotModel,
    release,
    neverRetired,
    statusStart,
    statusDay,
    statusRetired,
    opStart,
    opDay,
    opRisk,
    opLock,
    evDay: Float64Array.from(events, (e) => e.day),
    evTrajectory: Float64Array.from(events, (e) => e.trajectory),
    evContinuity: Float64Array.from(events, (e) => e.continuity),
    evRegulatory: Float64Array.from(events, (e) => e.regulatory),
  };
}

/** Hot-path `isActiveAt` on the flat index (by slot): released by `day` and not retired on it. */
export function activeAtFlat(x: FlatIndex, model: number, day: number): boolean {
  if ((x.release[model] ?? Infinity) > day) return false;
  if (x.neverRetired[model] === 1) return true;
  const end = x.statusStart[model + 1] ?? 0;
  let retired = false;
  for (let i = x.statusStart[model] ?? 0; i < end; i++) {
    if ((x.statusDay[i] ?? Infinity) > day) break;
    retired = x.statusRetired[i] === 1;
  }
  return !retired;
}

/** Hot-path `opennessIdxAt`: the flat index of the openness entry in force (the first before it starts). */
export function opennessAtFlat(x: FlatIndex, model: number, day: number): number {
  const start = x.opStart[model] ?? 0;
  const end = x.opStart[model + 1] ?? 0;
  let found = start;
  for (let i = start + 1; i < end; i++) {
    if ((x.opDay[i] ?? Infinity) > day) break;
    found = i;
  }
  return found;
}

/** Hot-path `familyRepAt`: the slot of the newest member of family `f` active on `day`, or -1. */
export function familyRepAtFlat(x: FlatIndex, f: number, day: number): number {
  const start = x.famMemStart[f] ?? 0;
  const end = x.famMemStart[f + 1] ?? 0;
  // Members are newest first: skip the unreleased ones by binary search.
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((x.release[mid] ?? -Infinity) > day) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < end; i++) if (activeAtFlat(x, i, day)) return i;
  return -1;
}
