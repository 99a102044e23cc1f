import { describe, expect, it } from 'vitest';
import { CHANGE_LIMITS, type Change, type ChangeSet } from '@/domain/schema/change';
import {
  changeSetRecords,
  reloadChangeLog,
  switchChangeLogStore,
} from '@mocks/change-log/change-log-service';
import { createMemoryChangeLogStore } from '@mocks/change-log/change-log-store';
import { setMockControls, controlsFromSearch } from '@mocks/controls';
import { dataset as compiled } from '@mocks/data/dataset';

const DEPRECATIONS = 'https://platform.claude.com/docs/en/about-claude/model-deprecations';
const sources = [{ url: DEPRECATIONS, label: 'Anthropic model deprecations' }];

const url = (path: string) => new URL(`/api/v1${path}`, window.location.href).toString();

async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(url(path), init);
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & {
      data?: unknown;
      error?: { code: string; message: string; details?: unknown };
    },
  };
}

const post = (path: string, body: unknown) =>
  call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const outageEvent: Change = {
  kind: 'create',
  entity: 'event',
  record: {
    id: 'anthropic-2026-11-30-outage',
    date: { date: '2026-11-30', precision: 'day' },
    scheduled: false,
    providerId: 'anthropic',
    appliesTo: ['anthropic'],
    relatedModelIds: [],
    type: 'outage',
    direction: 'neutral',
    severity: 3,
    scored: true,
    title: 'A multi-hour outage of the Claude API',
    summary: 'The API answered errors for four hours.',
    notes: null,
    ratingNote: null,
  },
  ratingContext: { multiHourOutage: true },
  sources,
  confidence: 'verified',
};

const opus4Retired: Change = {
  kind: 'correct',
  entity: 'model',
  id: 'claude-opus-4',
  asOf: { date: '2026-06-15', precision: 'day' },
  status: { status: 'retired', eventId: null },
  sources,
  confidence: 'recalled',
};

function set(changes: Change[], baseVersion = 0): ChangeSet {
  return { baseVersion, author: 'Ana Analyst', note: 'test', changes };
}

async function served() {
  const [meta, providers, models, events] = await Promise.all([
    call('/meta'),
    call('/providers'),
    call('/models'),
    call('/events'),
  ]);
  return {
    meta: meta.body.data as Record<string, unknown>,
    providers: providers.body.data,
    models: models.body.data as { id: string; statusHistory: unknown[]; provenance?: unknown }[],
    events: events.body.data as { id: string }[],
  };
}

