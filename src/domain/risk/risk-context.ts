import { preciseDayNumber } from '../dates';
import { isOwnApiEntry } from '../lifecycle/channel-clock';
import { opennessLevel, type OpennessLevel } from '../openness';
import type { Dataset } from '../schema/dataset';
import type { RiskEvent } from '../schema/event';
import type { Model } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import type { Provider } from '../schema/provider';
import {
  continuityRaw,
  lockInOf,
  OPENNESS_RISK,
  regulatoryRaw,
  trajectoryRaw,
} from './factor-rules';

/** A model's own-API status history sorted by day: the day each entry starts, whether it retires the model. */
export interface StatusFacts {
  readonly days: readonly number[];
  readonly retired: readonly boolean[];
}

/**
 * A model's openness history sorted by day: each entry's day, its position in
 * `model.opennessHistory`, its level, openness risk and lock-in.
 */
export interface OpennessFacts {
  readonly days: readonly number[];
  readonly entryIdx: readonly number[];
  readonly levels: readonly OpennessLevel[];
  readonly risk: readonly number[];
  readonly lockIn: readonly number[];
}

/**
 * A model with its dates and per-entry factor values resolved once. The histories are read
 * lazily from the context's columns (most pages never look at most models' histories).
 */
export interface ModelFacts {
  readonly index: number;
  readonly model: Model;
  readonly providerIdx: number;
  familyIdx: number;
  readonly releaseDay: number;
  readonly status: StatusFacts;
  readonly openness: OpennessFacts;
  /** `openness.entryIdx[0]` (0 without entries), read without making the openness arrays. */
  readonly firstOpennessEntry: number;
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
  /** Families are numbered provider by provider; `flat.famProvider` and `flat.famMemStart` hold them. */
  familyCount: number;
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

/** The models' histories in flat columns, in model order: model i's entries are `start[i]..start[i + 1]`. */
interface ModelColumns {
  stStart: Int32Array;
  stDay: Float64Array;
  stRetired: Uint8Array;
  opStart: Int32Array;
  opDay: Float64Array;
  /** The entry's position in `model.opennessHistory`. */
  opEntry: Int32Array;
  opLevel: Uint8Array;
  opRisk: Float64Array;
  opLock: Float64Array;
}

type Column = Float64Array | Int32Array | Uint8Array;

/**
 * Sort `from..to` of `days` ascending, moving the same positions of `others` along; stable, so
 * entries of one day keep their listed order and the later one wins. Histories are short and
 * almost always recorded in order: an insertion sort that usually moves nothing.
 */
function sortSlice(from: number, to: number, days: Float64Array, others: readonly Column[]): void {
  for (let i = from + 1; i < to; i++) {
    const day = days[i] ?? 0;
    if ((days[i - 1] ?? 0) <= day) continue;
    const carried = others.map((c) => c[i] ?? 0);
    let j = i;
    while (j > from && (days[j - 1] ?? 0) > day) {
      days[j] = days[j - 1] ?? 0;
      for (const c of others) c[j] = c[j - 1] ?? 0;
      j -= 1;
    }
    days[j] = day;
    others.forEach((c, k) => (c[j] = carried[k] ?? 0));
  }
}

/** A model's facts, its histories read from the columns on first use and kept. */
class ColumnModelFacts implements ModelFacts {
  // Declared, not initialised: 100,000 instances are made per data set, and assignments in the
  // constructor make them faster than class fields (which are defined one by one).
  declare readonly index: number;
  declare readonly model: Model;
  declare readonly providerIdx: number;
  declare familyIdx: number;
  declare readonly releaseDay: number;
  declare private readonly cols: ModelColumns;
  declare private statusRead: StatusFacts | undefined;
  declare private opennessRead: OpennessFacts | undefined;

  constructor(
    index: number,
    model: Model,
    providerIdx: number,
    familyIdx: number,
    releaseDay: number,
    cols: ModelColumns,
  ) {
    this.index = index;
    this.model = model;
    this.providerIdx = providerIdx;
    this.familyIdx = familyIdx;
    this.releaseDay = releaseDay;
    this.cols = cols;
  }

