import { setupWorker } from 'msw/browser';
import { switchChangeLogStore } from './change-log/change-log-service';
import { createIdbChangeLogStore } from './change-log/idb-change-log-store';
import { controlsFromSearch, setMockControls } from './controls';
import { handlers } from './handlers';
import { prepareWholeAnswers } from './handlers/respond';

/** Start the mock data service in the browser with the controls from the page URL. */
export async function startMockWorker(search: string): Promise<void> {
  setMockControls(controlsFromSearch(search, true));
  const worker = setupWorker(...handlers);
  // The accepted changes live in IndexedDB: read them before the first answer, so that what is
  // served is the compiled data with the log applied. Where IndexedDB cannot be opened (a
  // browser that blocks it), the service keeps the log in memory for this page only.
  const log = switchChangeLogStore(createIdbChangeLogStore()).catch((error: unknown) => {
    console.warn('The change log cannot be kept in IndexedDB; changes last until the page is closed.', error);
  });
  // The whole answers are made while the worker registers, one task each, rather than on the
  // first requests.
  const ready = log.then(prepareWholeAnswers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  await ready;
}
