/*
 * The test projects run with `isolate: false`: a worker keeps its module cache (and, in the DOM
 * project, its DOM window) from one test file to the next, which saves evaluating React DOM,
 * Testing Library, MSW and the DOM again for every file. What a file must not inherit from the one
 * before is reset here, at the end of each file, so each file still starts as it would in a
 * fresh worker: spies and stubs are undone, the document is emptied, and in the DOM project the
 * app's own modules (stores, mock controls, the data set, the HTTP client's settings) are
 * evaluated again. The node project's pure tests keep the app's modules loaded (evaluating them
 * again was about a sixth of that project's time) and reset the state those modules hold instead
 * (tests/setup-node.ts).
 */
import { vi } from 'vitest';

/**
 * Undo what a test file may leave behind in the worker; call in the setup file's afterAll.
 * `keepModules`: leave the app's modules loaded (the caller resets their state).
 */
export function resetBetweenFiles({ keepModules = false } = {}): void {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.useRealTimers();
  // Every module that is not a package (src/, mocks/, tests/) is evaluated afresh by the next
  // file; packages in node_modules stay loaded, which is the saving.
  if (!keepModules) vi.resetModules();
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
