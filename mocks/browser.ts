import { setupWorker } from 'msw/browser';
import { controlsFromSearch, setMockControls } from './controls';
import { handlers } from './handlers';

/** Start the mock data service in the browser with the controls from the page URL. */
export async function startMockWorker(search: string): Promise<void> {
  setMockControls(controlsFromSearch(search, true));
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
