/*
 * The test projects run with `isolate: false`: a worker keeps its module cache (and, in the DOM
 * project, its DOM window) from one test file to the next, which saves evaluating React DOM,
 * Testing Library, MSW and the DOM again for every file. What a file must not inherit from the one
 * before is reset here, at the end of each file, so each file still starts as it would in a
 * fresh worker: the app's own modules (stores, mock controls, the data set, the HTTP client's
 * settings) are evaluated again, spies and stubs are undone, and the document is emptied.
 */
import { vi } from 'vitest';

/** Undo what a test file may leave behind in the worker; call in the setup file's afterAll. */
export function resetBetweenFiles(): void {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.useRealTimers();
  // Every module that is not a package (src/, mocks/, tests/) is evaluated afresh by the next
  // file; packages in node_modules stay loaded, which is the saving.
  vi.resetModules();
  if (typeof document !== 'undefined') {
    // As a new document starts: no attributes on <html> (the theme), empty head and body.
    for (const name of document.documentElement.getAttributeNames()) {
      document.documentElement.removeAttribute(name);
    }
    document.head.replaceChildren();
    document.body.replaceChildren();
    for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
    document.title = '';
    localStorage.clear();
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  }
}
