import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit tests that need a browser: every .tsx one (it renders), and these, which need a page URL
// for fetch (the data service contract) or localStorage (the stores' persistence). Every other
// unit test is pure and runs in node, where touching the DOM is a ReferenceError: add such a
// test here.
const DOM_UNIT_TESTS = [
  'tests/unit/**/*.test.tsx',
  'tests/unit/api-contract.test.ts',
  'tests/unit/persisted-stores.test.ts',
  'tests/unit/portfolio-stores.test.ts',
  'tests/unit/alert-stores.test.ts',
  'tests/unit/change-handlers.test.ts',
  'tests/unit/openapi.test.ts',
  'tests/unit/in-page-list.test.ts',
  // These load page modules: in the DOM project they are transformed already.
  'tests/unit/route-list.test.ts',
  'tests/unit/preload-page.test.ts',
];
// The console-error guard's own test runs in both projects, to check both setup files.
const BOTH = ['tests/unit/console-guard.test.ts'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  test: {
    testTimeout: 20000,
    pool: 'threads',
    // The machine has two cores; more workers only contend for them.
    maxWorkers: 2,
    // A worker keeps packages (React DOM, Testing Library, MSW) and its DOM window loaded from
    // one file to the next; the app's own modules and the document are reset between files
    // (tests/file-boundary.ts), so each file still starts from a fresh app.
    isolate: false,
    projects: [
      {
        // Pure tests (domain, view models, the mocks' data): no DOM to build.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['./tests/setup-node.ts'],
          include: ['tests/unit/**/*.test.ts'],
          exclude: DOM_UNIT_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          // happy-dom: the same tests in about two thirds of jsdom's time (ADR 0007). jsdom stays
          // installed: `npm run test:jsdom` runs every DOM test in it, to cross-check.
          environment: process.env.TEST_DOM === 'jsdom' ? 'jsdom' : 'happy-dom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/components/**/*.test.{ts,tsx}', ...DOM_UNIT_TESTS, ...BOTH],
        },
      },
    ],
  },
});
