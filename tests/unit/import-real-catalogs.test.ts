import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChangeSet } from '@/domain/changes/run-change-set';
import { detectFormat } from '@/domain/import/detect-format';
import type { ConflictRow, DiffRow, ImportDiff, LifecycleRow } from '@/domain/import/diff-rows';
import { diffToChangeSet } from '@/domain/import/diff-to-change-set';
import { importCatalogs, type CatalogFile } from '@/domain/import/import-catalogs';
import { resolveConflict } from '@/domain/import/resolve-conflict';
import { shutdownOnChannel } from '@/domain/lifecycle/shutdown-on-channel';
import { statusOnChannel } from '@/domain/lifecycle/status-on-channel';
import { dataset } from '@mocks/data/dataset';

function fixture(path: string): string {
  // Vitest runs from the repository root (where vitest.config.ts is).
  return readFileSync(join(process.cwd(), 'tests/fixtures/external', path), 'utf8');
}

// Snapshot days from the fixtures' README (the files carry no date of their own).
const FILES = {
  api: {
    name: 'models-dev-api.json',
    text: fixture('models-dev-api.json'),
    catalogDate: '2026-07-02',
  },
  models: {
    name: 'models-dev-models.json',
    text: fixture('models-dev-models.json'),
    catalogDate: '2026-07-02',
  },
  openrouter: {
    name: 'openrouter-models.json',
    text: fixture('openrouter-models.json'),
    catalogDate: '2026-05-15',
  },
  openai: { name: 'openai.json', text: fixture('model-eol/openai.json') },
  anthropic: { name: 'anthropic.json', text: fixture('model-eol/anthropic.json') },
} satisfies Record<string, CatalogFile>;

function run(...files: CatalogFile[]): ImportDiff {
  const { diff, problems } = importCatalogs(dataset, files);
  expect(problems).toEqual([]);
  // Every record read is accounted for: rejected, matched, proposed as new, or listed unmatched.
  for (const s of diff.summaries)
    expect(s.rejected + s.matched + s.new + s.unmatched).toBe(s.recordsRead);
  return diff;
}

function row<K extends DiffRow['kind']>(
  diff: ImportDiff,
  id: string,
  kind: K,
): Extract<DiffRow, { kind: K }> {
  const r = diff.rows.find((x) => x.id === id);
  if (r === undefined || r.kind !== kind)
    throw new Error(`no ${kind} row ${id}: ${diff.rows.map((x) => x.id).join(' ')}`);
  return r as Extract<DiffRow, { kind: K }>;
}

function lifecycle(diff: ImportDiff): string[] {
  return diff.rows
    .filter((r): r is LifecycleRow => r.kind === 'lifecycle')
    .map((r) => `${r.modelId} ${r.channel ?? 'own-api'} ${r.status} ${r.date.date}`);
}

describe('detecting the format of the real snapshots', () => {
  it.each([
    ['models-dev-api.json', 'models-dev-api'],
    ['models-dev-models.json', 'models-dev-models'],
    ['openrouter-models.json', 'openrouter'],
    ['model-eol/openai.json', 'model-eol'],
    ['model-eol/anthropic.json', 'model-eol'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(JSON.parse(fixture(file))).format).toBe(format);
  });
});

