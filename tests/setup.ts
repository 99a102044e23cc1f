// Setup of the DOM project (jsdom): component tests and the unit tests that need a browser
// (a page URL for fetch, localStorage). The pure tests use tests/setup-node.ts.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetChangeLogService } from '@mocks/change-log/change-log-service';
import { resetMockControls } from '@mocks/controls';
import { server } from '@mocks/node';
import { assertNoConsoleErrors, installConsoleGuard, uninstallConsoleGuard } from './console-guard';
import { resetBetweenFiles } from './file-boundary';

// Lazy route chunks load slowly on a busy 2-core machine; wait up to 5 s for what a user would see.
configure({ asyncUtilTimeout: 5000 });

// A test fails on console.error (React warnings included): an error nobody asserts is a bug.
// The guard records calls and fails the test in afterEach; vi.restoreAllMocks() cannot remove it.
installConsoleGuard();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(installConsoleGuard);
afterEach(() => {
  try {
    cleanup();
    server.resetHandlers();
    resetMockControls();
    // Every test starts from the compiled data: an empty change log in memory.
    resetChangeLogService();
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  } finally {
    // Last, so an error logged while the page unmounts still fails this test.
    assertNoConsoleErrors();
  }
});
afterAll(() => {
  server.close();
  try {
    assertNoConsoleErrors();
  } finally {
    // Spies first, so a spy on console.error is undone before the guard hands console back.
    resetBetweenFiles();
    uninstallConsoleGuard();
  }
});