describe('POST /api/v1/change-sets', () => {
  it('answers 201 with the new revision; meta, the lists and the log serve the change', async () => {
    const before = await served();
    expect(before.meta).toMatchObject({ revision: 0, lastChangeAt: null });

    const res = await post('/change-sets', set([outageEvent, opus4Retired]));
    expect(res.status).toBe(201);
    const data = res.body.data as {
      changeSetId: string;
      revision: number;
      recordedAt: string;
      entries: { id: string }[];
    };
    expect(data.revision).toBe(1);
    expect(data.changeSetId).toMatch(/^cs-\d{8}-\d{6}-[0-9a-f]{6}$/);
    expect(data.entries.map((e) => e.id)).toEqual([
      `${data.changeSetId}.1`,
      `${data.changeSetId}.2`,
    ]);

    const after = await served();
    expect(after.meta).toMatchObject({
      revision: 1,
      lastChangeAt: data.recordedAt,
      counts: { providers: 16, models: 98, events: 114 },
    });
    expect(after.events.map((e) => e.id)).toContain('anthropic-2026-11-30-outage');
    // The whole /models answer is kept as JSON text: the change must reach it all the same.
    const opus = after.models.find((m) => m.id === 'claude-opus-4');
    expect(opus?.statusHistory).toHaveLength(2);
    expect(opus?.provenance).toEqual({
      changeSetId: data.changeSetId,
      recordedAt: data.recordedAt,
      author: 'Ana Analyst',
      changeIds: [`${data.changeSetId}.2`],
    });
    const untouched = after.models.find((m) => m.id === 'claude-opus-4.1');
    expect(untouched).toBeDefined();
    expect(untouched && 'provenance' in untouched).toBe(false);

    const detail = await call('/models/claude-opus-4');
    expect((detail.body.data as { statusHistory: unknown[] }).statusHistory).toHaveLength(2);
  });

  it('answers 400 with an error per change and per field, and changes nothing', async () => {
    const broken = structuredClone(outageEvent) as Change & { sources: unknown[] };
    broken.sources = [{ url: 'javascript:alert(1)', label: null }];
    const bad = set([opus4Retired, broken]);
    const res = await post('/change-sets', bad);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('invalid_change_set');
    const details = res.body.error?.details as {
      change: number | null;
      path: unknown[];
      code: string;
    }[];
    expect(details).toContainEqual(
      expect.objectContaining({ change: 1, path: ['sources', 0, 'url'] }),
    );
    expect((await served()).meta).toMatchObject({ revision: 0 });
  });

  it('answers 400 for a change that is invalid against the data (an unknown record)', async () => {
    const res = await post(
      '/change-sets',
      set([{ ...opus4Retired, id: 'claude-opus-99' } as Change]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error?.details).toEqual([
      expect.objectContaining({ change: 0, path: ['id'], code: 'not_found' }),
    ]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await post('/change-sets', '{"baseVersion": 0,');
    expect(res.status).toBe(400);
    expect(res.body.error?.details).toEqual([
      expect.objectContaining({ change: null, code: 'invalid_json' }),
    ]);
  });

  it('answers 409 on a stale baseVersion and changes nothing', async () => {
    expect((await post('/change-sets', set([outageEvent]))).status).toBe(201);
    const stale = await post('/change-sets', set([opus4Retired], 0));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'stale_version',
      details: { baseVersion: 0, currentVersion: 1 },
    });
    const after = await served();
    expect(after.meta).toMatchObject({ revision: 1 });
    expect(after.models.find((m) => m.id === 'claude-opus-4')?.statusHistory).toHaveLength(1);
    expect((await post('/change-sets', set([opus4Retired], 1))).status).toBe(201);
  });

  it('answers 413 over the stated body limit, before reading it as a change set', async () => {
    const huge = { ...set([outageEvent]), note: 'x'.repeat(CHANGE_LIMITS.maxBodyBytes) };
    const res = await post('/change-sets', huge);
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('too_large');
    expect(res.body.error?.message).toContain('1,000,000');
    expect((await served()).meta).toMatchObject({ revision: 0 });
  });

  it('serves the original data again after a creation and its retraction', async () => {
    const original = await served();
    expect((await post('/change-sets', set([outageEvent]))).status).toBe(201);
    const retract: Change = {
      kind: 'retract',
      entity: 'event',
      id: 'anthropic-2026-11-30-outage',
      reason: 'Entered for the wrong provider.',
      sources,
      confidence: 'verified',
    };
    expect((await post('/change-sets', set([retract], 1))).status).toBe(201);
    const after = await served();
    expect(after.providers).toEqual(original.providers);
    expect(after.models).toEqual(original.models);
    expect(after.events).toEqual(original.events);
    expect(after.meta).toMatchObject({ revision: 2 });
    // The log keeps both, newest first, the retraction with its reason and the whole record.
    const log = await call('/changes');
    const entries = log.body.data as { kind: string; reason: string | null; before: unknown }[];
    expect(entries.map((e) => e.kind)).toEqual(['retract', 'create']);
    expect(entries[0]?.reason).toBe('Entered for the wrong provider.');
    expect(entries[0]?.before).toMatchObject({ id: 'anthropic-2026-11-30-outage' });
  });

  it('keeps the mock controls: a fault on change-sets fails the post and writes nothing', async () => {
    setMockControls(controlsFromSearch('?mock=fault:500:once@change-sets', false));
    expect((await post('/change-sets', set([outageEvent]))).status).toBe(500);
    expect(changeSetRecords()).toHaveLength(0);
    expect((await post('/change-sets', set([outageEvent]))).status).toBe(201);
  });
});

