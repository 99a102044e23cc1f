import { preciseDayNumber } from '../dates';
import { statusOnChannel } from '../lifecycle/status-on-channel';
import type {
  Change,
  ChangeError,
  ChangeLogEntry,
  ChangeSet,
  CorrectEventChange,
  CorrectModelChange,
  EntityType,
} from '../schema/change';
import type { Dataset } from '../schema/dataset';
import type { RiskEvent } from '../schema/event';
import type { Model, OpennessEntry, StatusEntry } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import type { Provenance } from '../schema/provenance';
import type { Provider } from '../schema/provider';
import type { Source } from '../schema/source';
import { matchesProposal, proposeRating } from './propose-rating';

/** What the service gives an accepted change set: its id and the time it was recorded. */
export interface ChangeSetStamp {
  id: string;
  /** ISO 8601 date-time (UTC). */
  recordedAt: string;
}

/** The outcome of running one change set on a data set. */
export interface ChangeSetOutcome {
  /** Per-change, per-field errors; empty when the whole set applies. */
  errors: ChangeError[];
  /** The data set after the change set; the input itself when there are errors (all or nothing). */
  dataset: Dataset;
  /** One log entry per change, in the set's order; empty when there are errors. */
  entries: ChangeLogEntry[];
}

type Key = `${EntityType}:${string}`;
type Path = (string | number)[];

/** True when `a` is before `b` at the coarser of their precisions (2025-03 is not before 2025-03-12). */
export function certainlyBefore(a: PreciseDate, b: PreciseDate): boolean {
  if (a.precision === 'month' || b.precision === 'month')
    return a.date.slice(0, 7) < b.date.slice(0, 7);
  return a.date < b.date;
}

/** A copy of `value` without its undefined properties, so optional fields stay absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function mergeSources(existing: Source[], added: Source[]): Source[] {
  const seen = new Set(existing.map((s) => s.url));
  const out = [...existing];
  for (const s of added) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    out.push({ url: s.url, label: s.label });
  }
  return out;
}

/** A recalled correction marks the touched fields unverified; a verified one clears them. */
function mergeUnverified(
  existing: string[],
  fields: string[],
  confidence: 'verified' | 'recalled',
): string[] {
  if (confidence === 'recalled')
    return [...existing, ...fields.filter((f) => !existing.includes(f))];
  return existing.filter((f) => !fields.includes(f));
}

/** Insert `entry` after the last entry dated on or before it: history stays in date order. */
function insertByDate<T extends { from: PreciseDate }>(history: T[], entry: T): T[] {
  const day = preciseDayNumber(entry.from);
  let at = 0;
  history.forEach((e, i) => {
    if (preciseDayNumber(e.from) <= day) at = i + 1;
  });
  return [...history.slice(0, at), entry, ...history.slice(at)];
}

/** The openness entry in force on a date: the last one dated on or before it, else the first. */
function opennessAt(model: Model, date: PreciseDate): OpennessEntry | undefined {
  const day = preciseDayNumber(date);
  let found: OpennessEntry | undefined;
  for (const e of model.opennessHistory) if (preciseDayNumber(e.from) <= day) found = e;
  return found ?? model.opennessHistory[0];
}

function isSorted(history: { from: PreciseDate }[]): boolean {
  return history.every(
    (e, i) =>
      i === 0 || preciseDayNumber(e.from) >= preciseDayNumber(history[i - 1]?.from ?? e.from),
  );
}

class Run {
  readonly providers = new Map<string, Provider>();
  readonly models = new Map<string, Model>();
  readonly events = new Map<string, RiskEvent>();
  readonly errors: ChangeError[] = [];
  readonly entries: ChangeLogEntry[] = [];
  /** Change indices that touched each record, and the change that removed each retracted id. */
  readonly touched = new Map<Key, number[]>();
  readonly removedBy = new Map<Key, number>();
  /** Records created by the set, in creation order. */
  readonly created: Key[] = [];
  readonly createdSet = new Set<Key>();
  readonly movedEvents = new Set<string>();

  constructor(
    readonly base: Dataset,
    readonly changeSet: ChangeSet,
    readonly stamp: ChangeSetStamp,
  ) {
    for (const p of base.providers) this.providers.set(p.id, p);
    for (const m of base.models) this.models.set(m.id, m);
    for (const e of base.events) this.events.set(e.id, e);
  }

  /** The records of one entity type, by id. */
  table(entity: EntityType): Map<string, Provider | Model | RiskEvent> {
    return entity === 'provider' ? this.providers : entity === 'model' ? this.models : this.events;
  }

