import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';

/**
 * Start MSW's service worker with one handler that passes every `/api/v1` request to `answer`
 * (the data service's Web Worker, through `worker-transport.ts`); a request the service does not
 * handle (null) goes to the network.
 */
export async function startProxyWorker(
  answer: (request: Request) => Promise<Response | null>,
): Promise<void> {
  await setupWorker(
    http.all('*/api/v1/*', async ({ request }) => (await answer(request)) ?? passthrough()),
  )
    .start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    })
    .catch((error: unknown) => {
      console.warn('The mock service worker did not start; the app is served without it.', error);
    });
}
