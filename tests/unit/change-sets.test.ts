import { describe, expect, it } from 'vitest';
import { admitChangeSet } from '@/domain/changes/admit-change-set';
import { applyChangeLog } from '@/domain/changes/apply-change-log';
import { runChangeSet } from '@/domain/changes/run-change-set';
import { validateChangeSet } from '@/domain/changes/validate-change-set';
import { opennessAt, opennessLevel } from '@/domain/openness';
import {
  changeLogEntrySchema,
  changeSetSchema,
  type Change,
  type ChangeSet,
  type ChangeSetRecord,
} from '@/domain/schema/change';
import { datasetSchema } from '@/domain/schema/dataset';
import { dataset } from '@mocks/data/dataset';

const ANTHROPIC_DEPRECATIONS =
  'https://platform.claude.com/docs/en/about-claude/model-deprecations';
const sources = [{ url: ANTHROPIC_DEPRECATIONS, label: 'Anthropic model deprecations' }];
const STAMP = { id: 'cs-1', recordedAt: '2026-12-01T09:30:00Z' };

function set(changes: Change[], baseVersion = 0): ChangeSet {
  return { baseVersion, author: 'Ana Analyst', note: 'test', changes };
}

const opus4Retirement: Change[] = [
  {
    kind: 'create',
    entity: 'event',
    record: {
      id: 'anthropic-2026-06-15-opus4-sonnet4-retired',
      date: { date: '2026-06-15', precision: 'day' },
      scheduled: false,
      providerId: 'anthropic',
      appliesTo: ['anthropic'],
      relatedModelIds: ['claude-opus-4'],
      type: 'retirement',
      direction: 'neutral',
      severity: 2,
      scored: true,
      title: 'Claude Opus 4 retired from the Claude API',
      summary: 'Announced 2026-04-14; calls stop on 2026-06-15.',
      notes: null,
      ratingNote: null,
    },
    ratingContext: { flagship: false },
    sources,
    confidence: 'verified',
  },
  {
    kind: 'correct',
    entity: 'model',
    id: 'claude-opus-4',
    asOf: { date: '2026-06-15', precision: 'day' },
    status: {
      status: 'retired',
      announced: { date: '2026-04-14', precision: 'day' },
      replacement: { modelId: null, name: 'claude-opus-4-8' },
      eventId: 'anthropic-2026-06-15-opus4-sonnet4-retired',
    },
    sources,
    confidence: 'verified',
  },
];