  error(change: number | null, path: Path, code: string, message: string): void {
    this.errors.push({ change, path, code, message });
  }

  /** Records a created record: its place in creation order, its change and its log entry. */
  addCreated(key: Key, i: number, change: Change, record: object, reason?: string | null): void {
    this.created.push(key);
    this.createdSet.add(key);
    this.touch(key, i);
    this.log(i, change, null, { ...record }, reason === undefined ? {} : { reason });
  }

  touch(key: Key, index: number): void {
    const list = this.touched.get(key) ?? [];
    list.push(index);
    this.touched.set(key, list);
  }

  changeId(index: number): string {
    return `${this.stamp.id}.${index + 1}`;
  }

  log(
    index: number,
    change: Change,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    extra: { reason?: string | null; asOf?: PreciseDate | null } = {},
  ): void {
    this.entries.push({
      id: this.changeId(index),
      recordedAt: this.stamp.recordedAt,
      author: this.changeSet.author,
      kind: change.kind,
      entity: { type: change.entity, id: change.kind === 'create' ? change.record.id : change.id },
      before,
      after,
      sources: change.sources.map((s) => ({ url: s.url, label: s.label })),
      confidence: change.confidence,
      note: change.note ?? null,
      reason: extra.reason ?? null,
      asOf: extra.asOf ?? null,
      changeSetId: this.stamp.id,
      changeSetNote: this.changeSet.note,
    });
  }

  run(): void {
    // Later changes are checked against the data as the earlier ones leave it; a set with any
    // error is discarded whole, so a failed change's partial effect never leaves the run.
    this.changeSet.changes.forEach((change, index) => this.apply(change, index));
    this.checkReferences();
  }

  apply(change: Change, i: number): void {
    switch (change.kind) {
      case 'create':
        return this.create(change, i);
      case 'correct':
        if (change.entity === 'provider') return this.correctProvider(change, i);
        if (change.entity === 'model') return this.correctModel(change, i);
        return this.correctEvent(change, i);
      case 'retract':
        return this.retract(change, i);
    }
  }

  create(change: Extract<Change, { kind: 'create' }>, i: number): void {
    const id = change.record.id;
    const key: Key = `${change.entity}:${id}`;
    if (this.table(change.entity).has(id)) {
      const inSet = this.createdSet.has(key);
      this.error(
        i,
        ['record', 'id'],
        inSet ? 'duplicate_id' : 'id_taken',
        inSet
          ? `"${id}" is created twice in this change set`
          : `a ${change.entity} "${id}" already exists`,
      );
      return;
    }
    const evidence = {
      sources: change.sources.map((s) => ({ url: s.url, label: s.label })),
      confidence: change.confidence,
    };
    if (change.entity === 'provider') {
      const { unverifiedFields, ...rest } = change.record;
      const provider: Provider = { ...rest, ...evidence, unverifiedFields: unverifiedFields ?? [] };
      this.providers.set(id, provider);
      return this.addCreated(key, i, change, provider);
    }
    if (change.entity === 'model') {
      const { unverifiedFields, ...rest } = change.record;
      const release = rest.release;
      const path = ['record'];
      const beforeRelease = (field: string, j: number, from: PreciseDate, what: string) => {
        if (certainlyBefore(from, release))
          this.error(
            i,
            [...path, field, j, 'from'],
            'before_release',
            `${what} (${from.date}) before the release (${release.date})`,
          );
      };
      rest.statusHistory.forEach((e, j) => {
        beforeRelease('statusHistory', j, e.from, 'a status entry');
        if (e.announced !== undefined && certainlyBefore(e.from, e.announced))
          this.error(
            i,
            [...path, 'statusHistory', j, 'announced'],
            'announced_after',
            `announced (${e.announced.date}) after the date it takes effect (${e.from.date})`,
          );
      });
      rest.opennessHistory.forEach((e, j) =>
        beforeRelease('opennessHistory', j, e.from, 'an openness entry'),
      );
      for (const [field, what] of [
        ['statusHistory', 'status'],
        ['opennessHistory', 'openness'],
      ] as const) {
        if (!isSorted(rest[field]))
          this.error(i, [...path, field], 'unordered', `${what} entries must be in date order`);
      }
      const model: Model = {
        ...rest,
        statusHistory: rest.statusHistory.map((e) => compact(e)),
        opennessHistory: rest.opennessHistory.map((e) => compact(e)),
        ...evidence,
        unverifiedFields: unverifiedFields ?? [],
      };
      this.models.set(id, model);
      return this.addCreated(key, i, change, model);
    }
    const { unverifiedFields, ...rest } = change.record;
    const proposed = proposeRating(rest.type, change.ratingContext ?? {});
    const reason = change.ratingOverrideReason ?? null;
    if (!matchesProposal(rest, proposed) && reason === null) {
      this.error(i, ['ratingOverrideReason'], 'rating_override_reason', overrideMessage(proposed));
    }
    const event: RiskEvent = {
      ...rest,
      ratingNote: rest.ratingNote ?? reason,
      ...evidence,
      unverifiedFields: unverifiedFields ?? [],
      hypothetical: false,
    };
    this.events.set(id, event);
    this.movedEvents.add(id);
    this.addCreated(key, i, change, event, reason);
  }

