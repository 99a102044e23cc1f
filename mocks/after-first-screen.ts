/**
 * Resolves when the page has had five seconds for its first screen, then an idle moment: MSW's
 * service worker start is a task of about 100 ms (400 ms on a slow phone) that no first screen
 * needs.
 */
export function afterFirstScreen(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout: 2000 });
      else resolve();
    }, 5000);
  });
}
