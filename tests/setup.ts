// Setup of the DOM project (happy-dom, or jsdom with TEST_DOM=jsdom): component tests and the
// unit tests that need a browser (a page URL for fetch, localStorage). The pure tests use
// tests/setup-node.ts.
import '@testing-library/jest-dom/vitest';
import * as React from 'react';
import { cleanup, configure, getConfig, prettyDOM } from '@testing-library/react';
import CSSPropertyManager from 'happy-dom/lib/css/declaration/property-manager/CSSPropertyManager.js';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { RequestHandler } from 'msw';
import { setLocalTransport } from '@/api/local-transport';
import { resetChangeLogService } from '@mocks/change-log/change-log-service';
import { inPageAnswerer } from '@mocks/in-page-transport';
import { resetMockControls } from '@mocks/controls';
import { server } from '@mocks/node';
import { assertNoConsoleErrors, installConsoleGuard, uninstallConsoleGuard } from './console-guard';
import { resetBetweenFiles } from './file-boundary';

interface HappyPropertyManager {
  properties: Record<string, { value: string; important: boolean }>;
  definedPropertyNames: Record<string, boolean>;
}

// React's development build records an "owner stack" (a new Error with a captured stack) for
// every element it creates, only to show where a component was rendered from in a warning. It was
// about 8% of the component tests' time; warnings still fail a test (the console guard below),
// with the component stack only. REACT_OWNER_STACKS=1 npm test brings the owner stacks back for
// debugging a warning.
if (process.env.REACT_OWNER_STACKS !== '1') {
  const internals = (React as unknown as Record<string, object>)
    .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
  // React creates an owner stack while this count is under 10,000; it is reset once a second.
  Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', {
    configurable: true,
    get: () => Number.POSITIVE_INFINITY,
    set: () => undefined,
  });
}

const happyDom = navigator.userAgent.includes('HappyDOM');

// The two DOMs made alike where the app meets a difference (ADR 0007). happy-dom has a
// ResizeObserver that measures every box as 0 by 0, so Recharts' ResponsiveContainer would draw
// nothing; without one (as in jsdom) the charts draw at their initial dimension. happy-dom has no
// window.print; the tests that print spy on it.
if (happyDom) {
  Reflect.deleteProperty(window, 'ResizeObserver');
  if (typeof window.print !== 'function') window.print = () => undefined;
}

// happy-dom computes a style by cloning the inherited properties at every ancestor, with
// structuredClone; Testing Library's role queries ask for the style of every node they name. The
// same copy without structuredClone (each property is a { value, important } pair of primitives)
// was about 4% of the component tests' time (ADR 0007).
if (happyDom) {
  const proto = CSSPropertyManager.prototype as unknown as {
    clone(this: HappyPropertyManager): HappyPropertyManager;
  };
  proto.clone = function clone(this: HappyPropertyManager) {
    const copy = new (this.constructor as new () => HappyPropertyManager)();
    const properties: HappyPropertyManager['properties'] = {};
    for (const [name, property] of Object.entries(this.properties))
      properties[name] = { ...property };
    copy.properties = properties;
    copy.definedPropertyNames = { ...this.definedPropertyNames };
    return copy;
  };
}

// Lazy route chunks load slowly on a busy 2-core machine; wait up to 5 s for what a user would see.
configure({
  asyncUtilTimeout: 5000,
  // Testing Library's own message, but without the document for an attempt inside waitFor or a
  // findBy query: such an error is thrown away unless it is the last, and waitFor adds the
  // document to the last one when it times out. Printing the whole document at every attempt
  // was about 2% of the component tests' time (ADR 0007). A query that fails outside waitFor
  // prints it as before.
  getElementError(message, container) {
    const attempt = (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })
      ._disableExpensiveErrorDiagnostics;
    const dom = attempt
      ? null
      : `Ignored nodes: comments, ${getConfig().defaultIgnore}\n${prettyDOM(container)}`;
    const error = new Error([message, dom].filter(Boolean).join('\n\n'));
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// A test fails on console.error (React warnings included): an error nobody asserts is a bug.
// The guard records calls and fails the test in afterEach; vi.restoreAllMocks() cannot remove it.
installConsoleGuard();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The app's requests are answered in the page, as the bundled service answers them at scale:N
// (mocks/browser.ts): by the MSW server's handlers (a test's server.use() included), each
// collection handed over as a value and checked with the shared-records check, with no JSON text
// made, parsed and validated record by record in every test (about 8% of the component tests'
// time, ADR 0007). The HTTP client's network path is tested on its own (api-contract.test.ts
// sets the transport back to the network), and the worker's in the browser journeys.
setLocalTransport(
  Promise.resolve(
    inPageAnswerer(() =>
      server.listHandlers().filter((h): h is RequestHandler => h instanceof RequestHandler),
    ),
  ),
);
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
