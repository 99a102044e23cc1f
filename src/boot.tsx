import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter } from './app/app';
import { createQueryClient } from './app/query-client';
import { preloadPage } from './app/routes';
import { waitBeforeRequests } from './api/http-client';
import { yieldToMain } from './lib/yield-to-main';

/**
 * Start the app: the mock service (unless a real server is configured), then React. Each step
 * is a task of its own, so that no single one keeps the page from answering input for long.
 */
export async function start() {
  // The bundled mock data service runs unless a real server is configured. The frame renders at
  // once; requests wait until the worker controls the page.
  if (!import.meta.env.VITE_API_BASE_URL) {
    // MSW, the handlers with their data, then the worker's start: three tasks.
    waitBeforeRequests(
      import('msw/browser')
        .then(yieldToMain)
        .then(() => import('../mocks/browser'))
        .then(async ({ startMockWorker }) => {
          await yieldToMain();
          await startMockWorker(window.location.search);
        }),
    );
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element in index.html');
  await yieldToMain();
  const queryClient = createQueryClient();
  const router = createAppRouter();
  await yieldToMain();
  await preloadPage(window.location.pathname).catch(() => undefined);
  await yieldToMain();
  // A transition lets React render in small slices, so the shell stays responsive while the
  // first page is built.
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
}
