import { issuesToChangeErrors } from '../changes/admit-change-set';
import { validateChangeSet } from '../changes/validate-change-set';
import {
  CHANGE_LIMITS,
  changeSetSchema,
  type Change,
  type ChangeError,
  type ChangeSet,
  type ChangeSource,
} from '../schema/change';
import type { Dataset } from '../schema/dataset';
import type { Modality } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';
import type { CatalogSource } from './catalog-record';
import { displayText } from './display-text';
import type { DiffRow, LifecycleRow, NewModelRow, NewProviderRow } from './diff-rows';
import { eventsForRows } from './events-for-rows';

/** The change set made of accepted rows, the rows that could not go in and why, and its errors. */
export interface ChangeSetDraft {
  /** Null when no row could go in, or when the set does not validate (see `errors`). */
  changeSet: ChangeSet | null;
  skipped: { rowId: string; reason: string }[];
  /** Schema or validation errors of the assembled set, per change (none when it can be posted). */
  errors: ChangeError[];
}

function sourcesOf(sources: readonly CatalogSource[]): ChangeSource[] {
  const seen = new Set<string>();
  const out: ChangeSource[] = [];
  for (const s of sources) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    out.push({ url: s.url, label: displayText(s.label, CHANGE_LIMITS.labelMax) });
  }
  return out.slice(0, CHANGE_LIMITS.sourcesMax);
}

/** The fields a new provider still needs (catalogs never state a country or a kind). */
export function providerRowMissing(row: NewProviderRow): string[] {
  const missing: string[] = [];
  if (row.draft.hqCountry === null || row.draft.hqCountry.trim() === '') missing.push('hqCountry');
  if (row.draft.kind === null) missing.push('kind');
  return missing;
}

/** The fields a new model still needs before it can be created. */
export function modelRowMissing(row: NewModelRow): string[] {
  const d = row.draft;
  const missing: string[] = [];
  if (d.id === '') missing.push('id');
  if (d.name === null || d.name.trim() === '') missing.push('name');
  if (d.release === null) missing.push('release');
  if (d.weights === null) missing.push('weights');
  return missing;
}

const day = (date: string): PreciseDate => ({ date, precision: 'day' });

/**
 * One change set from the rows a reviewer accepted: new providers and models (once their
 * missing fields are filled in the rows' drafts), fact corrections as of the catalog's date,
 * dated status entries per channel linked to the deprecation and retirement events they create
 * (or to the existing event that states them), each with its catalog sources, confidence
 * "recalled". Conflicts are never applied: resolve one first (resolveConflict). The set is
 * checked against the change-set schema and validated against the data before it is returned.
 */
