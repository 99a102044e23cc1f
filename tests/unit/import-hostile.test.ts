import { describe, expect, it } from 'vitest';
import { displayText } from '@/domain/import/display-text';
import { detectFormat } from '@/domain/import/detect-format';
import { diffToChangeSet } from '@/domain/import/diff-to-change-set';
import type { NewModelRow } from '@/domain/import/diff-rows';
import { importCatalogs, readCatalogFile } from '@/domain/import/import-catalogs';
import { dataset } from '@mocks/data/dataset';

const feed = (models: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    spec: 'model-eol/0.1',
    publisher: 'openai',
    generated: '2026-08-18T00:00:00Z',
    source: 'https://developers.openai.com/api/docs/deprecations',
    models,
    ...extra,
  });

const openrouter = (data: unknown[]) => JSON.stringify({ data });
const orModel = (over: Record<string, unknown>) => ({
  id: 'acme/widget-1',
  canonical_slug: 'acme/widget-1',
  hugging_face_id: null,
  name: 'Acme: Widget 1',
  created: 1760000000,
  context_length: 32768,
  architecture: { input_modalities: ['text'], output_modalities: ['text'] },
  expiration_date: null,
  ...over,
});

describe('bad catalog files', () => {
  it('says a file is not JSON, and where it breaks', () => {
    const out = readCatalogFile({ name: 'x.json', text: '{"data": [', catalogDate: '2026-01-01' });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.problem.code).toBe('not-json');
      expect(out.problem.message).toMatch(/^The file is not valid JSON: /);
    }
  });

  it.each([['{"hello": "world"}'], ['[]'], ['"text"'], ['null'], ['{"data": [1, 2]}']])(
    'names the formats it knows for %s',
    (text) => {
      const out = readCatalogFile({ name: 'x.json', text, catalogDate: '2026-01-01' });
      expect(out).toMatchObject({ ok: false, problem: { code: 'unknown-format' } });
      expect(detectFormat(JSON.parse(text)).reason).toContain('model-eol feed');
    },
  );

  it('refuses a 20 MB file before parsing it', () => {
    const text = `{"data":[${' '.repeat(20_000_000)}]}`;
    const out = readCatalogFile({ name: 'huge.json', text, catalogDate: '2026-01-01' });
    expect(out).toEqual({
      ok: false,
      problem: {
        code: 'too-large',
        message: 'The file is 20.0 MB; the importer reads files up to 10.0 MB.',
      },
    });
  });

  it('refuses more records than the limit', () => {
    const text = openrouter(Array.from({ length: 11 }, (_, i) => orModel({ id: `acme/w-${i}` })));
    const out = readCatalogFile(
      { name: 'x.json', text, catalogDate: '2026-01-01' },
      { maxChars: 1_000_000, maxRecords: 10 },
    );
    expect(out).toEqual({
      ok: false,
      problem: {
        code: 'too-many-records',
        message: 'The file has 11 model records; the importer reads up to 10.',
      },
    });
  });

  it('asks for the snapshot day of a file that carries none', () => {
    const out = readCatalogFile({ name: 'x.json', text: openrouter([orModel({})]) });
    expect(out).toMatchObject({ ok: false, problem: { code: 'no-date' } });
  });

  it('reports a bad file and still imports the good ones', () => {
    const { diff, problems } = importCatalogs(dataset, [
      { name: 'bad.json', text: 'not json' },
      {
        name: 'feed.json',
        text: feed([{ id: 'gpt-4', announced: '2026-04-22', shutdown: '2026-10-23' }]),
      },
    ]);
    expect(problems.map((p) => [p.file, p.problem.code])).toEqual([['bad.json', 'not-json']]);
    expect(diff.rows.map((r) => r.id)).toEqual([
      'lifecycle:gpt-4:own API:deprecated',
      'lifecycle:gpt-4:own API:retired',
    ]);
  });
});