describe('the change log store', () => {
  it('keeps the accepted sets across a reload of the service', async () => {
    const store = createMemoryChangeLogStore();
    await switchChangeLogStore(store);
    expect((await post('/change-sets', set([outageEvent]))).status).toBe(201);
    // A reload: the service starts again from the compiled data and reads the same store.
    await switchChangeLogStore(store);
    const after = await served();
    expect(after.meta).toMatchObject({ revision: 1 });
    expect(after.events.map((e) => e.id)).toContain('anthropic-2026-11-30-outage');
  });

  it("answers 409 when another tab's set reached the store first", async () => {
    const store = createMemoryChangeLogStore();
    await switchChangeLogStore(store);
    await store.update(() => ({
      append: [{ ...set([outageEvent]), id: 'cs-other-tab', recordedAt: '2026-12-01T10:00:00Z' }],
      result: null,
    }));
    const res = await post('/change-sets', set([opus4Retired], 0));
    expect(res.status).toBe(409);
    expect(res.body.error?.details).toEqual({ baseVersion: 0, currentVersion: 1 });
    // The other tab's set is now served here too.
    expect((await served()).events.map((e) => e.id)).toContain('anthropic-2026-11-30-outage');
  });

  it('leaves out a stored set that no longer applies, and says so in the log', async () => {
    const store = createMemoryChangeLogStore([
      {
        ...set([{ ...opus4Retired, id: 'no-such-model' } as Change]),
        id: 'cs-old',
        recordedAt: '2026-12-01T10:00:00Z',
      },
      { ...set([outageEvent]), id: 'cs-good', recordedAt: '2026-12-01T11:00:00Z' },
    ]);
    await switchChangeLogStore(store);
    const log = await call('/changes');
    expect(log.body.meta).toMatchObject({
      revision: 1,
      skipped: [expect.objectContaining({ changeSetId: 'cs-old' })],
    });
    await reloadChangeLog();
    expect((await served()).meta).toMatchObject({ revision: 1 });
  });
});

describe('export, import and reset', () => {
  it('exports the sets, imports them elsewhere after a dry run, and does not import them twice', async () => {
    expect((await post('/change-sets', set([outageEvent, opus4Retired]))).status).toBe(201);
    const exported = await call('/change-sets');
    const records = exported.body.data as unknown[];
    expect(records).toHaveLength(1);
    const withChanges = await served();

    // Another browser: a fresh store, the compiled data.
    await switchChangeLogStore(createMemoryChangeLogStore());
    const dry = await post('/change-sets/import', {
      baseVersion: 0,
      dryRun: true,
      changeSets: records,
    });
    expect(dry.status).toBe(200);
    expect(dry.body.data).toMatchObject({ dryRun: true, revision: 1, alreadyPresent: [] });
    expect((dry.body.data as { entries: unknown[] }).entries).toHaveLength(2);
    expect((await served()).meta).toMatchObject({ revision: 0 });

    const real = await post('/change-sets/import', {
      baseVersion: 0,
      dryRun: false,
      changeSets: records,
    });
    expect(real.status).toBe(201);
    const imported = await served();
    expect(imported.models).toEqual(withChanges.models);
    expect(imported.events).toEqual(withChanges.events);

    const again = await post('/change-sets/import', {
      baseVersion: 1,
      dryRun: false,
      changeSets: records,
    });
    expect(again.status).toBe(201);
    expect(again.body.data).toMatchObject({
      imported: [],
      alreadyPresent: [(records[0] as { id: string }).id],
    });
    expect((await served()).meta).toMatchObject({ revision: 1 });
  });

  it('refuses an import whose set does not apply, naming the set, and imports nothing', async () => {
    const good = { ...set([outageEvent]), id: 'cs-a', recordedAt: '2026-12-01T10:00:00Z' };
    const bad = {
      ...set([{ ...opus4Retired, id: 'nobody' } as Change]),
      id: 'cs-b',
      recordedAt: '2026-12-01T11:00:00Z',
    };
    const res = await post('/change-sets/import', {
      baseVersion: 0,
      dryRun: false,
      changeSets: [good, bad],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'invalid_change_log',
      details: [expect.objectContaining({ changeSetId: 'cs-b', index: 1 })],
    });
    expect((await served()).meta).toMatchObject({ revision: 0 });
  });

  it('resets to the compiled data on the current revision only', async () => {
    expect((await post('/change-sets', set([outageEvent]))).status).toBe(201);
    const stale = await call('/change-sets?baseVersion=0', { method: 'DELETE' });
    expect(stale.status).toBe(409);
    const res = await call('/change-sets?baseVersion=1', { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ revision: 0, removed: 1 });
    const after = await served();
    expect(after.meta).toMatchObject({ revision: 0, lastChangeAt: null });
    expect(after.events).toHaveLength(compiled.events.length);
  });
});
