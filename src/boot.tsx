import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppRouter } from './app/app';
import { createQueryClient } from './app/query-client';
import { preloadPage } from './app/routes';
import { yieldToMain } from './lib/yield-to-main';

/**
 * Start the app: React, with the router and the first page's code. Each step is a task of its
 * own, so that no single one keeps the page from answering input for long. (The bundled data
 * service was started by `src/main.tsx`, in parallel with this code.)
 */
export async function start() {
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
