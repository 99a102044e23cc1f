import { QueryClient } from '@tanstack/react-query';

/** The app's QueryClient: the data is small and changes rarely, so it is fetched once per session. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // No silent retries: a failure shows at once with its Retry button, which is what the user controls.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
    },
  });
}