  correctProvider(
    change: Extract<Change, { kind: 'correct'; entity: 'provider' }>,
    i: number,
  ): void {
    const provider = this.providers.get(change.id);
    if (provider === undefined)
      return this.error(i, ['id'], 'not_found', `no provider "${change.id}"`);
    const keys = Object.keys(change.fields) as (keyof typeof change.fields)[];
    const before = Object.fromEntries(keys.map((k) => [k, provider[k]]));
    const next: Provider = {
      ...provider,
      ...compact(change.fields),
      sources: mergeSources(provider.sources, change.sources),
      unverifiedFields: mergeUnverified(provider.unverifiedFields, keys, change.confidence),
    };
    this.providers.set(change.id, next);
    this.touch(`provider:${change.id}`, i);
    this.log(i, change, before, { ...compact(change.fields) });
  }

  correctModel(change: CorrectModelChange, i: number): void {
    const model = this.models.get(change.id);
    if (model === undefined) return this.error(i, ['id'], 'not_found', `no model "${change.id}"`);
    const errorsBefore = this.errors.length;
    const release = change.fields?.release ?? model.release;
    if (
      (change.openness !== undefined || change.status !== undefined) &&
      certainlyBefore(change.asOf, release)
    ) {
      this.error(
        i,
        ['asOf'],
        'before_release',
        `${change.asOf.date} is before the model's release (${release.date})`,
      );
    }
    if (change.fields?.release !== undefined) {
      const newRelease = change.fields.release;
      const firstDated = [...model.statusHistory, ...model.opennessHistory].find((e) =>
        certainlyBefore(e.from, newRelease),
      );
      if (firstDated !== undefined) {
        this.error(
          i,
          ['fields', 'release'],
          'after_history',
          `the model has history from ${firstDated.from.date}, before ${newRelease.date}`,
        );
      }
    }
    const status = change.status;
    if (status?.announced !== undefined && certainlyBefore(change.asOf, status.announced)) {
      this.error(
        i,
        ['status', 'announced'],
        'announced_after',
        `announced (${status.announced.date}) after the date it takes effect (${change.asOf.date})`,
      );
    }
    if (this.errors.length > errorsBefore) return;

    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const touchedFields: string[] = [];
    let next: Model = { ...model };
    if (change.fields !== undefined) {
      const fields = compact(change.fields);
      for (const k of Object.keys(fields) as (keyof typeof fields)[]) {
        before[k] = model[k];
        after[k] = fields[k];
        touchedFields.push(k);
      }
      next = { ...next, ...fields };
    }
    if (change.openness !== undefined) {
      const current = opennessAt(model, change.asOf);
      const { eventId, ...patch } = change.openness;
      // The carried-over entry always exists (the history has at least one entry); the
      // fallback keeps the type honest without a non-null assertion.
      const base: OpennessEntry = current ?? {
        from: change.asOf,
        weights: 'closed',
        license: null,
        restrictions: [],
        channels: [],
        trainingCodePublished: false,
        trainingDataPublished: false,
        eventId: null,
      };
      const entry: OpennessEntry = {
        ...base,
        ...compact(patch),
        from: change.asOf,
        eventId: eventId ?? null,
      };
      next = { ...next, opennessHistory: insertByDate(next.opennessHistory, entry) };
      before.openness = current ?? null;
      after.openness = entry;
      touchedFields.push('opennessHistory');
    }
    if (status !== undefined) {
      const inForce = statusOnChannel(model, status.channel ?? null, change.asOf.date);
      const entry: StatusEntry = compact({
        from: change.asOf,
        status: status.status,
        eventId: status.eventId ?? null,
        channel: status.channel,
        precision: status.precision,
        announced: status.announced,
        replacement: status.replacement,
      });
      next = { ...next, statusHistory: insertByDate(next.statusHistory, entry) };
      before.status = inForce.entry;
      after.status = entry;
      touchedFields.push('statusHistory');
    }
    next = {
      ...next,
      sources: mergeSources(model.sources, change.sources),
      unverifiedFields: mergeUnverified(model.unverifiedFields, touchedFields, change.confidence),
    };
    this.models.set(change.id, next);
    this.touch(`model:${change.id}`, i);
    this.log(i, change, before, after, { asOf: change.asOf });
  }

