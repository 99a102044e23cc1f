import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, describeError } from '@/api/api-error';
import { setLocalTransport } from '@/api/local-transport';
import { getJson, getList } from '@/api/http-client';
import {
  eventListSchema,
  metaAnswerSchema,
  modelDetailSchema,
  modelListSchema,
  providerDetailSchema,
  providerListSchema,
} from '@/domain/schema/api';
import { eventSchema } from '@/domain/schema/event';
import { modelSchema } from '@/domain/schema/model';
import { providerSchema } from '@/domain/schema/provider';
import { controlsFromSearch, setMockControls } from '@mocks/controls';
import { server } from '@mocks/node';

// The HTTP client over the network (fetch, JSON text, each record validated by zod), as with a
// real data service (VITE_API_BASE_URL): the component tests answer in the page (tests/setup.ts).
beforeAll(() => setLocalTransport(Promise.resolve(null)));

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('data service contract (MSW handlers)', () => {
  it('answers /meta with version, compile date, coverage, counts and methodology', async () => {
    const { data } = await getJson('/meta', metaAnswerSchema);
    expect(data.compiledOn).toBe('2026-11-26');
    expect(data.counts).toEqual({ providers: 16, models: 98, events: 113 });
    expect(data.methodologyId).toBe('rvm-1');
    expect(data.coverage.first.date <= '2023-03-14').toBe(true);
    expect(data.coverage.last.date >= '2027-08-02').toBe(true);
  });

  it('answers every list in the envelope the client schema accepts', async () => {
    const providers = await getJson('/providers', providerListSchema);
    const models = await getJson('/models', modelListSchema);
    const events = await getJson('/events', eventListSchema);
    expect(providers.meta.count).toBe(16);
    expect(models.data).toHaveLength(98);
    expect(events.meta).toMatchObject({ count: 113, compiledOn: '2026-11-26' });
  });

  it('answers one provider with its models and events', async () => {
    const { data } = await getJson('/providers/meta', providerDetailSchema);
    expect(data.models.map((m) => m.id)).toContain('muse-spark');
    expect(data.events.map((e) => e.id)).toContain('meta-2026-04-08-muse-spark');
  });

  it('answers 404 with an error body for an unknown id', async () => {
    const provider = await errorOf(getJson('/providers/nobody', providerDetailSchema));
    expect(provider).toMatchObject({ kind: 'http', status: 404 });
    expect(provider.message).toContain('nobody');
    const model = await errorOf(getJson('/models/nothing', modelDetailSchema));
    expect(model.status).toBe(404);
  });

  it('filters models for API consumers and answers 400 on a bad parameter', async () => {
    const open = await getJson('/models?openness=4,5', modelListSchema);
    expect(open.data.length).toBeGreaterThan(10);
    expect(open.data.map((m) => m.id)).toContain('olmo-3');
    expect(open.data.map((m) => m.id)).not.toContain('gpt-5');
    const meta = await getJson('/models?provider=meta&q=llama', modelListSchema);
    expect(meta.data.every((m) => m.providerId === 'meta')).toBe(true);
    expect(meta.data).toHaveLength(7);
    const bad = await errorOf(getJson('/models?openness=9', modelListSchema));
    expect(bad).toMatchObject({ kind: 'http', status: 400 });
    expect(bad.message).toContain('openness');
  });

  it('serves every model its openness components, score, MOF class and G7 tier as of the compile date', async () => {
    const { data } = await getJson('/models', modelListSchema);
    expect(data.filter((m) => m.openness === undefined).map((m) => m.id)).toEqual([]);
    // OLMo: 12 of 14 components open, the peer-reviewed paper and the API unknown.
    const olmo = data.find((m) => m.id === 'olmo-1')?.openness;
    expect(olmo).toMatchObject({
      asOf: '2026-11-26',
      mofClass: 'class-ii',
      g7Tier: 'open-source-open-data',
      history: [],
    });
    expect(olmo?.score).toBeCloseTo((100 * 12) / 14, 9);
    expect(olmo?.components.peerReviewedPaper).toMatchObject({ grade: 'unknown', source: null });
    expect(olmo?.components.trainingDataBase.source?.url).toMatch(/^https:\/\//);
    // Muse Spark: everything closed or unknown but a partial API (a private preview).
    const muse = data.find((m) => m.id === 'muse-spark')?.openness;
    expect(muse).toMatchObject({ mofClass: 'not-classified', g7Tier: 'none' });
    expect(muse?.score).toBeCloseTo(100 * 0.5 / 14, 9);
  });

  it('serves the dated grade sets of a model whose components changed after release', async () => {
    const { data } = await getJson('/models/grok-2', modelDetailSchema);
    const history = data.openness?.history ?? [];
    expect(history.map((h) => [h.from.date, h.components.endWeights.grade])).toEqual([
      ['2024-08', 'closed'],
      ['2025-08-23', 'open'],
    ]);
    // The values at the compile date are those of the set then in force.
    expect(data.openness?.components).toEqual(history[1]?.components);
  });

  it('filters events by provider, type and dates, and answers 400 on a bad date', async () => {
    const meta2026 = await getJson('/events?provider=meta&from=2026-01-01&to=2026-12-31', eventListSchema);
    expect(meta2026.data.map((e) => e.id)).toContain('meta-2026-04-08-muse-spark');
    expect(meta2026.data.every((e) => e.date.date >= '2026')).toBe(true);
    const regulatory = await getJson('/events?type=regulatory', eventListSchema);
    expect(regulatory.data.every((e) => e.type === 'regulatory')).toBe(true);
    const bad = await errorOf(getJson('/events?from=not-a-date', eventListSchema));
    expect(bad.status).toBe(400);
    expect(bad.message).toContain('from');
  });

  it('fails only the next request with a :once fault, then recovers', async () => {
    setMockControls(controlsFromSearch('?mock=fault:500:once', false));
    expect((await errorOf(getJson('/providers', providerListSchema))).status).toBe(500);
    expect((await getJson('/providers', providerListSchema)).data).toHaveLength(16);
  });

  it('limits a fault to its endpoint', async () => {
    setMockControls(controlsFromSearch('?mock=fault:malformed@events', false));
    expect((await getJson('/providers', providerListSchema)).data).toHaveLength(16);
    expect((await errorOf(getJson('/events', eventListSchema))).kind).toBe('invalid-response');
  });

  it('refuses a list whose items disagree with its own count', async () => {
    const real = await getJson('/providers', providerListSchema);
    server.use(http.get('*/api/v1/providers', () => HttpResponse.json({ data: real.data.slice(0, 3), meta: real.meta })));
    const error = await errorOf(getList('/providers', providerSchema));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('holds 3 items but says it holds 16');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd'])(
    'refuses an answer whose source URL is %s: only http(s) sources become links',
    async (url) => {
      const real = await getJson('/providers', providerListSchema);
      const [first, ...rest] = real.data;
      if (!first) throw new Error('no provider');
      const hostile = { ...first, sources: [{ url, label: 'Official page' }] };
      server.use(http.get('*/api/v1/providers', () => HttpResponse.json({ data: [hostile, ...rest], meta: real.meta })));
      const error = await errorOf(getList('/providers', providerSchema));
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toContain('data.0.sources.0.url');
    },
  );

  it('reads the status before the body: a proxy\'s HTML 502 page is a server error', async () => {
    server.use(
      http.get('*/api/v1/providers', () =>
        new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
      ),
    );
    const error = await errorOf(getJson('/providers', providerListSchema));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(describeError(error)).toBe('The data service answered with an error (502): Bad Gateway');
  });

  it('times out an answer whose body stalls after the headers', async () => {
    server.use(
      http.get('*/api/v1/providers', () => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"data": ['));
            // ...and nothing more, ever.
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const error = await errorOf(getJson('/providers', providerListSchema, { timeoutMs: 200 }));
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('turns an answer that fails the schema into a typed invalid-response error', async () => {
    setMockControls(controlsFromSearch('?mock=fault:invalid', false));
    const error = await errorOf(getJson('/models', modelListSchema));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('does not match the contract');
  });

  it('checks list items in slices with the same result and errors as the whole-answer schema', async () => {
    setMockControls(controlsFromSearch('?mock=scale:2000', false));
    const whole = await getJson('/models', modelListSchema);
    const sliced = await getList('/models', modelSchema);
    expect(sliced.data).toHaveLength(98 + 2000);
    expect(sliced).toEqual(whole);

    // A bad item names its place in the list; a bad envelope names its field.
    setMockControls(controlsFromSearch('', false));
    const real = await getJson('/events', eventListSchema);
    server.use(
      http.get('*/api/v1/events', () =>
        HttpResponse.json({ data: [real.data[0], { ...real.data[1], id: 42 }], meta: { ...real.meta, count: 2 } }),
      ),
    );
    const badItem = await errorOf(getList('/events', eventSchema));
    expect(badItem.kind).toBe('invalid-response');
    expect(badItem.message).toContain('(data.1.id: ');
    server.resetHandlers();
    setMockControls(controlsFromSearch('?mock=fault:invalid', false));
    expect((await errorOf(getList('/events', eventSchema))).message).toContain('(meta.');
    setMockControls(controlsFromSearch('?mock=fault:malformed', false));
    expect((await errorOf(getList('/events', eventSchema))).kind).toBe('invalid-response');
  });

  it('keeps whole answers (no query) identical to the same answers built per request', async () => {
    // A whole collection's JSON is made once and kept; a request with a query is built afresh.
    for (let round = 0; round < 2; round++) {
      expect(await getJson('/models', modelListSchema)).toEqual(await getJson('/models?q=', modelListSchema));
      expect(await getJson('/events', eventListSchema)).toEqual(
        await getJson('/events?from=1900-01-01', eventListSchema),
      );
      expect(await getJson('/providers', providerListSchema)).toEqual(
        await getJson('/providers?fresh=1', providerListSchema),
      );
      expect(await getJson('/meta', metaAnswerSchema)).toEqual(await getJson('/meta?fresh=1', metaAnswerSchema));
    }
  });

  it('serves synthetic records on top of the real data under scale:N', async () => {
    setMockControls(controlsFromSearch('?mock=scale:1000', false));
    const models = await getJson('/models', modelListSchema);
    const providers = await getJson('/providers', providerListSchema);
    const events = await getJson('/events', eventListSchema);
    expect(models.data).toHaveLength(98 + 1000);
    // Synthetic models are graded too (grades alone: they have no evidence).
    const synthetic = models.data.filter((m) => m.synthetic);
    expect(synthetic.every((m) => m.openness !== undefined)).toBe(true);
    expect(synthetic[0]?.openness?.components.license.source).toBeUndefined();
    expect(providers.data).toHaveLength(16 + 10);
    expect(events.data).toHaveLength(113 + 100);
  });
});

describe('mock controls from the URL', () => {
  it('reads latency, faults and scale; ignores what it does not understand', () => {
    const c = controlsFromSearch('?mock=latency:0&mock=fault:timeout@models&mock=scale:500&mock=bogus', true);
    expect(c.latency).toEqual({ min: 0, max: 0 });
    expect(c.faults).toEqual([{ kind: 'timeout', once: false, endpoint: 'models' }]);
    expect(c.scale).toBe(500);
  });
  it('defaults the browser to 150-400 ms of latency and tests to none', () => {
    expect(controlsFromSearch('', true).latency).toEqual({ min: 150, max: 400 });
    expect(controlsFromSearch('', false).latency).toEqual({ min: 0, max: 0 });
  });
});
