import { delay, HttpResponse, type JsonBodyType } from 'msw';
import { withSynthetic, withSyntheticInSlices } from '../data/synthetic';
import { servedChangeLog } from '../change-log/change-log-service';
import { drawLatency, getMockControls, takeFault, type Endpoint } from '../controls';
import type { z } from '@/domain/schema/zod';
import type { Dataset } from '@/domain/schema/dataset';
import { IN_PAGE_HEADER } from '@/api/local-transport';

let scaled: { n: number; base: Dataset; data: Dataset } | null = null;
/** At `scale:N`, while the models are being made: the data set with its synthetic providers and
 * events, and only the base models. */
let early: { n: number; base: Dataset; data: Dataset } | null = null;

/**
 * The data set the handlers serve: the compiled one with the accepted change sets applied, plus
 * synthetic records under `scale:N`.
 */
export function currentDataset(): Dataset {
  const base = servedChangeLog().dataset;
  const n = getMockControls().scale;
  if (n <= 0) return base;
  if (scaled?.n !== n || scaled.base !== base) scaled = { n, base, data: withSynthetic(base, n) };
  return scaled.data;
}

/**
 * The data set whose providers and events the list answers serve. At `scale:N` these are made
 * before the models (`prepareScaledDataset`), and served from the early data set while the
 * models are still being made: they are the same records as the whole data set's.
 */
export function providersAndEventsDataset(): Dataset {
  const base = servedChangeLog().dataset;
  const n = getMockControls().scale;
  const whole = scaled?.n === n && scaled.base === base;
  if (n > 0 && !whole && early?.n === n && early.base === base) return early.data;
  return currentDataset();
}

/**
 * Make the synthetic data set of `scale:N` ahead of the first answer, in slices with `pause()`
 * between them (the browser's service does this before it answers), rather than in one long
 * task on the first request. `early` settles once the providers and events are made (a few tens
 * of milliseconds), `whole` once the models are too.
 */
export function prepareScaledDataset(pause: () => Promise<void>): {
  early: Promise<void>;
  whole: Promise<void>;
} {
  const base = servedChangeLog().dataset;
  const n = getMockControls().scale;
  if (n <= 0 || (scaled?.n === n && scaled.base === base)) {
    return { early: Promise.resolve(), whole: Promise.resolve() };
  }
  let earlyMade: () => void = () => undefined;
  const earlyDone = new Promise<void>((resolve) => {
    earlyMade = resolve;
  });
  const whole = withSyntheticInSlices(base, n, pause, 8, (data) => {
    early = { n, base, data };
    earlyMade();
  }).then((data) => {
    scaled = { n, base, data };
    early = null;
  });
  // A failure while making the data fails both.
  return { early: Promise.race([earlyDone, whole]), whole };
}

export function listMeta(data: Dataset, count: number) {
  return { datasetVersion: data.version, compiledOn: data.compiledOn, count };
}

interface KeptAnswer {
  text: string;
  bytes: number;
}
const kept = new Map<string, KeptAnswer>();
/** The served data the kept answers were made from: an accepted change serves a new data set,
 * and the answers are made again; a reset that serves the same data keeps them. */
let keptFor: Dataset | null = null;

function keep(key: string, build: () => JsonBodyType): KeptAnswer {
  const served = servedChangeLog().dataset;
  if (keptFor !== served) {
    kept.clear();
    keptFor = served;
  }
  let answer = kept.get(key);
  if (!answer) {
    const text = JSON.stringify(build());
    answer = { text, bytes: new TextEncoder().encode(text).length };
    kept.set(key, answer);
  }
  return answer;
}

/**
 * A collection's answer. A request made by the app in the page (`IN_PAGE_HEADER`) gets the value
 * itself, with no JSON text to make and parse again (ADR 0013). Any other request (through the
 * service worker, or the node tests' fetch) gets JSON: for the real data set without a query
 * string, the text is made once and kept until the next accepted change; answers of the
 * synthetic data sets (`scale:N`, up to ~100 MB) are not kept.
 */
export function wholeAnswer(request: Request, key: string, build: () => JsonBodyType): Response {
  // A request made in the page takes the value itself: no JSON text to make and parse again.
  const id = request.headers.get(IN_PAGE_HEADER);
  if (id !== null) return valueAnswer(id, build());
  if (new URL(request.url).search !== '' || getMockControls().scale > 0)
    return HttpResponse.json(build());
  const { text, bytes } = keep(key, build);
  return new HttpResponse(text, {
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes) },
  });
}

/** Bodies handed to the in-page transport by request id, taken once (`takeValueBody`). */
const valueBodies = new Map<string, JsonBodyType>();
const VALUE_BODY_HEADER = 'x-value-body';

/**
 * An answer to a request made in the page whose body is the value itself (ADR 0013): at
 * `scale:100000` the JSON text of the models would be about 100 MB, built and parsed on the main
 * thread. The Response carries no body; the transport takes the value by the request's id.
 */
function valueAnswer(id: string, body: JsonBodyType): Response {
  valueBodies.set(id, body);
  return new HttpResponse(null, { status: 200, headers: { [VALUE_BODY_HEADER]: id } });
}

/** The value body of an in-page answer (see `valueAnswer`), or undefined for a text answer. */
export function takeValueBody(response: Response): { body: JsonBodyType } | undefined {
  const id = response.headers.get(VALUE_BODY_HEADER);
  if (id === null || !valueBodies.has(id)) return undefined;
  const body = valueBodies.get(id) ?? null;
  valueBodies.delete(id);
  return { body };
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  details?: JsonBodyType,
) {
  return HttpResponse.json(
    { error: details === undefined ? { code, message } : { code, message, details } },
    { status },
  );
}

/**
 * Apply latency and the configured fault for `endpoint`, then answer with `build()`.
 * `emptyBody` is the answer for the `empty` fault (an empty list), or null where it does not apply.
 */
export async function respond(
  endpoint: Endpoint,
  build: () => Response | Promise<Response>,
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
