/**
 * The bundled data service answers in the page (ADR 0006, third pass): a request is handed to
 * it directly rather than sent through the network and the mock service worker, so the first
 * answers need not wait for the worker to register and take control. This module has no
 * imports: `src/main.tsx` sets the transport before the app's code has loaded.
 */

/**
 * An answer whose body is already a value, not JSON text: the in-page service hands large
 * answers over this way (ADR 0013), with no text to build and parse. The client checks it with
 * the same schemas as any other answer.
 */
export interface LocalAnswer {
  status: number;
  statusText: string;
  body: unknown;
}

/** Answers a request in the page, as the server would. */
export type LocalTransport = (request: Request) => Promise<Response | LocalAnswer>;

/** The request header by which the in-page transport says that a value body is welcome. */
export const IN_PAGE_HEADER = 'x-in-page-request';

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
