import type { z } from '@/domain/schema/zod';
import { apiErrorSchema, listEnvelopeSchema, type ListMeta } from '@/domain/schema/api';
import { yieldToMain } from '@/lib/yield-to-main';
import { ApiError } from './api-error';
import { localTransport } from './local-transport';
import { sharedRecordsCheck } from './shared-records-check';

/** Base address of the data service: `VITE_API_BASE_URL`, or the bundled mock service. */
export const API_BASE = `${(import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/$/, '')}/api/v1`;

// Generous: at ?mock=scale:100000 the bundled service builds its answers on the main thread.
let defaultTimeoutMs = 30_000;

/** Set how long a request may take before it fails as a timeout (tests shorten it). */
export function setRequestTimeout(ms: number): void {
  defaultTimeoutMs = ms;
}

interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** A write: the method and the JSON body (GET without a body when absent). */
  send?: { method: 'POST' | 'DELETE'; body?: unknown };
}

/** An answer that does not match the contract, naming where and why. */
function contractError(
  path: string,
  issue: { readonly path: readonly PropertyKey[]; readonly message: string } | undefined,
  status: number,
  prefix: PropertyKey[] = [],
) {
  const where = [...prefix, ...(issue?.path ?? [])].map(String).join('.');
  return new ApiError(
    'invalid-response',
    path,
    `The answer from ${path} does not match the contract (${where}: ${issue?.message ?? 'invalid'}).`,
    status,
  );
}

/**
 * GET `path` under the API base, check the status, parse the JSON with `schema`, and throw a
 * typed ApiError (network, timeout, http with status, invalid response) otherwise.
 */
export async function getJson<T>(
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const { body, status } = await getBody(path, options);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw contractError(path, parsed.error.issues[0], status);
  return parsed.data;
}

/** Items validated per slice of work before the main thread is given back (see getList). */
const SLICE_MS = 8;

/**
 * GET a list answer (`{ data: [...], meta }`) and validate its items with `item`, the same
 * checks as `getJson` with `listSchema(item)`, but in slices of a few milliseconds with a yield
 * to the browser between them: a long list never blocks input while it is checked.
 */
export async function getList<T>(
  path: string,
  item: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<{ data: T[]; meta: ListMeta }> {
  const { body, status, shared } = await getBody(path, options);
  // Answers that arrive together would otherwise be checked in one task: start in a new one.
  await yieldToMain();
  const envelope = listEnvelopeSchema.safeParse(body);
  if (!envelope.success) throw contractError(path, envelope.error.issues[0], status);
  const raw = envelope.data.data;
  if (raw.length !== envelope.data.meta.count) {
    throw new ApiError(
      'invalid-response',
      path,
      `The answer from ${path} holds ${raw.length} items but says it holds ${envelope.data.meta.count}.`,
      status,
    );
  }
  const data: T[] = new Array<T>(raw.length);
  // An answer the in-page service handed over as a value: its records share parts by reference,
  // and each shared part is checked once (shared-records-check.ts), with safeParse's verdict.
  const sharedCheck = shared ? sharedRecordsCheck(item, raw.length) : undefined;
  let sliceStart = performance.now();
  for (let i = 0; i < raw.length; i++) {
    if (sharedCheck) {
      const issue = sharedCheck(raw[i]);
      if (issue) throw contractError(path, issue, status, ['data', i]);
      // An item the in-page service handed over as a value is kept as it is once it passes: the
      // schemas neither add nor drop anything on the service's records (a test checks the real
      // and the synthetic data), and the service never changes a record it has served (a change
      // makes new ones). The copy would double what the page holds: at 100,000 models the copy
      // alone was three times the records (their shared parts are copied per model), ADR 0013.
      data[i] = raw[i] as T;
    } else {
      const parsed = item.safeParse(raw[i]);
      if (!parsed.success) throw contractError(path, parsed.error.issues[0], status, ['data', i]);
      data[i] = parsed.data;
    }
    // The clock read every 16 items: reading it is not free (about 8 ms over 100,000 items).
    if ((i & 15) === 15 && performance.now() - sliceStart > SLICE_MS && i < raw.length - 1) {
      await yieldToMain();
      if (options.signal?.aborted) throw options.signal.reason;
      sliceStart = performance.now();
    }
  }
  return { data, meta: envelope.data.meta };
}

/**
 * POST or DELETE `path` with a JSON body, and parse the answer with `schema`: the same checks and
 * typed errors as `getJson`. An error answer's `code` and `details` (per-field errors, the
 * revision a 409 names) are kept on the ApiError.
 */
export async function sendJson<T>(
  method: 'POST' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
  options: Omit<RequestOptions, 'send'> = {},
): Promise<T> {
  const answer = await getBody(path, { ...options, send: { method, body } });
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) throw contractError(path, parsed.error.issues[0], answer.status);
  return parsed.data;
}

async function getBody(
  path: string,
  { signal, timeoutMs = defaultTimeoutMs, send }: RequestOptions,
): Promise<{ body: unknown; status: number; shared?: true }> {
  const local = await localTransport();
  const controller = new AbortController();
  let timedOut = false;
  // The timer covers the whole answer, body included: a server that sends headers and then
  // stalls is as stuck as one that never answers.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);

  let status = 0;
  let ok = false;
  let statusText = '';
  let text: string;
  try {
    const init: RequestInit = {
      signal: controller.signal,
      ...(send === undefined
        ? { headers: { Accept: 'application/json' } }
        : {
            method: send.method,
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
            ...(send.body === undefined ? {} : { body: JSON.stringify(send.body) }),
          }),
    };
    const url = `${API_BASE}${path}`;
    // The bundled service answers in the page when it runs there; its answer, like the
    // network's, is raced against the timeout and the caller's abort.
    const res = local
      ? await Promise.race([
          local(new Request(new URL(url, globalThis.location.href), init)),
          whenAborted(controller.signal),
        ])
      : await fetch(url, init);
    if (!(res instanceof Response)) {
      // A value body from the in-page service: checked like a parsed one, with nothing to parse.
      if (res.status >= 200 && res.status < 300)
        return { body: res.body, status: res.status, shared: true };
      ({ status, statusText } = res);
      text = JSON.stringify(res.body);
    } else {
      ({ status, ok, statusText } = res);
      // Some fetch implementations do not end a body read on abort: race it against the signal.
      text = await Promise.race([res.text(), whenAborted(controller.signal)]);
    }
  } catch (cause) {
    if (timedOut)
      throw new ApiError('timeout', path, `No answer from ${path} within ${timeoutMs / 1000} s.`);
    if (signal?.aborted) throw cause;
    // A status was received but the body broke off: the server failed mid-answer.
    if (status !== 0 && !ok)
      throw new ApiError('http', path, statusText || `HTTP ${status}`, status);
    throw new ApiError('network', path, `Could not reach ${path}.`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  // The status decides first: a proxy's HTML error page is a server error, not an unreadable answer.
  if (!ok) {
    const parsedError = apiErrorSchema.safeParse(parseJson(text));
    const message = parsedError.success ? parsedError.data.error.message : statusText;
    const body = parsedError.success
      ? { code: parsedError.data.error.code, details: parsedError.data.error.details }
      : {};
    throw new ApiError('http', path, message || `HTTP ${status}`, status, body);
  }

  const body = parseJson(text);
  if (body === NOT_JSON) {
    throw new ApiError(
      'invalid-response',
      path,
      `The answer from ${path} is not valid JSON.`,
      status,
    );
  }
  return { body, status };
}

/** A promise that rejects once `signal` aborts (and never resolves). */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
