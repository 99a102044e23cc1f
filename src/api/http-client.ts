import type { z } from 'zod';
import { apiErrorSchema } from '@/domain/schema/api';
import { ApiError } from './api-error';

/** Base address of the data service: `VITE_API_BASE_URL`, or the bundled mock service. */
export const API_BASE = `${(import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/$/, '')}/api/v1`;

// Generous: at ?mock=scale:100000 the bundled service builds ~100 MB of JSON on the main thread.
let defaultTimeoutMs = 30_000;
let ready: Promise<unknown> = Promise.resolve();

/**
 * Hold every request until `promise` settles: the demo renders its frame at once and lets the
 * mock service worker start in the background.
 */
export function waitBeforeRequests(promise: Promise<unknown>): void {
  ready = promise.catch(() => undefined);
}

/** Set how long a request may take before it fails as a timeout (tests shorten it). */
export function setRequestTimeout(ms: number): void {
  defaultTimeoutMs = ms;
}

/**
 * GET `path` under the API base, check the status, parse the JSON with `schema`, and throw a
 * typed ApiError (network, timeout, http with status, invalid response) otherwise.
 */
export async function getJson<T>(
  path: string,
  schema: z.ZodType<T>,
  { signal, timeoutMs = defaultTimeoutMs }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<T> {
  await ready;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);

  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    if (timedOut)
      throw new ApiError('timeout', path, `No answer from ${path} within ${timeoutMs / 1000} s.`);
    if (signal?.aborted) throw cause;
    throw new ApiError('network', path, `Could not reach ${path}.`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(
      'invalid-response',
      path,
      `The answer from ${path} is not valid JSON.`,
      res.status,
    );
  }

  if (!res.ok) {
    const parsedError = apiErrorSchema.safeParse(body);
    const message = parsedError.success ? parsedError.data.error.message : res.statusText;
    throw new ApiError('http', path, message || `HTTP ${res.status}`, res.status);
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      'invalid-response',
      path,
      `The answer from ${path} does not match the contract (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}).`,
      res.status,
    );
  }
  return parsed.data;
}
