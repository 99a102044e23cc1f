import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { waitBeforeRequests } from './api/http-client';

/** Start the app: the mock service (unless a real server is configured), then React. */
export function start() {
  // The bundled mock data service runs unless a real server is configured. The frame renders at
  // once; requests wait until the worker controls the page.
  if (!import.meta.env.VITE_API_BASE_URL) {
    waitBeforeRequests(import('../mocks/browser').then(({ startMockWorker }) => startMockWorker(window.location.search)));
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element in index.html');
  // A transition lets React render in small slices, so the shell stays responsive while the
  // first page is built.
  const reactRoot = createRoot(root);
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App queryClient={createQueryClient()} />
      </StrictMode>,
    );
  });
}