  correctEvent(change: CorrectEventChange, i: number): void {
    const event = this.events.get(change.id);
    if (event === undefined) return this.error(i, ['id'], 'not_found', `no event "${change.id}"`);
    const fields = compact(change.fields);
    const next: RiskEvent = { ...event, ...fields };
    const ratingTouched = ['type', 'direction', 'severity', 'scored'].some((k) => k in fields);
    const reason = change.ratingOverrideReason ?? null;
    if (ratingTouched && reason === null) {
      const proposed = proposeRating(next.type, change.ratingContext ?? {});
      if (!matchesProposal(next, proposed)) {
        this.error(
          i,
          ['ratingOverrideReason'],
          'rating_override_reason',
          overrideMessage(proposed),
        );
        return;
      }
    }
    const keys = Object.keys(fields) as (keyof typeof fields)[];
    const before = Object.fromEntries(keys.map((k) => [k, event[k]]));
    const withNote =
      ratingTouched && reason !== null && fields.ratingNote === undefined
        ? { ...next, ratingNote: reason }
        : next;
    this.events.set(change.id, {
      ...withNote,
      sources: mergeSources(event.sources, change.sources),
      unverifiedFields: mergeUnverified(event.unverifiedFields, keys, change.confidence),
    });
    if (fields.date !== undefined) this.movedEvents.add(change.id);
    this.touch(`event:${change.id}`, i);
    this.log(i, change, before, { ...fields }, { reason });
  }

  retract(change: Extract<Change, { kind: 'retract' }>, i: number): void {
    const table = this.table(change.entity);
    const record = table.get(change.id);
    if (record === undefined)
      return this.error(i, ['id'], 'not_found', `no ${change.entity} "${change.id}" to retract`);
    table.delete(change.id);
    this.removedBy.set(`${change.entity}:${change.id}`, i);
    this.log(i, change, { ...record }, null, { reason: change.reason });
  }

  /** The change to blame for a dangling reference from `from` to `to`: the one that removed `to`, else the last that touched `from`. */
  blame(from: Key, to: Key): number | null {
    const removed = this.removedBy.get(to);
    if (removed !== undefined) return removed;
    return this.touched.get(from)?.at(-1) ?? null;
  }

  /**
   * Every reference out of a touched record, and into a removed one, must resolve in the data
   * after the whole set: a set may create a model and the event that names it in either order.
   */
  checkReferences(): void {
    const check = (from: Key, toType: EntityType, toId: string, path: Path, what: string) => {
      if (this.table(toType).has(toId)) return;
      const to: Key = `${toType}:${toId}`;
      if (!this.touched.has(from) && !this.removedBy.has(to)) return;
      const change = this.blame(from, to);
      const removed = this.removedBy.has(to);
      const [fromType, fromId] = splitKey(from);
      const message = removed
        ? `${toType} "${toId}" is still referenced by ${fromType} "${fromId}" (${what}): correct or retract that first`
        : `${what}: no ${toType} "${toId}"`;
      const ownPath = removed && change === this.removedBy.get(to) ? ['id'] : path;
      this.error(change, ownPath, removed ? 'still_referenced' : 'unknown_reference', message);
    };
    const anyRemoved = this.removedBy.size > 0;
    for (const m of this.models.values()) {
      const from: Key = `model:${m.id}`;
      if (!anyRemoved && !this.touched.has(from)) continue;
      const created = this.createdSet.has(from);
      check(
        from,
        'provider',
        m.providerId,
        [...(created ? ['record'] : []), 'providerId'],
        'providerId',
      );
      m.statusHistory.forEach((e, j) => {
        const entry: Path = created ? ['record', 'statusHistory', j] : ['status'];
        if (e.eventId !== null)
          check(from, 'event', e.eventId, [...entry, 'eventId'], 'a status entry');
        const r = e.replacement?.modelId;
        if (r !== undefined && r !== null)
          check(from, 'model', r, [...entry, 'replacement', 'modelId'], 'a replacement');
      });
      m.opennessHistory.forEach((e, j) => {
        const entry: Path = created ? ['record', 'opennessHistory', j] : ['openness'];
        if (e.eventId !== null)
          check(from, 'event', e.eventId, [...entry, 'eventId'], 'an openness entry');
      });
    }
    for (const e of this.events.values()) {
      const from: Key = `event:${e.id}`;
      if (!anyRemoved && !this.touched.has(from)) continue;
      const base = this.createdSet.has(from) ? ['record'] : ['fields'];
      if (e.providerId !== null)
        check(from, 'provider', e.providerId, [...base, 'providerId'], 'providerId');
      e.appliesTo.forEach((p, j) =>
        check(from, 'provider', p, [...base, 'appliesTo', j], 'appliesTo'),
      );
      e.relatedModelIds.forEach((m, j) =>
        check(from, 'model', m, [...base, 'relatedModelIds', j], 'relatedModelIds'),
      );
    }
  }

