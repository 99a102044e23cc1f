import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';

/** The app's router over the browser's address bar. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}

/** The app: server state (TanStack Query) around the router. */
export function App({
  queryClient,
  router: given,
}: {
  queryClient: QueryClient;
  /** Made ahead of the first render by src/boot.tsx; made here otherwise. */
  router?: ReturnType<typeof createAppRouter>;
}) {
  const [router] = useState(() => given ?? createAppRouter());
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