describe('running a change set', () => {
  it('adds the event in date order, a dated status entry, provenance and revision 1', () => {
    const out = runChangeSet(dataset, set(opus4Retirement), STAMP);
    expect(out.errors).toEqual([]);
    expect(datasetSchema.safeParse(out.dataset).success).toBe(true);
    expect(out.dataset.revision).toBe(1);
    expect(out.dataset.lastChangeAt).toBe('2026-12-01T09:30:00Z');

    const ids = out.dataset.events.map((e) => e.id);
    const at = ids.indexOf('anthropic-2026-06-15-opus4-sonnet4-retired');
    // Between Command A+ (2026-05-20) and the EU AI Act's general application (2026-08-02).
    expect(ids[at - 1]).toBe('cohere-2026-05-20-apache');
    expect(ids[at + 1]).toBe('eu-2026-08-02-general-application');

    const opus = out.dataset.models.find((m) => m.id === 'claude-opus-4');
    expect(opus?.statusHistory.map((s) => `${s.status}@${s.from.date}`)).toEqual([
      'active@2025-05-22',
      'retired@2026-06-15',
    ]);
    expect(opus?.provenance).toEqual({
      changeSetId: 'cs-1',
      recordedAt: '2026-12-01T09:30:00Z',
      author: 'Ana Analyst',
      changeIds: ['cs-1.2'],
    });
    expect(opus?.sources.map((s) => s.url)).toContain(ANTHROPIC_DEPRECATIONS);
    // Untouched records carry no provenance and stay where they were.
    const sonnet = out.dataset.models.find((m) => m.id === 'claude-sonnet-4');
    expect(sonnet?.provenance).toBeUndefined();
    expect(out.dataset.models.map((m) => m.id)).toEqual(dataset.models.map((m) => m.id));
  });

  it('logs each change with before and after, sources, confidence and its change set', () => {
    const out = runChangeSet(dataset, set(opus4Retirement), STAMP);
    expect(out.entries).toHaveLength(2);
    for (const entry of out.entries)
      expect(changeLogEntrySchema.safeParse(entry).success).toBe(true);
    const [created, corrected] = out.entries;
    expect(created).toMatchObject({
      id: 'cs-1.1',
      kind: 'create',
      entity: { type: 'event', id: 'anthropic-2026-06-15-opus4-sonnet4-retired' },
      before: null,
      changeSetId: 'cs-1',
    });
    expect(corrected).toMatchObject({
      id: 'cs-1.2',
      kind: 'correct',
      entity: { type: 'model', id: 'claude-opus-4' },
      asOf: { date: '2026-06-15', precision: 'day' },
      author: 'Ana Analyst',
      confidence: 'verified',
    });
    // Before: the status in force on that day (the release entry); after: the new entry.
    expect(corrected?.before).toEqual({
      status: { from: { date: '2025-05-22', precision: 'day' }, status: 'active', eventId: null },
    });
    expect(corrected?.after).toMatchObject({
      status: { status: 'retired', from: { date: '2026-06-15', precision: 'day' } },
    });
  });

  it('adds an openness entry as of a date and never rewrites the past', () => {
    const muse = dataset.models.find((m) => m.id === 'muse-spark');
    const change: Change = {
      kind: 'correct',
      entity: 'model',
      id: 'muse-spark',
      asOf: { date: '2026-12-10', precision: 'day' },
      openness: {
        weights: 'open',
        license: 'Apache-2.0',
        channels: [{ kind: 'weights-download', name: 'Hugging Face' }],
      },
      sources: [{ url: 'https://ai.meta.com/blog/', label: null }],
      confidence: 'recalled',
    };
    const out = runChangeSet(dataset, set([change]), STAMP);
    expect(out.errors).toEqual([]);
    const after = out.dataset.models.find((m) => m.id === 'muse-spark');
    expect(after?.opennessHistory.slice(0, -1)).toEqual(muse?.opennessHistory);
    expect(after?.opennessHistory).toHaveLength((muse?.opennessHistory.length ?? 0) + 1);
    const before = after && opennessAt(after, '2026-12-09');
    const later = after && opennessAt(after, '2026-12-10');
    expect(before && opennessLevel(before)).toBe(1);
    expect(later && opennessLevel(later)).toBe(4);
    // The rest of the entry is carried over from the one in force.
    expect(later?.restrictions).toEqual(before?.restrictions);
    // A recalled correction marks the history unverified.
    expect(after?.unverifiedFields).toContain('opennessHistory');
  });

  it('replaces a plain field and keeps the value before in the log', () => {
    const change: Change = {
      kind: 'correct',
      entity: 'model',
      id: 'gpt-4o',
      asOf: { date: '2026-12-01', precision: 'day' },
      fields: { contextWindow: 128000, contextWindowText: '128K tokens' },
      sources: [{ url: 'https://platform.openai.com/docs/models/gpt-4o', label: null }],
      confidence: 'verified',
    };
    const out = runChangeSet(dataset, set([change]), STAMP);
    expect(out.dataset.models.find((m) => m.id === 'gpt-4o')?.contextWindow).toBe(128000);
    expect(out.entries[0]?.before).toEqual({ contextWindow: null, contextWindowText: null });
    expect(out.entries[0]?.after).toEqual({
      contextWindow: 128000,
      contextWindowText: '128K tokens',
    });
  });

  it('retracts a record from the served data and keeps it, with the reason, in the log', () => {
    const change: Change = {
      kind: 'retract',
      entity: 'event',
      id: 'nvidia-2025-01-27-selloff',
      reason: 'A market move, not a provider event.',
      sources: [{ url: 'https://example.org/review', label: null }],
      confidence: 'verified',
    };
    const out = runChangeSet(dataset, set([change]), STAMP);
    expect(out.dataset.events.some((e) => e.id === 'nvidia-2025-01-27-selloff')).toBe(false);
    expect(out.dataset.events).toHaveLength(dataset.events.length - 1);
    expect(out.entries[0]?.before).toMatchObject({
      id: 'nvidia-2025-01-27-selloff',
      title: 'Nvidia shares fall about 17% in one day',
    });
    expect(out.entries[0]?.after).toBeNull();
    expect(out.entries[0]?.reason).toBe('A market move, not a provider event.');
  });

  it('leaves the input untouched', () => {
    const copy = structuredClone(dataset);
    runChangeSet(dataset, set(opus4Retirement), STAMP);
    expect(dataset).toEqual(copy);
  });
});