  get status(): StatusFacts {
    return (this.statusRead ??= this.readStatus());
  }

  get openness(): OpennessFacts {
    return (this.opennessRead ??= this.readOpenness());
  }

  get firstOpennessEntry(): number {
    const { opStart, opEntry } = this.cols;
    const from = opStart[this.index] ?? 0;
    return from < (opStart[this.index + 1] ?? 0) ? (opEntry[from] ?? 0) : 0;
  }

  private readStatus(): StatusFacts {
    const { stStart, stDay, stRetired } = this.cols;
    const from = stStart[this.index] ?? 0;
    const to = stStart[this.index + 1] ?? 0;
    return {
      days: Array.from(stDay.subarray(from, to)),
      retired: Array.from(stRetired.subarray(from, to), (r) => r === 1),
    };
  }

  private readOpenness(): OpennessFacts {
    const c = this.cols;
    const from = c.opStart[this.index] ?? 0;
    const to = c.opStart[this.index + 1] ?? 0;
    return {
      days: Array.from(c.opDay.subarray(from, to)),
      entryIdx: Array.from(c.opEntry.subarray(from, to)),
      levels: Array.from(c.opLevel.subarray(from, to), (l) => l as OpennessLevel),
      risk: Array.from(c.opRisk.subarray(from, to)),
      lockIn: Array.from(c.opLock.subarray(from, to)),
    };
  }
}

/** Build the engine's indexes for a data set; O(n log n) in models and events. */
export function createRiskContext(dataset: Dataset): RiskContext {
  return startRiskContext(dataset).finish();
}

/** A build of the engine's indexes that can be spread over several tasks (`startRiskContext`). */
export interface RiskContextBuild {
  /** Reads up to `count` more models into the indexes; true once every model is read. */
  addModels(count: number): boolean;
  /** Groups the models by family and reads the events (the first half of `finish`), once. */
  group(): void;
  /** The finished indexes, reading any models left first; the same object on every call. */
  finish(): RiskContext;
}

/** The families and the events, made by a build's `group` once every model is read. */
interface Grouped {
  famProvider: Int32Array;
  famMemStart: Int32Array;
  slotModel: Int32Array;
  events: EventFacts[];
  eventIndex: Map<string, number>;
}

/**
 * Starts building the engine's indexes over `dataset`: the models are read `count` at a time by
 * `addModels`, `group` groups them by family and reads the events, and `finish` builds the rest
 * (each step does the ones before it that are not done). The result is `createRiskContext`'s, however the
 * models were split (a large data set is built over several tasks, ADR 0013).
 */
export function startRiskContext(dataset: Dataset): RiskContextBuild {
  const providerIndex = new Map<string, number>();
  const providers: ProviderFacts[] = dataset.providers.map((provider, index) => {
    providerIndex.set(provider.id, index);
    return { index, provider, families: [], events: [], eventDays: [], refDay: -Infinity };
  });

  let familyCount = 0;
  // Per provider, its families by name: no key string is made per model.
  const familyIndex: Array<Map<string, number> | undefined> = new Array(providers.length);
  const models: ModelFacts[] = [];
  const modelIndex = new Map<string, number>();
  // The histories go into flat columns in model order (ADR 0013: no arrays per model, whose
  // allocation and collection cost more than reading them).
  let statusCap = 0;
  let opCap = 0;
  const all = dataset.models;
  for (let i = 0; i < all.length; i++) {
    const model = all[i];
    if (model === undefined) continue;
    statusCap += model.statusHistory.length;
    opCap += model.opennessHistory.length;
  }
  const cols: ModelColumns = {
    stStart: new Int32Array(dataset.models.length + 1),
    stDay: new Float64Array(statusCap),
    stRetired: new Uint8Array(statusCap),
    opStart: new Int32Array(dataset.models.length + 1),
    opDay: new Float64Array(opCap),
    opEntry: new Int32Array(opCap),
    opLevel: new Uint8Array(opCap),
    opRisk: new Float64Array(opCap),
    opLock: new Float64Array(opCap),
  };
  let st = 0;
  let op = 0;

  let mi = 0;
  const lastFamily = { providerIdx: -1, name: '', index: 0 };
  // The day of the last date read: a family's models share their dates (the synthetic data's
  // histories and release are one object per family), so most reads are of the same object.
  let lastDate: PreciseDate | null = null;
  let lastDay = 0;
  const dayOf = (date: PreciseDate): number => {
    if (date !== lastDate) {
      lastDay = preciseDayNumber(date);
      lastDate = date;
    }
    return lastDay;
  };
  const addModels = (count: number): boolean => {
    const end = Math.min(all.length, mi + count);
    for (; mi < end; mi++) {
      const model = all[mi];
      if (model === undefined) continue;
      const providerIdx = providerIndex.get(model.providerId);
      // A model of an unknown provider cannot be scored; it stays out of the engine.
      if (providerIdx === undefined) continue;
      const provider = providers[providerIdx];
      if (provider === undefined) continue;
      // A second model with an id already seen stays out, the first keeps the id. One hash of the
      // id per model rather than two: the set tells by the map's size whether the id was new.
      const index = models.length;
      const known = modelIndex.size;
      modelIndex.set(model.id, index);
      if (modelIndex.size === known) {
        modelIndex.set(
          model.id,
          models.findIndex((m) => m.model.id === model.id),
        );
        continue;
      }
      // A family's models are mostly listed together: the last one's family is looked up first.
      let familyIdx: number | undefined;
      if (providerIdx === lastFamily.providerIdx && model.family === lastFamily.name) {
        familyIdx = lastFamily.index;
      } else {
        let byName = familyIndex[providerIdx];
        if (byName === undefined) familyIndex[providerIdx] = byName = new Map();
        familyIdx = byName.get(model.family);
        if (familyIdx === undefined) {
          familyIdx = familyCount++;
          byName.set(model.family, familyIdx);
          provider.families.push(familyIdx);
        }
        lastFamily.providerIdx = providerIdx;
        lastFamily.name = model.family;
        lastFamily.index = familyIdx;
      }
      // rvm-1 reads the provider's own clock only: a distributor's entry (Bedrock keeping a model
      // the own API retired, Azure retiring it earlier) never moves a provider's score.
      cols.stStart[index] = st;
      const statuses = model.statusHistory;
      for (let i = 0; i < statuses.length; i++) {
        const entry = statuses[i];
        if (entry === undefined || !isOwnApiEntry(entry)) continue;
        cols.stDay[st] = dayOf(entry.from);
        cols.stRetired[st] = entry.status === 'retired' ? 1 : 0;
        st += 1;
      }
      sortSlice(cols.stStart[index] ?? 0, st, cols.stDay, [cols.stRetired]);
      cols.opStart[index] = op;
      const history = model.opennessHistory;
      for (let i = 0; i < history.length; i++) {
        const entry = history[i];
        if (entry === undefined) continue;
        const level = opennessLevel(entry);
        cols.opDay[op] = dayOf(entry.from);
        cols.opEntry[op] = i;
        cols.opLevel[op] = level;
        cols.opRisk[op] = OPENNESS_RISK[level];
        cols.opLock[op] = lockInOf(entry);
        op += 1;
      }
      sortSlice(cols.opStart[index] ?? 0, op, cols.opDay, [
        cols.opEntry,
        cols.opLevel,
        cols.opRisk,
        cols.opLock,
      ]);
      const releaseDay = dayOf(model.release);
      models.push(new ColumnModelFacts(index, model, providerIdx, familyIdx, releaseDay, cols));
      if (releaseDay > provider.refDay) provider.refDay = releaseDay;
    }
    return mi >= all.length;
  };

  let grouped: Grouped | undefined;
  const group = (): Grouped => {
    if (grouped !== undefined) return grouped;
    addModels(Infinity);
    cols.stStart[models.length] = st;
    cols.opStart[models.length] = op;

    for (const p of providers) if (p.refDay === -Infinity) p.refDay = 0;

    // Renumber families so each provider's are contiguous: the hot loops then walk memory in order.
    // Each provider lists its families in the order they were made, so provider by provider is
    // the order wanted (by provider, then by first appearance), with no sort. Families are
    // columns, not objects (about 50,000 of them at 100,000 models, each an object and two lists
    // before): their provider, and their members as a contiguous range of slots.
    const renumber = new Int32Array(familyCount);
    const famProvider = new Int32Array(familyCount);
    let next = 0;
    for (let pi = 0; pi < providers.length; pi++) {
      const p = providers[pi];
      if (p === undefined) continue;
      const first = next;
      for (let k = 0; k < p.families.length; k++) {
        renumber[p.families[k] ?? 0] = next;
        famProvider[next++] = pi;
      }
      p.families = Array.from({ length: next - first }, (_, k) => first + k);
    }
    // Indexed loops over the models here and below: this function runs once per data set, mostly
    // before the optimising compiler has seen it, and an unoptimised for-of makes an iterator
    // result per step (about 20 MB at 100,000 models).
    const famMemStart = new Int32Array(familyCount + 1);
    for (let i = 0; i < models.length; i++) {
      const m = models[i];
      if (m === undefined) continue;
      m.familyIdx = renumber[m.familyIdx] ?? 0;
      famMemStart[m.familyIdx + 1] = (famMemStart[m.familyIdx + 1] ?? 0) + 1;
    }
    for (let f = 0; f < familyCount; f++)
      famMemStart[f + 1] = (famMemStart[f + 1] ?? 0) + (famMemStart[f] ?? 0);
    // Each family's members in model order, then newest first (release descending, then id).
    const slotModel = new Int32Array(models.length);
    const fill = famMemStart.slice(0, familyCount);
    for (let i = 0; i < models.length; i++) {
      const m = models[i];
      if (m === undefined) continue;
      const at = fill[m.familyIdx] ?? 0;
      slotModel[at] = m.index;
      fill[m.familyIdx] = at + 1;
    }
    const byNewest = (a: number, b: number) => {
      const ma = models[a];
      const mb = models[b];
      if (ma === undefined || mb === undefined) return 0;
      return (
        mb.releaseDay - ma.releaseDay ||
        (ma.model.id < mb.model.id ? -1 : ma.model.id > mb.model.id ? 1 : 0)
      );
    };
    for (let f = 0; f < familyCount; f++) {
      const from = famMemStart[f] ?? 0;
      const to = famMemStart[f + 1] ?? 0;
      if (to - from > 1) sortRange(slotModel, from, to, byNewest);
    }

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
    grouped = { famProvider, famMemStart, slotModel, events, eventIndex };
    return grouped;
  };

  let result: RiskContext | undefined;
  const finish = (): RiskContext => {
    if (result !== undefined) return result;
    const { famProvider, famMemStart, slotModel, events, eventIndex } = group();

    // The timeline: every day on which some member of a family may change the family's state.
    // At most one item per model and history entry: typed columns of that size, no growing lists.
    const tlDays = new Float64Array(models.length + st + op);
    const tlFamilies = new Int32Array(models.length + st + op);
    let tlCount = 0;
    for (let mi = 0; mi < models.length; mi++) {
      const m = models[mi];
      if (m === undefined) continue;
      const release = m.releaseDay;
      const f = m.familyIdx;
      tlDays[tlCount] = release;
      tlFamilies[tlCount++] = f;
      for (let i = cols.stStart[m.index] ?? 0; i < (cols.stStart[m.index + 1] ?? 0); i++) {
        const d = cols.stDay[i] ?? 0;
        if (d > release) {
          tlDays[tlCount] = d;
          tlFamilies[tlCount++] = f;
        }
      }
      for (let i = cols.opStart[m.index] ?? 0; i < (cols.opStart[m.index + 1] ?? 0); i++) {
        const d = cols.opDay[i] ?? 0;
        if (d > release) {
          tlDays[tlCount] = d;
          tlFamilies[tlCount++] = f;
        }
      }
    }
    // Provider by provider (families are numbered that way), then by day, then family, one item
    // per family and day (sizes released together need one family update, not several): each
    // provider's sweep reads one contiguous slice.
    const providerOf = (f: number) => famProvider[f] ?? 0;
    const { days: keptDays, families: keptFamilies } = sortedTimeline(
      tlDays.subarray(0, tlCount),
      tlFamilies.subarray(0, tlCount),
      famProvider,
    );
    const timelineDays = keptDays;
    const timelineFamilies = keptFamilies;

    const modelProvider = new Int32Array(models.length);
    const modelRelease = new Float64Array(models.length);
    const modelInitialRisk = new Float64Array(models.length);
    for (let mi = 0; mi < models.length; mi++) {
      const m = models[mi];
      if (m === undefined) continue;
      modelProvider[m.index] = m.providerIdx;
      modelRelease[m.index] = m.releaseDay;
      const first = cols.opStart[m.index] ?? 0;
      modelInitialRisk[m.index] =
        first < (cols.opStart[m.index + 1] ?? 0) ? (cols.opRisk[first] ?? 100) : 100;
    }

    const flat = buildFlatIndex(
      providers,
      famProvider,
      famMemStart,
      slotModel,
      modelRelease,
      events,
      cols,
    );
    const provTimelineStart = new Int32Array(providers.length + 1);
    for (let i = 0, p = 0; p <= providers.length; p++) {
      while (i < timelineFamilies.length && providerOf(timelineFamilies[i] ?? 0) < p) i += 1;
      provTimelineStart[p] = i;
    }
    flat.provTimelineStart = provTimelineStart;

    result = {
      dataset,
      flat,
      providers,
      providerIndex,
      models,
      modelIndex,
      familyCount,
      events,
      eventIndex,
      timelineDays,
      timelineFamilies,
      modelProvider,
      modelRelease,
      modelInitialRisk,
    };
    return result;
  };
  return { addModels, group: () => void group(), finish };
}

/**
 * Sort `list[from, to)` in place: insertion sort, which allocates nothing (most families have a
 * few members; `Array.prototype.sort` makes a work array per call), and the engine's sort of the
 * range beyond 16.
 */
function sortRange(
  list: Int32Array,
  from: number,
  to: number,
  compare: (a: number, b: number) => number,
): void {
  if (to - from > 16) {
    list.subarray(from, to).sort(compare);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = list[i] ?? 0;
    let j = i - 1;
    while (j >= from && compare(list[j] ?? 0, v) > 0) {
      list[j + 1] = list[j] ?? 0;
      j -= 1;
    }
    list[j + 1] = v;
  }
}

/**
 * The timeline's (day, family) items sorted by provider, day and family, without repeats. Each
 * item is packed into one number when the three fit in 53 bits (always, short of absurd dates),
 * so the sort is the typed array's own rather than a comparator's.
 */
function sortedTimeline(
  days: Float64Array,
  fams: Int32Array,
  familyProvider: Int32Array,
): { days: Float64Array; families: Int32Array } {
  const n = days.length;
  const familyCount = familyProvider.length;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let maxProvider = 0;
  for (let i = 0; i < n; i++) {
    const d = days[i] ?? 0;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    const p = familyProvider[fams[i] ?? 0] ?? 0;
    if (p > maxProvider) maxProvider = p;
  }
  const span = maxDay - minDay + 1;
  const famSpan = familyCount + 1;
  // Days are whole numbers (NaN for an unreadable date, which fails the check).
  const packable = Number.isSafeInteger((maxProvider + 1) * span * famSpan);
  const outDays = new Float64Array(n);
  const outFams = new Int32Array(n);
  let kept = 0;
  const keep = (d: number, f: number) => {
    if (kept > 0 && outDays[kept - 1] === d && outFams[kept - 1] === f) return;
    outDays[kept] = d;
    outFams[kept++] = f;
  };
  if (packable) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const f = fams[i] ?? 0;
      keys[i] = ((familyProvider[f] ?? 0) * span + ((days[i] ?? 0) - minDay)) * famSpan + f;
    }
    keys.sort();
    for (let i = 0; i < n; i++) {
      const key = keys[i] ?? 0;
      const f = key % famSpan;
      keep((((key - f) / famSpan) % span) + minDay, f);
    }
  } else {
    const providerOf = (f: number) => familyProvider[f] ?? 0;
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) =>
        providerOf(fams[a] ?? 0) - providerOf(fams[b] ?? 0) ||
        (days[a] ?? 0) - (days[b] ?? 0) ||
        (fams[a] ?? 0) - (fams[b] ?? 0),
    );
    for (const j of order) keep(days[j] ?? 0, fams[j] ?? 0);
  }
  return { days: outDays.slice(0, kept), families: outFams.slice(0, kept) };
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
  const s = entryAtDay(m.status.days, day);
  return s < 0 || m.status.retired[s] !== true;
}

