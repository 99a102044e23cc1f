import type { LocalTransport } from '@/api/local-transport';
import { switchChangeLogStore } from './change-log/change-log-service';
import { createIdbChangeLogStore } from './change-log/idb-change-log-store';
import { controlsFromSearch, setMockControls } from './controls';
import { handlers } from './handlers';
import { prepareScaledDataset } from './handlers/respond';
import { inPageAnswerer } from './in-page-transport';
import { yieldBehindOtherWork } from '@/lib/yield-to-main';
import { afterFirstScreen } from './after-first-screen';

/** The list answers served before the synthetic models are made (`providersAndEventsDataset`). */
const EARLY_LISTS = /\/api\/v1\/(providers|events)$/;

/**
 * Start the mock data service in the page with the controls from the page URL, and return the
 * transport the app's HTTP client sends its requests through: the same handlers, called in the
 * page (MSW's worker runs them in the page too; it only carries the request there). The answers
 * wait for the change log, not for the service worker, whose registration and activation take a
 * second or more on a first visit (ADR 0006); it still starts, in the background, for requests
 * made outside the client (a link to `/api/v1/openapi.json` opened in the tab). Used at
 * `scale:N`, where answers are handed over by reference (a copy to and from a Web Worker would
 * cost as much as the JSON text it avoids, ADR 0013), and where a browser has no module workers;
 * otherwise the service runs in a Web Worker (`worker-transport.ts`).
 */
export function startMockService(search: string): LocalTransport {
  setMockControls(controlsFromSearch(search, true));
  const log = readIdbChangeLog();
  // At `scale:N` the synthetic records are made right after, in slices, before the first answer:
  // the providers and events first (the list answers of those wait for them only), then the
  // models, which every other answer waits for. The slices run behind the page's own work, so
  // that the page draws the answers it has while the rest is made.
  const prepared = log.then(() => prepareScaledDataset(yieldBehindOtherWork));
  const early = prepared.then((p) => p.early);
  const whole = prepared.then((p) => p.whole);
  // MSW's worker code loads later, once the first screen is drawn: nothing on it needs the
  // worker, whose code (23 kB gzip) would otherwise share the network with the app's.
  void whole.then(afterFirstScreen).then(startServiceWorker);
  const answer = inPageAnswerer(() => handlers);
  return async (request) => {
    await (EARLY_LISTS.test(new URL(request.url).pathname) ? early : whole);
    return answer(request);
  };
}

/**
 * The accepted changes live in IndexedDB: read them before the first answer, so that what is
 * served is the compiled data with the log applied. Where IndexedDB cannot be opened (a browser
 * that blocks it), the service keeps the log in memory for this page only.
 */
function readIdbChangeLog(): Promise<void> {
  return switchChangeLogStore(createIdbChangeLogStore()).catch((error: unknown) => {
    console.warn(
      'The change log cannot be kept in IndexedDB; changes last until the page is closed.',
      error,
    );
  });
}

async function startServiceWorker(): Promise<void> {
  await (
    await import('msw/browser')
  )
    .setupWorker(...handlers)
    .start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    })
    .catch((error: unknown) => {
      console.warn('The mock service worker did not start; the app is served in the page.', error);
    });
}
