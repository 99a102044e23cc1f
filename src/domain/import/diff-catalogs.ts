import { certainlyBefore } from '../changes/run-change-set';
import { preciseDayNumber } from '../dates';
import { isOwnApiEntry } from '../lifecycle/channel-clock';
import type { Channel } from '../schema/channel';
import type { Dataset } from '../schema/dataset';
import type { Modality, Model, OpennessEntry, StatusEntry } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import type { CatalogReading, CatalogRecord, CatalogSource, StatusClaim } from './catalog-record';
import { displayText } from './display-text';
import type {
  CatalogSummary,
  Claim,
  ConflictRow,
  DiffRow,
  FactName,
  FactRow,
  ImportDiff,
  LifecycleRow,
  MatchedRecord,
  NewModelRow,
  NewProviderRow,
  UnmatchedRecord,
} from './diff-rows';
import { eventsForRows } from './events-for-rows';
import { providerOfLab } from './lab-providers';
import { createModelMatcher, type ModelMatch } from './match-model';
import { DEFAULT_MODEL_ALIASES, type ModelAliases } from './model-aliases';
import { normaliseModelId } from './normalise-model-id';
import { slug } from './catalog-values';

/** Match tiers: exact id or alias 0, a normalised id or name 1, a dated snapshot 2. Lower wins. */
function tierOf(match: ModelMatch): number {
  if (match.method === 'exact-id' || match.method === 'alias') return 0;
  return match.snapshot ? 2 : 1;
}

interface Matched {
  record: CatalogRecord;
  match: ModelMatch;
  tier: number;
}

/** Names the data set's unverified-field lists use for each fact (reference and app spellings). */
const UNVERIFIED_NAMES: Record<FactName, string[]> = {
  release: ['release_date', 'release'],
  weights: ['weights_availability', 'weights', 'opennessHistory'],
  license: ['license', 'opennessHistory'],
  contextWindow: ['context_window', 'contextWindow'],
  modalities: ['modality', 'modalities'],
};

function verified(model: Model, fact: FactName): boolean {
  return (
    model.confidence === 'verified' &&
    !UNVERIFIED_NAMES[fact].some((f) => model.unverifiedFields.includes(f))
  );
}

/** Modalities both vocabularies can state: catalogs rarely say "code", and "pdf" inconsistently. */
const COMPARABLE: Modality[] = ['text', 'image', 'audio', 'video'];
function modalityKey(m: { input: Modality[]; output: Modality[] }): string {
  const part = (list: Modality[]) => COMPARABLE.filter((x) => list.includes(x)).join('+');
  return `${part(m.input)}->${part(m.output)}`;
}

/** A context window in binary units (131,072 for 128K; 1,048,576 for 1M) is the same figure. */
function sameWindow(a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return lo === hi || hi === lo * 1.024 || hi === lo * 1.048576;
}

function showDate(d: PreciseDate): string {
  return d.date;
}

function showValue(fact: FactName, value: unknown): string {
  if (value === null || value === undefined) return 'unknown';
  switch (fact) {
    case 'release':
      return showDate(value as PreciseDate);
    case 'weights':
      return value === true ? 'open weights' : 'closed weights';
    case 'contextWindow':
      return `${String(value)} tokens`;
    case 'modalities': {
      const m = value as { input: Modality[]; output: Modality[] };
      return `${m.input.join(', ')} → ${m.output.join(', ')}`;
    }
    case 'license':
      return displayText(String(value), 120);
  }
}

/** Which records may speak to a fact: distributors state their offering, not the model's release or window. */
function claimFor(fact: FactName, m: Matched): unknown {
  const { record } = m;
  const f = record.facts;
  switch (fact) {
    case 'release':
      return record.role === 'lab' && m.tier < 2 ? f.release : undefined;
    case 'weights':
      return f.openWeights;
    case 'license':
      return record.role === 'lab' ? f.license : undefined;
    case 'contextWindow':
      return record.role === 'distributor' ? undefined : f.contextWindow;
    case 'modalities':
      return record.role === 'lab' ? f.modalities : undefined;
  }
}

