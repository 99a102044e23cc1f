/**
 * The bundled data service answers in the page (ADR 0006, third pass): a request is handed to
 * it directly rather than sent through the network and the mock service worker, so the first
 * answers need not wait for the worker to register and take control. This module has no
 * imports: `src/main.tsx` sets the transport before the app's code has loaded.
 */

/** Answers a request in the page, as the server would. */
export type LocalTransport = (request: Request) => Promise<Response>;

let transport: Promise<LocalTransport | null> = Promise.resolve(null);

/**
 * Send every request to `pending` once it resolves (requests made meanwhile wait for it); a
 * transport that fails to start, or resolves to null, leaves requests to the network.
 */
export function setLocalTransport(pending: Promise<LocalTransport | null>): void {
  transport = pending.catch(() => null);
}

/** The transport requests go through, or null for the network. */
export function localTransport(): Promise<LocalTransport | null> {
  return transport;
}