export function diffToChangeSet(
  dataset: Dataset,
  rows: readonly DiffRow[],
  options: { author: string; note: string; baseVersion?: number },
): ChangeSetDraft {
  const skipped: ChangeSetDraft['skipped'] = [];
  const changes: Change[] = [];
  const providers = new Set(dataset.providers.map((p) => p.id));

  for (const row of rows) {
    if (row.kind !== 'new-provider') continue;
    const missing = providerRowMissing(row);
    if (missing.length > 0 || row.draft.hqCountry === null || row.draft.kind === null) {
      skipped.push({ rowId: row.id, reason: `needs ${missing.join(', ')}` });
      continue;
    }
    providers.add(row.draft.id);
    changes.push({
      kind: 'create',
      entity: 'provider',
      record: {
        id: row.draft.id,
        name: row.draft.name,
        shortName: row.draft.shortName,
        hqCountry: row.draft.hqCountry.trim(),
        hqCity: null,
        kind: row.draft.kind,
        accessChannels: [],
        accessChannelsText: [],
        notes: null,
      },
      sources: sourcesOf(row.sources),
      confidence: 'recalled',
      note: displayText(row.label, CHANGE_LIMITS.noteMax),
    });
  }

  for (const row of rows) {
    if (row.kind !== 'new-model') continue;
    const d = row.draft;
    const missing = modelRowMissing(row);
    if (missing.length > 0 || d.name === null || d.release === null || d.weights === null) {
      skipped.push({ rowId: row.id, reason: `needs ${missing.join(', ')}` });
      continue;
    }
    if (!providers.has(row.providerId)) {
      skipped.push({
        rowId: row.id,
        reason: `its provider "${row.providerId}" is neither in the data nor accepted`,
      });
      continue;
    }
    changes.push({
      kind: 'create',
      entity: 'model',
      record: {
        id: d.id,
        providerId: row.providerId,
        name: d.name,
        family: d.family,
        release: d.release,
        statusHistory: [{ from: d.release, status: 'active', eventId: null }],
        opennessHistory: [
          {
            from: d.release,
            weights: d.weights,
            license: d.license,
            restrictions: [],
            channels: d.channels,
            trainingCodePublished: false,
            trainingDataPublished: false,
            eventId: null,
          },
        ],
        modalities: d.modalities,
        modalitiesText: null,
        contextWindow: d.contextWindow,
        contextWindowText: null,
        parameters: null,
        notes: null,
        unverifiedFields: d.unverifiedFields,
      },
      sources: sourcesOf(row.sources),
      confidence: 'recalled',
      note: displayText(row.label, CHANGE_LIMITS.noteMax),
    });
  }

  const accepted = rows.filter(
    (r) => r.kind === 'lifecycle' || (r.kind === 'changed-fact' && r.fact === 'weights'),
  );
  const events = eventsForRows(dataset, accepted);
  const eventOfRow = new Map<string, string>();
  for (const e of events) {
    for (const id of e.rowIds) eventOfRow.set(id, e.id);
    changes.push({
      kind: 'create',
      entity: 'event',
      record: {
        id: e.id,
        date: e.date,
        scheduled: e.scheduled,
        providerId: e.providerId,
        appliesTo: [e.providerId],
        relatedModelIds: e.modelIds,
        type: e.type,
        direction: e.rating.direction,
        severity: e.rating.severity,
        scored: e.rating.scored,
        title: e.title,
        summary: e.summary,
        notes: null,
        ratingNote: displayText(e.rating.basis, CHANGE_LIMITS.noteMax),
      },
      ratingContext: e.ratingContext,
      sources: sourcesOf(e.sources),
      confidence: 'recalled',
    });
  }

  for (const row of rows) {
    if (row.kind === 'conflict') {
      skipped.push({
        rowId: row.id,
        reason: 'a conflict is never applied as it stands: choose a side with resolveConflict',
      });
      continue;
    }
    if (row.kind === 'changed-fact') {
      const base = {
        kind: 'correct' as const,
        entity: 'model' as const,
        id: row.modelId,
        asOf: row.asOf,
        sources: sourcesOf(row.sources),
        confidence: 'recalled' as const,
        note: displayText(`${row.label}`, CHANGE_LIMITS.noteMax),
      };
      switch (row.fact) {
        case 'release':
          changes.push({ ...base, fields: { release: row.after as PreciseDate } });
          break;
        case 'contextWindow':
          changes.push({ ...base, fields: { contextWindow: row.after as number } });
          break;
        case 'modalities':
          changes.push({
            ...base,
            fields: { modalities: row.after as { input: Modality[]; output: Modality[] } },
          });
          break;
        case 'weights':
          changes.push({
            ...base,
            openness: {
              weights: row.after === true ? 'open' : 'closed',
              eventId: eventOfRow.get(row.id) ?? null,
            },
          });
          break;
        case 'license':
          changes.push({ ...base, openness: { license: String(row.after) } });
          break;
      }
      continue;
    }
    if (row.kind === 'lifecycle')
      changes.push(statusChange(row, eventOfRow.get(row.id) ?? row.existingEventId));
  }

  if (changes.length === 0) return { changeSet: null, skipped, errors: [] };
  const draft = {
    baseVersion: options.baseVersion ?? dataset.revision ?? 0,
    author: options.author,
    note: options.note,
    changes,
  };
  const parsed = changeSetSchema.safeParse(draft);
  if (!parsed.success)
    return { changeSet: null, skipped, errors: issuesToChangeErrors(parsed.error.issues) };
  const errors = validateChangeSet(dataset, parsed.data);
  return { changeSet: errors.length === 0 ? parsed.data : null, skipped, errors };
}

function statusChange(row: LifecycleRow, eventId: string | null): Change {
  return {
    kind: 'correct',
    entity: 'model',
    id: row.modelId,
    asOf: row.date,
    status: {
      status: row.status,
      ...(row.channel === null ? {} : { channel: row.channel }),
      ...(row.precision === 'earliest' ? { precision: 'earliest' as const } : {}),
      ...(row.announced !== null && row.announced <= row.date.date
        ? { announced: day(row.announced) }
        : {}),
      ...(row.replacement === null ? {} : { replacement: row.replacement }),
      eventId,
    },
    sources: sourcesOf(row.sources),
    confidence: 'recalled',
    note: displayText(row.label, CHANGE_LIMITS.noteMax),
  };
}