function oursOf(model: Model, fact: FactName, at: string): unknown {
  const entry = opennessIn(model, at);
  switch (fact) {
    case 'release':
      return model.release;
    case 'weights':
      return entry === undefined ? null : entry.weights === 'open';
    case 'license':
      return entry?.license ?? null;
    case 'contextWindow':
      return model.contextWindow;
    case 'modalities':
      return model.modalities;
  }
}

function opennessIn(model: Model, isoDay: string): OpennessEntry | undefined {
  const day = preciseDayNumber({ date: isoDay, precision: 'day' });
  let found: OpennessEntry | undefined;
  for (const e of model.opennessHistory) if (preciseDayNumber(e.from) <= day) found = e;
  return found ?? model.opennessHistory.at(-1);
}

function equalFact(fact: FactName, a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  switch (fact) {
    case 'release': {
      const x = a as PreciseDate;
      const y = b as PreciseDate;
      return x.date === y.date;
    }
    case 'contextWindow':
      return sameWindow(a as number, b as number);
    case 'modalities':
      return (
        modalityKey(a as { input: Modality[]; output: Modality[] }) ===
        modalityKey(b as { input: Modality[]; output: Modality[] })
      );
    case 'license':
      return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
    case 'weights':
      return a === b;
  }
}

/** Distinct values among claims, by the fact's equality. */
function distinct(fact: FactName, values: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of values) if (!out.some((o) => equalFact(fact, o, v))) out.push(v);
  return out;
}

function uniqueSources(sources: CatalogSource[]): CatalogSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}

const ROW_ORDER: Record<DiffRow['kind'], number> = {
  conflict: 0,
  lifecycle: 1,
  'changed-fact': 2,
  'new-provider': 3,
  'new-model': 4,
};

/** The options of an import: the alias table to match with. */
export interface DiffOptions {
  aliases?: ModelAliases;
}

/**
 * The diff of one or more catalog readings against the data set, never a write: facts that
 * change (release, weights, license, context window, modalities), deprecations and shutdowns per
 * channel with their replacements, new models and providers, the events accepting them would
 * create, and conflicts (a catalog against a verified fact, a date moving backwards, catalogs
 * against each other), side by side. Every matched and unmatched record is listed. Several
 * readings (models.dev's two files, say) are compared with each other as well as with the data.
 */
