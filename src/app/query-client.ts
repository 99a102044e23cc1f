import { QueryClient } from '@tanstack/react-query';

/** The app's QueryClient: the data is small and changes rarely, so it is fetched once per session. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // No silent retries: a failure shows at once with its Retry button, which is what the user
      // controls. That includes a page that mounts after another part of the app (the alert
      // rules' runner in the frame) met the failure: it shows the error, it does not fetch again.
      queries: {
        retry: false,
        retryOnMount: false,
        refetchOnWindowFocus: false,
        staleTime: Infinity,
      },
    },
  });
}