describe('the OpenAI model-eol feed', () => {
  const diff = run(FILES.openai);

  it('reads every entry and lists the ones it cannot match', () => {
    expect(diff.summaries[0]).toMatchObject({
      catalogName: 'model-eol feed (openai)',
      catalogDate: '2026-08-18',
      recordsRead: 194,
      new: 0,
    });
    expect(diff.unmatched.find((u) => u.externalId === 'o1-preview')).toMatchObject({
      reason: 'no model of openai matches',
      proposedIn: null,
    });
  });

  it('proposes the deprecation and shutdown of GPT-4, GPT-4 Turbo, o1 and o3', () => {
    expect(lifecycle(diff).sort()).toEqual([
      'gpt-4 own-api deprecated 2026-04-22',
      'gpt-4 own-api retired 2026-10-23',
      'gpt-4-turbo own-api deprecated 2026-04-22',
      'gpt-4-turbo own-api retired 2026-10-23',
      'o1 own-api deprecated 2026-04-22',
      'o1 own-api retired 2026-10-23',
      'o3 own-api deprecated 2026-06-11',
      'o3 own-api retired 2026-12-11',
    ]);
    const gpt4 = row(diff, 'lifecycle:gpt-4:own API:retired', 'lifecycle');
    expect(gpt4).toMatchObject({
      announced: '2026-04-22',
      scheduled: true,
      replacement: { modelId: null, name: 'gpt-5.6-sol' },
    });
    expect(gpt4.sources.map((s) => s.url)).toEqual([
      'https://developers.openai.com/api/docs/deprecations',
    ]);
    expect(gpt4.claims[0]?.match.detail).toBe("the record's alias 'gpt-4'");
  });

  it('says nothing about GPT-4.5, whose deprecation and retirement the data already has', () => {
    expect(diff.rows.some((r) => 'modelId' in r && r.modelId === 'gpt-4.5')).toBe(false);
    expect(diff.matched.find((m) => m.modelId === 'gpt-4.5')?.match.method).toBe('alias');
  });

  it('shows GPT-4o and GPT-5 as conflicts: the model id has no retirement, a dated snapshot does', () => {
    const conflicts = diff.rows.filter((r): r is ConflictRow => r.kind === 'conflict');
    expect(conflicts.map((c) => [c.modelId, c.reason])).toEqual([
      ['gpt-4o', 'catalogs-disagree'],
      ['gpt-5', 'catalogs-disagree'],
    ]);
    expect(conflicts[1]?.claims.map((c) => c.shown)).toEqual([
      'no retirement scheduled as of 2026-08-18 (gpt-5)',
      'deprecated on 2026-06-11 (gpt-5-2025-08-07)',
      'retired on 2026-12-11 (gpt-5-2025-08-07)',
    ]);
  });

  it('groups the shutdowns of one day into one retirement event, rated 2 (none is the flagship)', () => {
    const e = diff.events.find((x) => x.id === 'openai-2026-10-23-retirement');
    expect(e).toMatchObject({
      type: 'retirement',
      providerId: 'openai',
      scheduled: true,
      modelIds: ['gpt-4-turbo', 'gpt-4', 'o1'],
    });
    expect(e?.rating).toMatchObject({ direction: 'neutral', severity: 2, scored: true });
    expect(diff.events.map((x) => x.id).sort()).toEqual([
      'openai-2026-04-22-deprecation',
      'openai-2026-06-11-deprecation',
      'openai-2026-10-23-retirement',
      'openai-2026-12-11-retirement',
    ]);
  });

  it('turns two accepted shutdowns into a valid change set whose sources are the feed', () => {
    const accepted = diff.rows.filter(
      (r) => r.id === 'lifecycle:gpt-4:own API:retired' || r.id === 'lifecycle:o3:own API:retired',
    );
    const draft = diffToChangeSet(dataset, accepted, {
      author: 'Ana Analyst',
      note: 'OpenAI feed, 2026-08-18',
    });
    expect(draft.errors).toEqual([]);
    expect(draft.changeSet?.changes.map((c) => `${c.kind} ${c.entity}`)).toEqual([
      'create event',
      'create event',
      'correct model',
      'correct model',
    ]);
    const cs = draft.changeSet;
    if (cs === null) return;
    const out = runChangeSet(dataset, cs, { id: 'cs-1', recordedAt: '2026-12-01T00:00:00Z' });
    expect(out.errors).toEqual([]);
    const gpt4 = out.dataset.models.find((m) => m.id === 'gpt-4');
    expect(gpt4 && statusOnChannel(gpt4, null, '2026-10-22').status).toBe('active');
    expect(gpt4 && statusOnChannel(gpt4, null, '2026-10-23').status).toBe('retired');
    const event = out.dataset.events.find((e) => e.id === 'openai-2026-10-23-retirement');
    expect(event?.relatedModelIds).toEqual(['gpt-4']);
    expect(event?.sources.map((s) => s.url)).toEqual([
      'https://developers.openai.com/api/docs/deprecations',
    ]);
    expect(gpt4?.statusHistory.at(-1)?.eventId).toBe('openai-2026-10-23-retirement');
  });

  it("resolves GPT-5's conflict by the reviewer's choice of the snapshot's shutdown", () => {
    const conflict = row(diff, 'conflict:gpt-5:status:own API', 'conflict');
    const resolved = resolveConflict(dataset, conflict, 2);
    expect(resolved).toMatchObject({
      kind: 'lifecycle',
      modelId: 'gpt-5',
      status: 'retired',
      date: { date: '2026-12-11' },
    });
    expect(resolveConflict(dataset, conflict, 0)).toBeNull();
    const draft = diffToChangeSet(dataset, resolved === null ? [] : [resolved], {
      author: 'a',
      note: '',
    });
    expect(draft.errors).toEqual([]);
  });
});