describe('validating a change set', () => {
  it('names each change and field that fails', () => {
    const changes: Change[] = [
      {
        kind: 'correct',
        entity: 'model',
        id: 'gpt-9',
        asOf: { date: '2026-01-01', precision: 'day' },
        fields: { contextWindow: 1 },
        sources,
        confidence: 'verified',
      },
      {
        kind: 'retract',
        entity: 'event',
        id: 'no-such-event',
        reason: 'x',
        sources,
        confidence: 'verified',
      },
      {
        kind: 'correct',
        entity: 'model',
        id: 'gpt-5',
        asOf: { date: '2025-08-01', precision: 'day' },
        status: { status: 'deprecated' },
        sources,
        confidence: 'verified',
      },
      {
        ...opus4Retirement[0],
        record: {
          ...(opus4Retirement[0] as Extract<Change, { entity: 'event'; kind: 'create' }>).record,
          relatedModelIds: ['claude-opus-9'],
        },
      } as Change,
      opus4Retirement[0] as Change,
    ];
    const errors = validateChangeSet(dataset, set(changes));
    const byChange = errors.map((e) => [e.change, e.code, e.path.join('.')]);
    expect(byChange).toEqual([
      [0, 'not_found', 'id'],
      [1, 'not_found', 'id'],
      [2, 'before_release', 'asOf'],
      [3, 'unknown_reference', 'record.relatedModelIds.0'],
      [4, 'duplicate_id', 'record.id'],
    ]);
    expect(errors[2]?.message).toContain('2025-08-07');
  });

  it('rejects an id that exists and a retraction that would leave a reference dangling', () => {
    const takenId = {
      ...(opus4Retirement[0] as Extract<Change, { kind: 'create'; entity: 'event' }>),
    };
    takenId.record = { ...takenId.record, id: 'meta-2026-04-08-muse-spark' };
    const retractModel: Change = {
      kind: 'retract',
      entity: 'model',
      id: 'muse-spark',
      reason: 'test',
      sources,
      confidence: 'verified',
    };
    const errors = validateChangeSet(dataset, set([takenId, retractModel]));
    expect(errors.map((e) => [e.change, e.code])).toEqual([
      [0, 'id_taken'],
      [1, 'still_referenced'],
    ]);
    expect(errors[1]?.message).toContain('meta-2026-04-08-muse-spark');
  });

  it('lets a set retract a model once it also unlinks the event that names it', () => {
    const unlink: Change = {
      kind: 'correct',
      entity: 'event',
      id: 'meta-2026-04-08-muse-spark',
      fields: { relatedModelIds: [] },
      sources,
      confidence: 'verified',
    };
    const retractModel: Change = {
      kind: 'retract',
      entity: 'model',
      id: 'muse-spark',
      reason: 'test',
      sources,
      confidence: 'verified',
    };
    expect(validateChangeSet(dataset, set([retractModel, unlink]))).toEqual([]);
  });

  it('asks for a reason when a rating differs from the rule', () => {
    const base = opus4Retirement[0] as Extract<Change, { kind: 'create'; entity: 'event' }>;
    const overRated: Change = { ...base, record: { ...base.record, severity: 4 } };
    const errors = validateChangeSet(dataset, set([overRated]));
    expect(errors.map((e) => [e.change, e.path.join('.')])).toEqual([[0, 'ratingOverrideReason']]);
    expect(errors[0]?.message).toContain('severity 2');

    const withReason: Change = {
      ...overRated,
      ratingOverrideReason: 'Opus 4 was still the default model for many customers.',
    };
    const out = runChangeSet(dataset, set([withReason]), STAMP);
    expect(out.errors).toEqual([]);
    expect(out.dataset.events.find((e) => e.id === base.record.id)?.ratingNote).toBe(
      'Opus 4 was still the default model for many customers.',
    );
  });

  it('rejects javascript: sources, empty sources and too many changes at the schema', () => {
    const bad = {
      ...set(opus4Retirement),
      changes: [
        { ...opus4Retirement[1], sources: [{ url: 'javascript:alert(1)', label: null }] },
        { ...opus4Retirement[1], sources: [] },
      ],
    };
    const parsed = changeSetSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'changes.0.sources.0.url',
      'changes.1.sources',
    ]);
    const tooMany = {
      ...set(opus4Retirement),
      changes: Array.from({ length: 501 }, () => opus4Retirement[1]),
    };
    expect(changeSetSchema.safeParse(tooMany).error?.issues[0]?.message).toBe(
      'a change set holds at most 500 changes',
    );
  });
});