  provenance(key: Key): Provenance | undefined {
    const changes = this.touched.get(key);
    if (changes === undefined) return undefined;
    return {
      changeSetId: this.stamp.id,
      recordedAt: this.stamp.recordedAt,
      author: this.changeSet.author,
      changeIds: changes.filter((c, k) => changes.indexOf(c) === k).map((c) => this.changeId(c)),
    };
  }

  /** The data set after the run: untouched records keep their places, new ones join their provider or date. */
  result(): Dataset {
    const stampRecord = <T extends { id: string; provenance?: Provenance }>(
      type: EntityType,
      r: T,
    ): T => {
      const provenance = this.provenance(`${type}:${r.id}`);
      return provenance === undefined ? r : { ...r, provenance };
    };
    /** The base records still in the data, stamped, in their places; `leave` leaves some out. */
    const kept = <T extends { id: string; provenance?: Provenance }>(
      type: EntityType,
      base: readonly T[],
      table: Map<string, T>,
      leave: (id: string) => boolean,
    ): T[] =>
      base.flatMap((r) => {
        const now = table.get(r.id);
        return now === undefined || leave(r.id) ? [] : [stampRecord(type, now)];
      });
    /** The records of one type the set created, stamped, in creation order. */
    const createdOf = <T extends { id: string; provenance?: Provenance }>(
      type: EntityType,
      table: Map<string, T>,
    ): T[] =>
      this.created.flatMap((key) => {
        const [t, id] = splitKey(key);
        const now = t === type ? table.get(id) : undefined;
        return now === undefined ? [] : [stampRecord(type, now)];
      });
    const isCreated = (type: EntityType) => (id: string) => this.createdSet.has(`${type}:${id}`);

    const providers = [
      ...kept('provider', this.base.providers, this.providers, isCreated('provider')),
      ...createdOf('provider', this.providers),
    ];
    const models = kept('model', this.base.models, this.models, isCreated('model'));
    for (const now of createdOf('model', this.models)) {
      let at = models.length;
      for (let k = models.length - 1; k >= 0; k--) {
        if (models[k]?.providerId === now.providerId) {
          at = k + 1;
          break;
        }
      }
      models.splice(at, 0, now);
    }

    const events = kept('event', this.base.events, this.events, (id) => this.movedEvents.has(id));
    const moved = [...this.movedEvents].filter((id) => this.events.has(id));
    for (const id of moved) {
      const now = this.events.get(id);
      if (now === undefined) continue;
      const day = preciseDayNumber(now.date);
      let at = 0;
      events.forEach((e, k) => {
        if (preciseDayNumber(e.date) <= day) at = k + 1;
      });
      events.splice(at, 0, stampRecord('event', now));
    }
    return {
      ...this.base,
      providers,
      models,
      events,
      revision: (this.base.revision ?? 0) + 1,
      lastChangeAt: this.stamp.recordedAt,
    };
  }
}

function splitKey(key: Key): [EntityType, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as EntityType, key.slice(at + 1)];
}

function overrideMessage(p: {
  direction: string;
  severity: number;
  scored: boolean;
  basis: string;
}): string {
  return `The rating rule proposes ${p.direction}, severity ${p.severity}${p.scored ? '' : ', not scored'} (${p.basis}); give a reason to rate it otherwise.`;
}

/**
 * Run a change set on a data set: check every change against the data as the set's earlier
 * changes leave it, then every reference, and apply the set only when nothing failed (all or
 * nothing). Pure and deterministic: the stamp carries the id and time the service chose.
 */
export function runChangeSet(
  dataset: Dataset,
  changeSet: ChangeSet,
  stamp: ChangeSetStamp,
): ChangeSetOutcome {
  const run = new Run(dataset, changeSet, stamp);
  run.run();
  if (run.errors.length > 0) {
    const errors = [...run.errors].sort((a, b) => (a.change ?? -1) - (b.change ?? -1));
    return { errors, dataset, entries: [] };
  }
  return { errors: [], dataset: run.result(), entries: run.entries };
}