export function diffCatalogs(
  dataset: Dataset,
  readings: readonly CatalogReading[],
  options: DiffOptions = {},
): ImportDiff {
  const matcher = createModelMatcher(dataset, options.aliases ?? DEFAULT_MODEL_ALIASES);
  const models = new Map(dataset.models.map((m) => [m.id, m]));
  const providerIds = new Set(dataset.providers.map((p) => p.id));
  const matched: Matched[] = [];
  const matchedList: MatchedRecord[] = [];
  const unmatchedRecords: {
    record: CatalogRecord;
    providerId: string | null;
    candidates: string[];
  }[] = [];
  const latestCatalogDate = readings.reduce((d, r) => (r.catalogDate > d ? r.catalogDate : d), '');

  for (const reading of readings) {
    for (const record of reading.records) {
      const providerId = providerOfLab(record.lab);
      const outcome = matcher({
        externalId: record.externalId,
        aliases: record.aliases,
        name: record.name,
        providerId,
      });
      if (outcome.match === null) {
        unmatchedRecords.push({ record, providerId, candidates: outcome.candidates });
        continue;
      }
      matched.push({ record, match: outcome.match, tier: tierOf(outcome.match) });
      matchedList.push({
        recordKey: record.key,
        catalog: record.source.catalog,
        modelId: outcome.match.modelId,
        match: outcome.match,
      });
    }
  }

  const rows: DiffRow[] = [];
  const byModel = new Map<string, Matched[]>();
  for (const m of matched)
    byModel.set(m.match.modelId, [...(byModel.get(m.match.modelId) ?? []), m]);

  for (const [modelId, list] of byModel) {
    const model = models.get(modelId);
    if (model === undefined) continue;
    rows.push(...factRows(model, list, latestCatalogDate));
    rows.push(...lifecycleRows(dataset, model, list, matcher));
  }

  const { newRows, proposedIn } = newModelRows(dataset, unmatchedRecords, providerIds);
  rows.push(...newRows);
  rows.sort(
    (a, b) => ROW_ORDER[a.kind] - ROW_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const unmatched: UnmatchedRecord[] = unmatchedRecords.map(
    ({ record, providerId, candidates }) => ({
      recordKey: record.key,
      catalog: record.source.catalog,
      externalId: record.externalId,
      label: displayText(record.name),
      lab: record.lab,
      providerId,
      proposedIn: proposedIn.get(record) ?? null,
      candidates,
      reason: isMovingAlias(record)
        ? "a moving alias ('latest'): it names whichever version is current, so map it by hand"
        : candidates.length > 0
          ? `several models share its name: ${candidates.join(', ')}`
          : record.lab === null
            ? 'no lab is named and no model matches'
            : providerId === null
              ? `the lab "${displayText(record.lab, 40)}" is not in the data`
              : `no model of ${providerId} matches`,
      source: record.source,
    }),
  );

  const summaries: CatalogSummary[] = readings.map((reading) => {
    const cites = (row: DiffRow) =>
      row.sources.some(
        (s) =>
          s.catalog === reading.format &&
          s.catalogDate === reading.catalogDate &&
          s.catalogName === reading.catalogName,
      );
    const mine = (r: { source: CatalogSource }) =>
      r.source.catalog === reading.format && r.source.catalogName === reading.catalogName;
    const ownUnmatched = unmatched.filter(mine);
    return {
      format: reading.format,
      catalogName: reading.catalogName,
      catalogDate: reading.catalogDate,
      recordsRead: reading.recordsRead,
      rejected: reading.rejected.length,
      matched: matched.filter((m) => mine(m.record)).length,
      new: ownUnmatched.filter((u) => u.proposedIn !== null).length,
      changed: rows.filter((r) => (r.kind === 'changed-fact' || r.kind === 'lifecycle') && cites(r))
        .length,
      conflicts: rows.filter((r) => r.kind === 'conflict' && cites(r)).length,
      unmatched: ownUnmatched.filter((u) => u.proposedIn === null).length,
    };
  });

  return {
    summaries,
    rows,
    events: eventsForRows(dataset, rows),
    matched: matchedList,
    unmatched,
    rejected: readings.flatMap((r) =>
      r.rejected.map((x) => ({ catalog: r.format, key: x.key, reason: x.reason })),
    ),
    warnings: readings.flatMap((r) => r.warnings.map((w) => `${r.catalogName}: ${w}`)),
  };
}

function claimOf(fact: FactName, m: Matched, value: unknown): Claim {
  return { value, shown: showValue(fact, value), source: m.record.source, match: m.match };
}

function factRows(model: Model, list: Matched[], catalogDate: string): DiffRow[] {
  const rows: DiffRow[] = [];
  const facts: FactName[] = ['release', 'weights', 'license', 'contextWindow', 'modalities'];
  for (const fact of facts) {
    const stated = list
      .map((m) => ({ m, value: claimFor(fact, m) }))
      .filter((x) => x.value !== undefined);
    if (stated.length === 0) continue;
    const best = Math.min(...stated.map((x) => x.m.tier));
    const claims = stated.filter((x) => x.m.tier === best).map((x) => claimOf(fact, x.m, x.value));
    const values = distinct(
      fact,
      claims.map((c) => c.value),
    );
    const asOfDay =
      claims.reduce((d, c) => (c.source.catalogDate > d ? c.source.catalogDate : d), '') ||
      catalogDate;
    const ours = oursOf(model, fact, asOfDay);
    const isVerified = verified(model, fact);
    const oursShown = showValue(fact, ours);
    const sources = uniqueSources(claims.map((c) => c.source));
    const conflict = (reason: ConflictRow['reason'], why: string): ConflictRow => ({
      kind: 'conflict',
      id: `conflict:${model.id}:${fact}`,
      label: displayText(`${model.name}: ${fact} — ${why}`),
      sources,
      modelId: model.id,
      fact,
      channel: null,
      status: null,
      reason,
      why,
      ours: { value: ours, shown: oursShown, verified: isVerified },
      claims,
    });
    if (values.length > 1) {
      rows.push(
        conflict(
          'catalogs-disagree',
          `the catalogs disagree: ${claims.map((c) => `${c.shown} (${c.source.recordKey})`).join('; ')}`,
        ),
      );
      continue;
    }
    const value = values[0];
    if (equalFact(fact, value, ours)) continue;
    let why: string;
    if (ours === null || ours === undefined) {
      why = 'fills an unknown';
    } else if (fact === 'release') {
      const o = ours as PreciseDate;
      const v = value as PreciseDate;
      if (o.precision === 'month' && v.precision === 'day' && v.date.startsWith(o.date))
        why = 'refines the month to a day';
      else if (certainlyBefore(v, o)) {
        rows.push(
          conflict(
            'date-backwards',
            `the catalog moves the release back from ${o.date} to ${v.date}`,
          ),
        );
        continue;
      } else if (isVerified) {
        rows.push(
          conflict(
            'verified-fact',
            `the catalog says ${showValue(fact, value)}; the data's verified release is ${o.date}`,
          ),
        );
        continue;
      } else why = 'replaces an unverified release';
    } else if (isVerified) {
      rows.push(
        conflict(
          'verified-fact',
          `the catalog says ${showValue(fact, value)}; the data's verified value is ${oursShown}`,
        ),
      );
      continue;
    } else why = `replaces an unverified ${fact}`;
    const row: FactRow = {
      kind: 'changed-fact',
      id: `fact:${model.id}:${fact}`,
      label: displayText(
        `${model.name}: ${fact} ${oursShown} → ${showValue(fact, value)} (${why})`,
      ),
      sources,
      modelId: model.id,
      fact,
      before: ours,
      after: value,
      beforeShown: oursShown,
      afterShown: showValue(fact, value),
      why,
      asOf: { date: asOfDay, precision: 'day' },
      claims,
    };
    rows.push(row);
  }
  return rows;
}

function onChannel(entry: StatusEntry, channel: string | null): boolean {
  return channel === null ? isOwnApiEntry(entry) : entry.channel === channel;
}

/** True when the model is its provider's newest release (in the data) on `isoDay`: the flagship the rating rule asks about. */
export function isFlagship(dataset: Dataset, model: Model, isoDay: string): boolean {
  const day = preciseDayNumber({ date: isoDay, precision: 'day' });
  let newest: Model | undefined;
  for (const m of dataset.models) {
    if (m.providerId !== model.providerId || preciseDayNumber(m.release) > day) continue;
    if (newest === undefined || preciseDayNumber(m.release) > preciseDayNumber(newest.release))
      newest = m;
  }
  return (
    newest !== undefined && preciseDayNumber(newest.release) === preciseDayNumber(model.release)
  );
}

function statusClaim(m: Matched, c: StatusClaim): Claim {
  const shown =
    c.status === 'none'
      ? `no retirement scheduled as of ${c.date.date} (${m.record.externalId})`
      : `${c.status} on ${c.date.date}${c.precision === 'earliest' ? ' or later' : ''}${c.dateStated ? '' : ' (no date given)'} (${m.record.externalId})`;
  return {
    value: c.status === 'none' ? null : { status: c.status, date: c.date },
    shown,
    source: c.source,
    match: m.match,
  };
}

function lifecycleRows(
  dataset: Dataset,
  model: Model,
  list: Matched[],
  matcher: ReturnType<typeof createModelMatcher>,
): DiffRow[] {
  const rows: DiffRow[] = [];
  type Item = { m: Matched; c: StatusClaim };
  const byChannel = new Map<string, Item[]>();
  for (const m of list) {
    for (const c of m.record.lifecycle) {
      // A record of a distributor speaks for its channel; a lab's record for the claim's channel.
      const channel = c.channel;
      const key = channel ?? '';
      byChannel.set(key, [...(byChannel.get(key) ?? []), { m, c: { ...c, channel } }]);
    }
  }
  for (const [key, items] of byChannel) {
    const channel = key === '' ? null : key;
    const best = Math.min(...items.map((i) => i.m.tier));
    const top = items.filter((i) => i.m.tier === best);
    const lower = items.filter((i) => i.m.tier !== best);
    const dated = top.filter((i) => i.c.status !== 'none');
    const none = top.filter((i) => i.c.status === 'none');
    const history = model.statusHistory.filter((e) => onChannel(e, channel));
    const where = channel === null ? 'own API' : channel;

    if (dated.length === 0 && none.length > 0) {
      // "No retirement scheduled": a conflict with a step the data already has before that date,
      // or with dated snapshots of the model that the feed does retire.
      const asOf = none[0]?.c.date.date ?? '';
      const past = history.filter((e) => e.status !== 'active' && e.from.date <= asOf);
      const snapshots = lower.filter((i) => i.c.status !== 'none');
      if (past.length === 0 && snapshots.length === 0) continue;
      const claims = [...none, ...snapshots].map((i) => statusClaim(i.m, i.c));
      const last = past.at(-1);
      const why =
        last !== undefined
          ? `the catalog says no retirement is scheduled as of ${asOf}; the data has ${model.name} ${last.status} on ${last.from.date}`
          : `the catalog has no retirement scheduled for '${none[0]?.m.record.externalId ?? model.id}' as of ${asOf}, but retires dated snapshots of it: ${snapshots.map((i) => `${i.m.record.externalId} ${i.c.status} ${i.c.date.date}`).join('; ')}`;
      rows.push({
        kind: 'conflict',
        id: `conflict:${model.id}:status:${where}`,
        label: displayText(`${model.name} (${where}): ${why}`),
        sources: uniqueSources(claims.map((c) => c.source)),
        modelId: model.id,
        fact: 'status',
        channel,
        status: last?.status ?? null,
        reason: last !== undefined ? 'status-differs' : 'catalogs-disagree',
        why,
        ours: {
          value: last ?? null,
          shown: last === undefined ? 'active' : `${last.status} on ${last.from.date}`,
          verified: model.confidence === 'verified',
        },
        claims,
      });
      continue;
    }

    for (const status of ['deprecated', 'retired'] as const) {
      const own = dated.filter((i) => i.c.status === status);
      if (own.length === 0) continue;
      const claims = own.map((i) => statusClaim(i.m, i.c));
      const variants = lower.filter((i) => i.c.status === status).map((i) => statusClaim(i.m, i.c));
      const sources = uniqueSources(claims.map((c) => c.source));
      const stated = own.filter((i) => i.c.dateStated);
      const dates = [...new Set(stated.map((i) => i.c.date.date))];
      const existing = history.filter((e) => e.status === status);
      const later = status === 'deprecated' ? history.filter((e) => e.status === 'retired') : [];
      if (stated.length === 0) {
        // A status without a date: news only when the data has neither it nor a later step.
        if (existing.length > 0 || later.length > 0) continue;
      }
      const conflictRow = (
        reason: ConflictRow['reason'],
        why: string,
        ours: StatusEntry | null,
      ): ConflictRow => ({
        kind: 'conflict',
        id: `conflict:${model.id}:status:${where}:${status}`,
        label: displayText(`${model.name} (${where}): ${why}`),
        sources,
        modelId: model.id,
        fact: 'status',
        channel,
        status,
        reason,
        why,
        ours: {
          value: ours,
          shown: ours === null ? 'none' : `${ours.status} on ${ours.from.date}`,
          verified: model.confidence === 'verified',
        },
        claims,
      });
      if (dates.length > 1) {
        rows.push(
          conflictRow(
            'catalogs-disagree',
            `the catalogs give different ${status} dates: ${dates.join(', ')}`,
            existing.at(-1) ?? null,
          ),
        );
        continue;
      }
      const date = dates[0];
      const ourEntry = existing.at(-1);
      if (date !== undefined && ourEntry !== undefined) {
        if (
          ourEntry.from.date.slice(0, date.length) === date ||
          date.startsWith(ourEntry.from.date)
        )
          continue;
        const backwards = date < ourEntry.from.date;
        rows.push(
          conflictRow(
            backwards ? 'date-backwards' : 'status-differs',
            `the catalog says ${status} on ${date}; the data says ${ourEntry.from.date}`,
            ourEntry,
          ),
        );
        continue;
      }
      if (date === undefined && ourEntry !== undefined) continue;
      const first = (stated[0] ?? own[0])?.c;
      if (first === undefined) continue;
      const eventType = status === 'retired' ? 'retirement' : 'deprecation';
      const rowDate: PreciseDate = first.date;
      const existingEvent = dataset.events.find(
        (e) =>
          e.type === eventType &&
          e.date.date === rowDate.date &&
          e.relatedModelIds.includes(model.id),
      );
      const replacementName = own.map((i) => i.c.replacement).find((r) => r !== null) ?? null;
      let replacement: LifecycleRow['replacement'] = null;
      if (replacementName !== null) {
        const r = matcher({
          externalId: replacementName,
          aliases: [],
          name: replacementName,
          providerId: model.providerId,
        });
        replacement = {
          modelId: r.match?.modelId ?? null,
          name: displayText(replacementName, 200),
        };
      }
      const announced = own.map((i) => i.c.announced).find((a) => a !== null) ?? null;
      rows.push({
        kind: 'lifecycle',
        id: `lifecycle:${model.id}:${where}:${status}`,
        label: displayText(
          `${model.name}: ${status} ${channel === null ? '' : `on ${channel} `}${first.dateStated ? `on ${rowDate.date}` : `(no date given; catalog date ${rowDate.date})`}${first.precision === 'earliest' ? ' or later' : ''}`,
        ),
        sources,
        modelId: model.id,
        providerId: model.providerId,
        channel,
        status,
        date: rowDate,
        dateStated: first.dateStated,
        precision: first.precision,
        announced,
        replacement,
        scheduled: rowDate.date > first.source.catalogDate,
        flagship: isFlagship(dataset, model, announced ?? rowDate.date),
        existingEventId: existingEvent?.id ?? null,
        claims,
        variants,
      });
    }
  }
  return rows;
}

const ID_OK = /[^a-z0-9._-]+/g;

/** "-latest" ids follow whichever version is current: never a model of their own. */
function isMovingAlias(record: CatalogRecord): boolean {
  return /latest/i.test(record.externalId);
}

function newModelRows(
  dataset: Dataset,
  unmatched: { record: CatalogRecord; providerId: string | null; candidates: string[] }[],
  providerIds: Set<string>,
): { newRows: DiffRow[]; proposedIn: Map<CatalogRecord, string> } {
  const modelIds = new Set(dataset.models.map((m) => m.id));
  const groups = new Map<
    string,
    { lab: string; providerId: string | null; key: string; records: CatalogRecord[] }
  >();
  for (const u of unmatched) {
    const { record } = u;
    // model-eol lists API identifiers (snapshots, aliases) without facts: it maps, it does not create.
    if (
      record.source.catalog === 'model-eol' ||
      record.role === 'distributor' ||
      record.lab === null ||
      u.candidates.length > 0
    )
      continue;
    if (isMovingAlias(record)) continue;
    const norm = normaliseModelId(record.externalId);
    if (norm.key === '') continue;
    const lab = record.lab.replace(/^~/, '');
    const groupKey = `${u.providerId ?? `new:${lab}`}|${norm.key}`;
    const group = groups.get(groupKey) ?? {
      lab,
      providerId: u.providerId,
      key: norm.key,
      records: [],
    };
    group.records.push(record);
    groups.set(groupKey, group);
  }
  const rank = (r: CatalogRecord) =>
    r.source.catalog === 'models-dev-api' ? 0 : r.source.catalog === 'models-dev-models' ? 1 : 2;
  const proposedIn = new Map<CatalogRecord, string>();
  const rows: DiffRow[] = [];
  const newProviders = new Map<string, NewProviderRow>();
  const takenIds = new Set<string>();
  for (const group of groups.values()) {
    const records = [...group.records].sort(
      (a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : 1),
    );
    const best = records[0];
    if (best === undefined) continue;
    let providerId = group.providerId;
    let newProvider = false;
    if (providerId === null) {
      const id = slug(group.lab);
      providerId = providerIds.has(id) ? `${id}-lab` : id;
      newProvider = true;
      if (!newProviders.has(providerId)) {
        const display = records
          .map((r) => r.name.split(': '))
          .find((parts) => parts.length > 1)?.[0]
          ?.trim();
        const name = display !== undefined && display.length <= 120 ? display : group.lab;
        newProviders.set(providerId, {
          kind: 'new-provider',
          id: `new-provider:${providerId}`,
          label: displayText(`New provider: ${name}`),
          sources: [],
          lab: group.lab,
          draft: {
            id: providerId,
            name,
            shortName: name.slice(0, 60),
            hqCountry: null,
            kind: null,
          },
          missing: ['hqCountry', 'kind'],
        });
      }
      const pRow = newProviders.get(providerId);
      if (pRow !== undefined && pRow.sources.length < 20)
        pRow.sources = uniqueSources([...pRow.sources, best.source]).slice(0, 20);
    }
    const missing: string[] = [];
    const clean = normaliseModelId(best.externalId)
      .clean.replace(ID_OK, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 120);
    let id = clean;
    if (id === '' || modelIds.has(id) || takenIds.has(id)) {
      missing.push('id');
      id = '';
    } else takenIds.add(id);
    const fullName = best.name.includes(': ')
      ? best.name.slice(best.name.indexOf(': ') + 2)
      : best.name;
    const name = fullName.trim().length > 0 && fullName.length <= 200 ? fullName.trim() : null;
    if (name === null) missing.push('name');
    const unverifiedFields = ['family'];
    const labRecord = records.find((r) => r.role === 'lab' && r.facts.release !== undefined);
    let release = labRecord?.facts.release ?? null;
    if (release === null) {
      release = records.find((r) => r.facts.listed !== undefined)?.facts.listed ?? null;
      if (release !== null) unverifiedFields.push('release');
    }
    if (release === null) missing.push('release');
    const weightClaims = [
      ...new Set(
        records.map((r) => r.facts.openWeights).filter((w): w is boolean => w !== undefined),
      ),
    ];
    const weights =
      weightClaims.length === 1 ? (weightClaims[0] === true ? 'open' : 'closed') : null;
    if (weights === null) missing.push('weights');
    const license =
      records.find((r) => r.facts.license !== undefined)?.facts.license ??
      (weights === 'closed' ? 'Proprietary' : null);
    const channels: Channel[] = [];
    for (const r of records)
      for (const d of r.downloads)
        if (!channels.some((c) => c.name === d.label))
          channels.push({ kind: 'weights-download', name: d.label });
    if (records.some((r) => r.role === 'lab' && r.source.catalog === 'models-dev-api'))
      channels.push({ kind: 'own-api', name: null });
    const contextWindow =
      records.map((r) => r.facts.contextWindow).find((c) => c !== undefined) ?? null;
    const modalities = records.map((r) => r.facts.modalities).find((m) => m !== undefined) ?? null;
    const rowId = `new-model:${providerId}:${group.key}`;
    for (const r of records) proposedIn.set(r, rowId);
    rows.push({
      kind: 'new-model',
      id: rowId,
      label: displayText(`New model: ${name ?? best.externalId} (${providerId})`),
      sources: uniqueSources(records.map((r) => r.source)).slice(0, 20),
      providerId,
      newProvider,
      draft: {
        id,
        name,
        family: id === '' ? group.key : id,
        release,
        weights,
        license,
        channels,
        modalities,
        contextWindow,
        unverifiedFields,
      },
      missing,
      recordKeys: records.map((r) => `${r.source.catalog}:${r.key}`),
    } satisfies NewModelRow);
  }
  return { newRows: [...newProviders.values(), ...rows], proposedIn };
}