/**
 * Openness entry index (into the sorted arrays) in force on `day`; the first entry when the day
 * precedes it (a release recorded with month precision can precede its day-precision entry).
 */
export function opennessIdxAt(m: ModelFacts, day: number): number {
  const i = entryAtDay(m.openness.days, day);
  return i < 0 ? 0 : i;
}

function buildFlatIndex(
  providers: ProviderFacts[],
  famProvider: Int32Array,
  famMemStart: Int32Array,
  slotModel: Int32Array,
  /** Each model's release day, by its index (read in slot order: a column, not the objects). */
  modelRelease: Float64Array,
  events: EventFacts[],
  cols: ModelColumns,
): FlatIndex {
  const provFamStart = new Int32Array(providers.length + 1);
  const provEvStart = new Int32Array(providers.length + 1);
  let nEv = 0;
  // Families are numbered provider by provider, so a provider's range starts at its first family.
  let nextFam = 0;
  for (let i = 0; i < providers.length; i++) {
    const p = providers[i];
    provEvStart[i] = nEv;
    provFamStart[i] = nextFam;
    nEv += p?.events.length ?? 0;
    nextFam += p?.families.length ?? 0;
  }
  provFamStart[providers.length] = nextFam;
  provEvStart[providers.length] = nEv;
  const provEv = new Int32Array(nEv);
  const provEvDay = new Float64Array(nEv);
  const provEvId: string[] = new Array<string>(nEv);
  for (let i = 0; i < providers.length; i++) {
    const p = providers[i];
    if (p === undefined) continue;
    const base = provEvStart[i] ?? 0;
    for (let j = 0; j < p.events.length; j++) {
      const e = p.events[j] ?? 0;
      provEv[base + j] = e;
      provEvDay[base + j] = p.eventDays[j] ?? 0;
      provEvId[base + j] = events[e]?.event.id ?? '';
    }
  }

  const slot = slotModel.length;

  const release = new Float64Array(slot);
  const neverRetired = new Uint8Array(slot);
  const statusStart = new Int32Array(slot + 1);
  const statusDay = new Float64Array(cols.stDay.length);
  const statusRetired = new Uint8Array(cols.stDay.length);
  const opStart = new Int32Array(slot + 1);
  const opDay = new Float64Array(cols.opDay.length);
  const opRisk = new Float64Array(cols.opDay.length);
  const opLock = new Float64Array(cols.opDay.length);
  let st = 0;
  let op = 0;
  for (let k = 0; k < slot; k++) {
    const m = slotModel[k] ?? 0;
    release[k] = modelRelease[m] ?? 0;
    statusStart[k] = st;
    let never = 1;
    for (let i = cols.stStart[m] ?? 0; i < (cols.stStart[m + 1] ?? 0); i++, st++) {
      statusDay[st] = cols.stDay[i] ?? 0;
      const retired = cols.stRetired[i] ?? 0;
      statusRetired[st] = retired;
      if (retired === 1) never = 0;
    }
    neverRetired[k] = never;
    opStart[k] = op;
    for (let i = cols.opStart[m] ?? 0; i < (cols.opStart[m + 1] ?? 0); i++, op++) {
      opDay[op] = cols.opDay[i] ?? 0;
      opRisk[op] = cols.opRisk[i] ?? 0;
      opLock[op] = cols.opLock[i] ?? 0;
    }
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
    statusDay: statusDay.subarray(0, st),
    statusRetired: statusRetired.subarray(0, st),
    opStart,
    opDay: opDay.subarray(0, op),
    opRisk: opRisk.subarray(0, op),
    opLock: opLock.subarray(0, op),
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

/** The family's representative on `day`: the slot of the newest member of family `f` active on `day`, or -1. */
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
