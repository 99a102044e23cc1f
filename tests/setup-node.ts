// Setup of the node project: the pure tests (domain, view models, mocks' data) that need no DOM.
// They make no requests (the DOM project covers the data service), so no MSW server here.
import { afterAll, afterEach, beforeEach } from 'vitest';
import { resetAppState } from './app-state';
import { assertNoConsoleErrors, installConsoleGuard, uninstallConsoleGuard } from './console-guard';
import { resetBetweenFiles } from './file-boundary';

// A test fails on console.error: an error nobody asserts is a bug (see tests/console-guard.ts).
installConsoleGuard();
beforeEach(installConsoleGuard);
afterEach(assertNoConsoleErrors);
afterAll(() => {
  try {
    assertNoConsoleErrors();
  } finally {
    // Spies first, so a spy on console.error is undone before the guard hands console back.
    resetBetweenFiles({ keepModules: true });
    resetAppState();
    uninstallConsoleGuard();
  }
});