describe('admitting a change set (the service semantics)', () => {
  it('answers 201 with the new revision, 409 for a stale base, 413 for a large body and 400 per change', () => {
    const ok = admitChangeSet(dataset, set(opus4Retirement), STAMP, 2000);
    expect(ok.status).toBe(201);
    if (ok.status !== 201) return;
    expect(ok.dataset.revision).toBe(1);
    expect(ok.record).toMatchObject({
      id: 'cs-1',
      recordedAt: STAMP.recordedAt,
      author: 'Ana Analyst',
    });

    const stale = admitChangeSet(ok.dataset, set(opus4Retirement, 0), {
      id: 'cs-2',
      recordedAt: STAMP.recordedAt,
    });
    expect(stale).toEqual({ status: 409, baseVersion: 0, currentVersion: 1 });

    expect(admitChangeSet(dataset, set(opus4Retirement), STAMP, 1_000_001)).toEqual({
      status: 413,
      bodyBytes: 1_000_001,
      limit: 1_000_000,
    });

    const malformed = admitChangeSet(
      dataset,
      {
        ...set(opus4Retirement),
        changes: [{ ...opus4Retirement[1], asOf: { date: '2026-02-30', precision: 'day' } }],
      },
      STAMP,
    );
    expect(malformed).toMatchObject({
      status: 400,
      errors: [{ change: 0, path: ['asOf', 'date'] }],
    });

    const invalid = admitChangeSet(dataset, set([opus4Retirement[1] as Change]), STAMP);
    expect(invalid).toMatchObject({
      status: 400,
      errors: [{ change: 0, code: 'unknown_reference', path: ['status', 'eventId'] }],
    });
  });
});

describe('applying the change log', () => {
  const first: ChangeSetRecord = { ...set(opus4Retirement), ...STAMP };
  const second: ChangeSetRecord = {
    ...set(
      [
        {
          kind: 'correct',
          entity: 'model',
          id: 'claude-opus-4',
          asOf: { date: '2026-12-01', precision: 'day' },
          fields: { notes: 'Retired on the Claude API on 2026-06-15.' },
          sources,
          confidence: 'verified',
        },
      ],
      1,
    ),
    id: 'cs-2',
    recordedAt: '2026-12-02T10:00:00Z',
  };

  it('applies the sets in order: revision counts them, provenance names the last one', () => {
    const out = applyChangeLog(dataset, [first, second]);
    expect(out.skipped).toEqual([]);
    expect(out.dataset.revision).toBe(2);
    expect(out.dataset.lastChangeAt).toBe('2026-12-02T10:00:00Z');
    expect(out.entries.map((e) => e.id)).toEqual(['cs-1.1', 'cs-1.2', 'cs-2.1']);
    expect(out.dataset.models.find((m) => m.id === 'claude-opus-4')?.provenance?.changeSetId).toBe(
      'cs-2',
    );
    expect(
      out.dataset.events.find((e) => e.id === 'anthropic-2026-06-15-opus4-sonnet4-retired')
        ?.provenance?.changeSetId,
    ).toBe('cs-1');
    expect(out.dataset.version).toBe(dataset.version);
  });

  it('skips a set that no longer applies and applies the rest', () => {
    const orphan: ChangeSetRecord = {
      ...set([opus4Retirement[1] as Change]),
      id: 'cs-0',
      recordedAt: '2026-11-30T00:00:00Z',
    };
    const out = applyChangeLog(dataset, [orphan, first]);
    expect(out.skipped.map((s) => s.changeSetId)).toEqual(['cs-0']);
    expect(out.dataset.revision).toBe(1);
  });

  it('serves the compiled data, revision 0, for an empty log', () => {
    const out = applyChangeLog(dataset, []);
    expect(out.dataset).toBe(dataset);
    expect(out.dataset.revision ?? 0).toBe(0);
  });
});
