import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANGE_LIMITS, type Change, type ChangeSet } from '@/domain/schema/change';
import {
  controlsFromSearch,
  resetMockControls,
  setMockControls,
  type Endpoint,
} from '@mocks/controls';
import { openApiDocument, openApiText } from '@mocks/openapi-document';

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(doc, 'openapi');

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function schemaOf(path: string, method: string, status: number) {
  const at = `openapi#/${pointer('paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema')}`;
  const validate = ajv.getSchema(at);
  if (validate === undefined)
    throw new Error(`the document has no answer ${status} for ${method} ${path}`);
  return validate;
}

const sources = [{ url: 'https://openai.com/index/gpt-4o', label: null }];
const outage: Change = {
  kind: 'create',
  entity: 'event',
  record: {
    id: 'openai-2026-11-30-outage',
    date: { date: '2026-11-30', precision: 'day' },
    scheduled: false,
    providerId: 'openai',
    appliesTo: ['openai'],
    relatedModelIds: [],
    type: 'outage',
    direction: 'neutral',
    severity: 3,
    scored: true,
    title: 'A multi-hour API outage',
    summary: 'Errors for four hours.',
    notes: null,
    ratingNote: null,
  },
  ratingContext: { multiHourOutage: true },
  sources,
  confidence: 'verified',
};
const set = (baseVersion: number, changes: Change[] = [outage]): ChangeSet => ({
  baseVersion,
  author: 'Ana Analyst',
  note: '',
  changes,
});

interface Case {
  path: string;
  method: 'get' | 'post' | 'delete';
  url: string;
  status: number;
  body?: unknown;
  /** Mock controls for this call (the 500 answers). */
  mock?: string;
}

async function answer(c: Case) {
  if (c.mock !== undefined) setMockControls(controlsFromSearch(c.mock, false));
  const res = await fetch(new URL(`/api/v1${c.url}`, window.location.href), {
    method: c.method.toUpperCase(),
    ...(c.body === undefined
      ? {}
      : {
          headers: { 'Content-Type': 'application/json' },
          body: typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
        }),
  });
  resetMockControls();
  return { status: res.status, json: (await res.json()) as unknown };
}

const ENDPOINT_OF: Record<string, Endpoint> = {
  '/api/v1/meta': 'meta',
  '/api/v1/providers': 'providers',
  '/api/v1/providers/{id}': 'providers',
  '/api/v1/models': 'models',
  '/api/v1/models/{id}': 'models',
  '/api/v1/events': 'events',
  '/api/v1/change-sets': 'change-sets',
  '/api/v1/change-sets/import': 'change-sets',
  '/api/v1/changes': 'changes',
  '/api/v1/openapi.json': 'openapi',
};