describe('the Anthropic model-eol feed', () => {
  const diff = run(FILES.anthropic);

  it('proposes per-channel lifecycles: Bedrock keeps Claude 3.7 Sonnet to 2026-07-30', () => {
    expect(diff.summaries[0]).toMatchObject({ recordsRead: 29, conflicts: 0 });
    expect(lifecycle(diff).filter((l) => l.startsWith('claude-3.7-sonnet'))).toEqual([
      'claude-3.7-sonnet bedrock deprecated 2026-01-30',
      'claude-3.7-sonnet bedrock retired 2026-07-30',
    ]);
    // The own API's deprecation (2025-10-28) and retirement (2026-02-19) are in the data already.
    expect(lifecycle(diff)).toContain('claude-3.5-sonnet own-api deprecated 2025-08-13');
    expect(diff.rows.some((r) => 'modelId' in r && r.modelId === 'claude-3-opus')).toBe(false);
    const bedrock = diff.events.find((e) => e.id === 'anthropic-2026-07-30-bedrock-retirement');
    expect(bedrock?.rating).toMatchObject({ scored: false });
    expect(bedrock?.sources.map((s) => s.url)).toEqual([
      'https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html',
    ]);
  });

  it("accepted, the Bedrock clock is read per channel and the own API's stays as it was", () => {
    const draft = diffToChangeSet(dataset, diff.rows, { author: 'a', note: '' });
    expect(draft.errors).toEqual([]);
    const cs = draft.changeSet;
    if (cs === null) return;
    const out = runChangeSet(dataset, cs, { id: 'cs-1', recordedAt: '2026-12-01T00:00:00Z' });
    const sonnet = out.dataset.models.find((m) => m.id === 'claude-3.7-sonnet');
    if (sonnet === undefined) throw new Error('missing');
    expect(statusOnChannel(sonnet, 'bedrock', '2026-03-01').status).toBe('deprecated');
    expect(statusOnChannel(sonnet, null, '2026-03-01').status).toBe('retired');
    expect(shutdownOnChannel(sonnet, 'bedrock')?.date.date).toBe('2026-07-30');
    expect(shutdownOnChannel(sonnet, null)?.date.date).toBe('2026-02-19');
  });
});

