import { getResponse, type RequestHandler } from 'msw';
import { IN_PAGE_HEADER, type LocalAnswer } from '@/api/local-transport';
import { takeValueBody } from './handlers/respond';

/**
 * Answer requests in the page with `handlers()`, as the bundled service does when it runs there
 * (`browser.ts`): each request gets an id, by which a collection's answer hands over its body as
 * a value, with no JSON text to make and parse (ADR 0013); a request no handler answers goes to
 * the network. The component tests answer the app's requests the same way, with the MSW server's
 * handlers (ADR 0007).
 */
export function inPageAnswerer(
  handlers: () => RequestHandler[],
): (request: Request) => Promise<Response | LocalAnswer> {
  let requests = 0;
  return async (request) => {
    request.headers.set(IN_PAGE_HEADER, String(++requests));
    const response = await getResponse(handlers(), request);
    if (!response) return fetch(request);
    const value = takeValueBody(response);
    return value
      ? { status: response.status, statusText: response.statusText, body: value.body }
      : response;
  };
}