describe('hostile values inside a catalog', () => {
  it('never takes a javascript: address as a source', () => {
    const { diff } = importCatalogs(dataset, [
      {
        name: 'feed.json',
        text: feed(
          [
            { id: 'gpt-4', source: 'javascript:alert(1)', shutdown: '2026-10-23' },
            {
              id: 'gpt-4-turbo',
              shutdown: '2026-10-23',
              distributions: [
                { via: 'azure-ai-foundry', shutdown: '2027-01-01', source: 'javascript:alert(2)' },
              ],
            },
          ],
          { source: 'javascript:alert(3)' },
        ),
      },
    ]);
    // Neither entry, nor its distribution, nor the feed has an http(s) address: both are left out.
    expect(diff.rejected.map((r) => [r.key, r.reason])).toEqual([
      ['gpt-4', 'no http(s) source (neither the entry nor the feed has one)'],
      ['gpt-4-turbo', 'no http(s) source (neither the entry nor the feed has one)'],
    ]);
    expect(diff.rows).toEqual([]);
    expect(diff.warnings).toContain(
      'model-eol feed (openai): the feed\'s "source" is not an http(s) address and was not used',
    );
  });

  it("falls back to the feed's address when an entry's own is not http(s)", () => {
    const { diff } = importCatalogs(dataset, [
      {
        name: 'feed.json',
        text: feed([
          {
            id: 'gpt-4',
            shutdown: '2026-10-23',
            distributions: [
              { via: 'azure-ai-foundry', shutdown: '2027-01-01', source: 'javascript:alert(2)' },
            ],
          },
        ]),
      },
    ]);
    const urls = diff.rows.flatMap((r) => r.sources.map((s) => s.url));
    expect(new Set(urls)).toEqual(new Set(['https://developers.openai.com/api/docs/deprecations']));
    expect(diff.rows.map((r) => r.id)).toEqual([
      'lifecycle:gpt-4:azure:retired',
      'lifecycle:gpt-4:own API:retired',
    ]);
  });

  it('drops weight links that are not http(s)', () => {
    const models = {
      'acme/widget-1': {
        id: 'acme/widget-1',
        name: 'Widget',
        release_date: '2026-01-05',
        open_weights: true,
        limit: { context: 8000 },
        modalities: { input: ['text'], output: ['text'] },
        weights: [
          { label: 'Evil', url: 'javascript:alert(1)' },
          { label: 'Hugging Face', url: 'https://huggingface.co/acme/widget-1' },
        ],
      },
    };
    const { diff } = importCatalogs(dataset, [
      { name: 'm.json', text: JSON.stringify(models), catalogDate: '2026-07-02' },
    ]);
    const row = diff.rows.find((r): r is NewModelRow => r.kind === 'new-model');
    expect(row?.draft.channels).toEqual([{ kind: 'weights-download', name: 'Hugging Face' }]);
    expect(diff.warnings).toEqual([
      'models.dev models: acme/widget-1: a weights link that is not an http(s) address was dropped',
    ]);
  });

  it('cuts a 10-kilobyte name where it is shown and keeps it out of the data', () => {
    const long = `Widget ${'x'.repeat(10_000)}`;
    const { diff } = importCatalogs(dataset, [
      {
        name: 'o.json',
        text: openrouter([orModel({ name: `Acme: ${long}`, hugging_face_id: 'acme/widget-1' })]),
        catalogDate: '2026-05-15',
      },
    ]);
    const row = diff.rows.find((r): r is NewModelRow => r.kind === 'new-model');
    expect(row?.label.length).toBeLessThanOrEqual(120);
    expect(diff.unmatched[0]?.label.length).toBeLessThanOrEqual(120);
    expect(row?.draft.name).toBeNull();
    expect(row?.missing).toContain('name');
    const draft = diffToChangeSet(dataset, row === undefined ? [] : [row], {
      author: 'a',
      note: '',
    });
    expect(draft.changeSet).toBeNull();
    expect(draft.skipped).toEqual([{ rowId: row?.id, reason: 'needs name' }]);
  });

  it('keeps a formula string as plain text', () => {
    const formula = '=HYPERLINK("https://evil.example","click")';
    const { diff } = importCatalogs(dataset, [
      {
        name: 'o.json',
        text: openrouter([orModel({ name: `Acme: ${formula}`, hugging_face_id: 'acme/widget-1' })]),
        catalogDate: '2026-05-15',
      },
    ]);
    const row = diff.rows.find((r): r is NewModelRow => r.kind === 'new-model');
    expect(row?.draft.name).toBe(formula);
    // A new provider needs its country and kind from the reviewer; then the whole set validates.
    const provider = diff.rows.find((r) => r.kind === 'new-provider');
    if (provider?.kind !== 'new-provider' || row === undefined) throw new Error('rows missing');
    const filled = {
      ...provider,
      draft: { ...provider.draft, hqCountry: 'United States', kind: 'startup' as const },
    };
    const draft = diffToChangeSet(dataset, [filled, row], { author: 'a', note: '' });
    expect(draft.errors).toEqual([]);
    const created = draft.changeSet?.changes.find(
      (c) => c.kind === 'create' && c.entity === 'model',
    );
    expect(
      created?.kind === 'create' && created.entity === 'model' ? created.record.name : null,
    ).toBe(formula);
  });

  it('reads a __proto__ key as data, not as the prototype', () => {
    const text =
      '{"__proto__/polluted": {"id": "__proto__/polluted", "name": "P", "release_date": "2026-01-01", "open_weights": true, "limit": {}, "modalities": {"input": ["text"], "output": ["text"]}}, "acme/x": {"id": "acme/x", "name": "X", "release_date": "2026-01-01", "open_weights": false, "limit": {}, "modalities": {"input": ["text"], "output": ["text"]}}}';
    const { diff } = importCatalogs(dataset, [{ name: 'm.json', text, catalogDate: '2026-07-02' }]);
    expect(diff.summaries[0]?.recordsRead).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('flattens control and bidi characters in what it shows', () => {
    expect(displayText('a\nb\u202Ec')).toBe('a b c');
    expect(displayText('abcdef', 4)).toBe('abc…');
  });
});