describe('models.dev', () => {
  it("shows the two answers about gpt-oss-120b's weights side by side", () => {
    const diff = run(FILES.api, FILES.models);
    const c = row(diff, 'conflict:gpt-oss-120b:weights', 'conflict');
    expect(c.reason).toBe('catalogs-disagree');
    expect(c.ours).toMatchObject({ value: true, verified: true });
    const says = c.claims.map(
      (x) => `${x.source.catalog} ${x.source.recordKey} ${String(x.value)}`,
    );
    expect(says).toContain('models-dev-api amazon-bedrock/openai.gpt-oss-120b false');
    expect(says).toContain('models-dev-models openai/gpt-oss-120b true');
    expect(c.claims.every((x) => x.source.catalogDate === '2026-07-02')).toBe(true);
  });

  it('api.json: counts, a date moving backwards as a conflict, and unknowns filled', () => {
    const diff = run(FILES.api);
    expect(diff.summaries[0]).toMatchObject({ recordsRead: 615, rejected: 0 });
    const large3 = row(diff, 'conflict:mistral-large-3:release', 'conflict');
    expect(large3).toMatchObject({ reason: 'date-backwards', ours: { shown: '2025-12-02' } });
    expect(large3.claims.map((x) => x.shown)).toEqual(['2024-11-01']);
    expect(row(diff, 'fact:claude-opus-4.1:contextWindow', 'changed-fact')).toMatchObject({
      before: null,
      after: 200000,
      why: 'fills an unknown',
    });
    expect(row(diff, 'fact:mixtral-8x7b:release', 'changed-fact')).toMatchObject({
      after: { date: '2023-12-11', precision: 'day' },
      why: 'refines the month to a day',
    });
    expect(row(diff, 'fact:claude-opus-4.1:contextWindow', 'changed-fact').sources[0]?.url).toBe(
      'https://models.dev/anthropic/claude-opus-4-1',
    );
    // 131,072 tokens is our "128K" in binary units: not a change.
    expect(
      diff.rows.some(
        (r) =>
          r.id === 'conflict:gpt-oss-120b:contextWindow' ||
          r.id === 'fact:gpt-oss-120b:contextWindow',
      ),
    ).toBe(false);
  });

  it('model list: proposes new models of known labs and new providers that need a country and a kind', () => {
    const diff = run(FILES.models);
    expect(diff.summaries[0]).toMatchObject({ recordsRead: 231 });
    expect(diff.matched.find((m) => m.recordKey === 'openai/gpt-oss-120b')?.modelId).toBe(
      'gpt-oss-120b',
    );
    const stepfun = row(diff, 'new-provider:stepfun', 'new-provider');
    expect(stepfun.missing).toEqual(['hqCountry', 'kind']);
    const draft = diffToChangeSet(dataset, [stepfun], { author: 'a', note: '' });
    expect(draft.skipped).toEqual([
      { rowId: 'new-provider:stepfun', reason: 'needs hqCountry, kind' },
    ]);
  });
});

describe('OpenRouter', () => {
  const diff = run(FILES.openrouter);

  it("reads OpenRouter's expiry dates as retirements on its own channel", () => {
    expect(diff.summaries[0]).toMatchObject({ recordsRead: 364, rejected: 0 });
    expect(lifecycle(diff)).toContain('grok-4 openrouter retired 2026-05-15');
    expect(lifecycle(diff)).toContain('gemini-2.0-flash openrouter retired 2026-06-01');
    expect(row(diff, 'lifecycle:grok-4:openrouter:retired', 'lifecycle').sources[0]?.url).toBe(
      'https://openrouter.ai/x-ai/grok-4',
    );
  });

  it("sets the catalog's figure against a verified one: Llama 4 Scout's window", () => {
    const c = row(diff, 'conflict:llama-4-scout:contextWindow', 'conflict');
    expect(c).toMatchObject({ reason: 'verified-fact', ours: { value: 10_000_000 } });
    expect(c.claims.map((x) => x.value)).toEqual([327680]);
  });

  it('never takes a listing day for a release of a known model', () => {
    expect(diff.rows.some((r) => r.kind !== 'new-model' && r.id.endsWith(':release'))).toBe(false);
  });
});

describe('all five files together', () => {
  it('make one valid change set of every row that can go in, and nothing else', () => {
    const diff = run(...Object.values(FILES));
    const draft = diffToChangeSet(dataset, diff.rows, {
      author: 'Ana Analyst',
      note: 'all catalogs',
    });
    expect(draft.errors).toEqual([]);
    const conflicts = diff.rows.filter((r) => r.kind === 'conflict').length;
    expect(draft.skipped.filter((s) => s.reason.startsWith('a conflict')).length).toBe(conflicts);
    expect(conflicts).toBeGreaterThan(20);
    const cs = draft.changeSet;
    if (cs === null) throw new Error('no change set');
    expect(
      runChangeSet(dataset, cs, { id: 'cs-1', recordedAt: '2026-12-01T00:00:00Z' }).errors,
    ).toEqual([]);
  });
});
