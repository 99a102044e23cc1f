import { delay, HttpResponse, type JsonBodyType } from 'msw';
import { dataset } from '../data/dataset';
import { withSynthetic } from '../data/synthetic';
import { drawLatency, getMockControls, takeFault, type Endpoint } from '../controls';
import type { z } from 'zod';
import type { Dataset } from '@/domain/schema/dataset';

let scaled: { n: number; data: Dataset } | null = null;

/** The data set the handlers serve: the real one, plus synthetic records under `scale:N`. */
export function currentDataset(): Dataset {
  const n = getMockControls().scale;
  if (n <= 0) return dataset;
  if (scaled?.n !== n) scaled = { n, data: withSynthetic(dataset, n) };
  return scaled.data;
}

export function listMeta(data: Dataset, count: number) {
  return { datasetVersion: data.version, compiledOn: data.compiledOn, count };
}

export function errorResponse(status: number, code: string, message: string) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

/**
 * Apply latency and the configured fault for `endpoint`, then answer with `build()`.
 * `emptyBody` is the answer for the `empty` fault (an empty list), or null where it does not apply.
 */
export async function respond(
  endpoint: Endpoint,
  build: () => Response,
  emptyBody: (() => JsonBodyType) | null,
): Promise<Response> {
  const ms = drawLatency();
  if (ms > 0) await delay(ms);
  const fault = takeFault(endpoint);
  switch (fault) {
    case '500':
      return errorResponse(500, 'internal', 'The data service failed (simulated 500).');
    case 'timeout':
      await delay('infinite');
      return errorResponse(504, 'timeout', 'unreachable');
    case 'malformed':
      return new HttpResponse('{"data": [ {"id": "truncated', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'invalid':
      return HttpResponse.json({ data: [{ id: 42, name: null }], meta: { count: 'many' } });
    case 'empty':
      if (emptyBody) return HttpResponse.json(emptyBody());
      return errorResponse(404, 'not_found', 'Nothing here (simulated empty answer).');
    case null:
      return build();
  }
}

/** Parse a request's query string with `schema`, or answer 400 naming the bad parameter. */
export function parseQuery<T>(
  request: Request,
  schema: z.ZodType<T>,
): { success: true; data: T } | { success: false; response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { success: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    success: false,
    response: errorResponse(
      400,
      'bad_parameter',
      `Bad parameter "${String(issue?.path[0] ?? '')}": ${issue?.message ?? 'invalid'}.`,
    ),
  };
}
