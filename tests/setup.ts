import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { resetChangeLogService } from '@mocks/change-log/change-log-service';
import { resetMockControls } from '@mocks/controls';
import { server } from '@mocks/node';

// Lazy route chunks load slowly on a busy 2-core machine; wait up to 5 s for what a user would see.
configure({ asyncUtilTimeout: 5000 });

// A test fails on console.error (React warnings included): an error nobody asserts is a bug.
const originalError = console.error;
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    originalError(...args);
    throw new Error(`console.error in test: ${args.map(String).join(' ').slice(0, 500)}`);
  });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockControls();
  // Every test starts from the compiled data: an empty change log in memory.
  resetChangeLogService();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());
