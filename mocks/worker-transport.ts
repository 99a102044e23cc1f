import type { LocalTransport } from '@/api/local-transport';
import { afterFirstScreen } from './after-first-screen';
import type { WorkerAnswer, WorkerMessage } from './worker-protocol';

/** Statuses whose answer has no body (the Response constructor refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * Start the bundled data service in a Web Worker and return the transport the app's HTTP client
 * sends its requests through (ADR 0006, fifth pass). The page loads none of the service's code:
 * the worker compiles and runs it, builds the data set and reads the change log, and hands each
 * answer back. MSW's service worker, for requests made outside the app (a link to
 * `/api/v1/openapi.json` opened in the tab), still registers from the page once the first screen
 * is drawn (`registerServiceWorkerLater`).
 */
export function startWorkerService(search: string): LocalTransport {
  const worker = new Worker(new URL('./worker-service.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (a: Response | Promise<Response>) => void; request: Request }
  >();
  let requests = 0;
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    waiting.resolve(toAnswer(answer, waiting.request));
  };
  // A worker that cannot start (its code did not load) fails every request as a network error
  // would, so each page shows its error with Retry rather than waiting for ever.
  worker.onerror = (event) => {
    event.preventDefault();
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.resolve(Response.error());
    }
  };
  worker.postMessage({ kind: 'start', search } satisfies WorkerMessage);
  void registerServiceWorkerLater(search);
  return async (request) => {
    const id = ++requests;
    const copy = request.clone();
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
    return new Promise((resolve) => {
      pending.set(id, { resolve, request: copy });
      worker.postMessage({
        kind: 'request',
        id,
        url: request.url,
        method: request.method,
        headers: [...request.headers],
        body,
      } satisfies WorkerMessage);
    });
  };
}

function toAnswer(answer: WorkerAnswer, request: Request): Response | Promise<Response> {
  switch (answer.kind) {
    case 'text':
      return new Response(NO_BODY.has(answer.status) ? null : answer.text, {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
      });
    case 'unhandled':
      return fetch(request);
    case 'failed':
      return new Response(
        JSON.stringify({ error: { code: 'internal', message: `The data service failed: ${answer.message}` } }),
        { status: 500, headers: { 'Content-Type': 'application/json' } },
      );
  }
}

/**
 * MSW's service worker answers requests made outside the app's client. Its code and the
 * handlers it runs in the page load once the page has had five seconds for its first screen and
 * an idle moment: nothing on the first screen needs them.
 */
async function registerServiceWorkerLater(search: string): Promise<void> {
  await afterFirstScreen();
  const { registerServiceWorker } = await import('./browser');
  await registerServiceWorker(search);
}