/** The answers, in order: the write cases build on each other (revision 0, then 1, ...). */
function cases(): Case[] {
  const p = (
    path: string,
    method: Case['method'],
    url: string,
    status: number,
    body?: unknown,
  ): Case => ({
    path,
    method,
    url,
    status,
    body,
  });
  const list: Case[] = [
    p('/api/v1/meta', 'get', '/meta', 200),
    p('/api/v1/providers', 'get', '/providers', 200),
    p('/api/v1/providers/{id}', 'get', '/providers/meta', 200),
    p('/api/v1/providers/{id}', 'get', '/providers/nobody', 404),
    p('/api/v1/models', 'get', '/models?provider=openai,meta&licenseTier=permissive', 200),
    p('/api/v1/models', 'get', '/models?openness=9', 400),
    p('/api/v1/models/{id}', 'get', '/models/gpt-4o', 200),
    p('/api/v1/models/{id}', 'get', '/models/nothing', 404),
    p('/api/v1/events', 'get', '/events?provider=meta&from=2025-01-01', 200),
    p('/api/v1/events', 'get', '/events?from=yesterday', 400),
    p('/api/v1/change-sets', 'post', '/change-sets', 400, {
      ...set(0),
      changes: [{ ...outage, sources: [] }],
    }),
    p('/api/v1/change-sets', 'post', '/change-sets', 413, {
      ...set(0),
      note: 'x'.repeat(CHANGE_LIMITS.maxBodyBytes),
    }),
    p('/api/v1/change-sets', 'post', '/change-sets', 201, set(0)),
    p('/api/v1/change-sets', 'post', '/change-sets', 409, set(0)),
    p('/api/v1/change-sets', 'get', '/change-sets', 200),
    p('/api/v1/changes', 'get', '/changes', 200),
    p('/api/v1/meta', 'get', '/meta', 200),
    p(
      '/api/v1/change-sets/import',
      'post',
      '/change-sets/import',
      413,
      'x'.repeat(CHANGE_LIMITS.maxImportBytes + 1),
    ),
    p('/api/v1/change-sets/import', 'post', '/change-sets/import', 400, {
      baseVersion: 1,
      dryRun: true,
      changeSets: [],
    }),
    p('/api/v1/change-sets/import', 'post', '/change-sets/import', 409, {
      baseVersion: 0,
      dryRun: true,
      changeSets: [{ ...set(0), id: 'cs-x', recordedAt: '2026-12-01T00:00:00Z' }],
    }),
    p('/api/v1/change-sets', 'delete', '/change-sets', 400),
    p('/api/v1/change-sets', 'delete', '/change-sets?baseVersion=0', 409),
    p('/api/v1/change-sets', 'delete', '/change-sets?baseVersion=1', 200),
    p('/api/v1/change-sets/import', 'post', '/change-sets/import', 200, {
      baseVersion: 0,
      dryRun: true,
      changeSets: [{ ...set(0), id: 'cs-x', recordedAt: '2026-12-01T00:00:00Z' }],
    }),
    p('/api/v1/change-sets/import', 'post', '/change-sets/import', 201, {
      baseVersion: 0,
      dryRun: false,
      changeSets: [{ ...set(0), id: 'cs-x', recordedAt: '2026-12-01T00:00:00Z' }],
    }),
    p('/api/v1/openapi.json', 'get', '/openapi.json', 200),
  ];
  // Every operation's 500, through the mock controls.
  const seen = new Set<string>();
  for (const c of [...list]) {
    const key = `${c.method} ${c.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ ...c, status: 500, mock: `?mock=fault:500:once@${ENDPOINT_OF[c.path] ?? ''}` });
  }
  return list;
}

afterEach(() => resetMockControls());

describe('the OpenAPI document', () => {
  it('is what `npm run openapi` writes to docs/openapi.json', () => {
    const written = readFileSync(join(process.cwd(), 'docs/openapi.json'), 'utf8');
    expect(written).toBe(openApiText());
  });

  it('is OpenAPI 3.1 and every operation answers 500 as documented', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect({ path, method, has500: '500' in op.responses }).toEqual({
          path,
          method,
          has500: true,
        });
      }
    }
  });

  it("describes every handler's answers, success and error, and lists no answer the service never gives", async () => {
    const exercised = new Set<string>();
    for (const c of cases()) {
      const { status, json } = await answer(c);
      expect({ call: `${c.method} ${c.url}`, status }).toEqual({
        call: `${c.method} ${c.url}`,
        status: c.status,
      });
      const validate = schemaOf(c.path, c.method, status);
      const valid = validate(json);
      expect({
        call: `${c.method} ${c.url} ${status}`,
        errors: valid ? null : validate.errors,
      }).toEqual({
        call: `${c.method} ${c.url} ${status}`,
        errors: null,
      });
      exercised.add(`${c.method} ${c.path} ${status}`);
    }
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, op]) =>
        Object.keys(op.responses).map((s) => `${method} ${path} ${s}`),
      ),
    );
    expect([...exercised].sort()).toEqual(documented.sort());
  });

  it('refuses an answer that breaks the contract', () => {
    const models = schemaOf('/api/v1/models', 'get', 200);
    const meta = { datasetVersion: 'v', compiledOn: '2026-11-26', count: 1 };
    expect(models({ data: [{ id: 'x', name: 'X' }], meta })).toBe(false);
    expect(schemaOf('/api/v1/meta', 'get', 200)({ data: { datasetVersion: 'v' } })).toBe(false);
    expect(
      schemaOf(
        '/api/v1/change-sets',
        'post',
        409,
      )({ error: { code: 'stale_version', message: '' } }),
    ).toBe(false);
  });

  it('accepts the request bodies the service accepts and refuses an unknown field', () => {
    const body = ajv.getSchema('openapi#/components/schemas/ChangeSet');
    if (body === undefined) throw new Error('no ChangeSet schema');
    expect(body(set(0))).toBe(true);
    expect(body({ ...set(0), extra: 1 })).toBe(false);
    expect(
      body({
        ...set(0),
        changes: [
          { ...outage, sources: [{ url: 'https://x.example', label: null, tier: 'primary' }] },
        ],
      }),
    ).toBe(false);
  });
});
