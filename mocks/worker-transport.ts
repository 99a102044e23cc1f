import type { LocalTransport } from '@/api/local-transport';
import { afterFirstScreen } from './after-first-screen';
import type { WorkerAnswer, WorkerMessage } from './worker-protocol';

/** Statuses whose answer has no body (the Response constructor refuses one). */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * Start the bundled data service in a Web Worker and return the transport the app's HTTP client
 * sends its requests through (ADR 0013). The page loads none of the service's code: the worker
 * compiles and runs it, builds the data set and reads the change log, and hands each answer
 * back. MSW's service worker, for requests made outside the app, registers once the first screen
 * is drawn and passes them to the same worker (`registerServiceWorkerLater`).
 */
export function startWorkerService(search: string): LocalTransport {
  const worker = new Worker(new URL('./worker-service.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (answer: WorkerAnswer | null) => void>();
  let requests = 0;
  worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    waiting(answer);
  };
  // A worker that cannot start (its code did not load) fails every request as a network error
  // would, so each page shows its error with Retry rather than waiting for ever.
  worker.onerror = (event) => {
    event.preventDefault();
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting(null);
    }
  };
  worker.postMessage({ kind: 'start', search } satisfies WorkerMessage);

  /** Post `request` to the worker; null when the worker failed. */
  const ask = async (request: Request): Promise<WorkerAnswer | null> => {
    const id = ++requests;
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
    return new Promise((resolve) => {
      pending.set(id, resolve);
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
  void registerServiceWorkerLater(ask);
  return async (request) => {
    const copy = request.clone();
    const answer = await ask(request);
    if (answer === null) return Response.error();
    return answer.kind === 'unhandled' ? fetch(copy) : toResponse(answer);
  };
}

function toResponse(answer: Exclude<WorkerAnswer, { kind: 'unhandled' }>): Response {
  if (answer.kind === 'failed') {
    return new Response(
      JSON.stringify({
        error: { code: 'internal', message: `The data service failed: ${answer.message}` },
      }),
      { status: 500, headers: { 'Content-Type': 'application/json' } },
    );
  }
  return new Response(NO_BODY.has(answer.status) ? null : answer.text, {
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
  });
}

/**
 * MSW's service worker answers the requests made outside the app's client (a link to
 * `/api/v1/openapi.json` opened in the tab) by handing them to the page, where one handler passes
 * them on to the data service's worker (`sw-proxy.ts`): the page holds no second copy of the
 * handlers or the data. Its code loads once the page has had five seconds for its first screen
 * and an idle moment: nothing on the first screen needs it.
 */
async function registerServiceWorkerLater(
  ask: (request: Request) => Promise<WorkerAnswer | null>,
): Promise<void> {
  await afterFirstScreen();
  const { startProxyWorker } = await import('./sw-proxy');
  await startProxyWorker(async (request) => {
    const answer = await ask(request);
    if (answer === null) return Response.error();
    return answer.kind === 'unhandled' ? null : toResponse(answer);
  });
}
