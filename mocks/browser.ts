import { setupWorker } from 'msw/browser';
import { controlsFromSearch, setMockControls } from './controls';
import { handlers } from './handlers';
import { prepareWholeAnswers } from './handlers/respond';

/** Start the mock data service in the browser with the controls from the page URL. */
export async function startMockWorker(search: string): Promise<void> {
  setMockControls(controlsFromSearch(search, true));
  const worker = setupWorker(...handlers);
  // The whole answers are made while the worker registers, one task each, rather than on the
  // first requests.
  const ready = prepareWholeAnswers();
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  await ready;
}
