import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from 'vitest/config';

// Unit tests that need a browser: a page URL for fetch (the data service contract) and
// localStorage (the stores' persistence). Every other unit test is pure and runs in node.
const DOM_UNIT_TESTS = ['tests/unit/api-contract.test.ts', 'tests/unit/portfolio-stores.test.ts'];

/**
 * The gate's two projects: pure tests in node (no DOM to build), component tests and the few
 * unit tests above in jsdom. Each has its own setup file with the same console-error guard.
 * tests/unit/console-guard.test.ts runs a fixture through these same projects.
 */
export function gateProjects(files: { node: string[]; dom: string[]; exclude?: string[] }): TestProjectInlineConfiguration[] {
  return [
    {
      extends: true,
      test: {
        name: 'node',
        environment: 'node',
        setupFiles: ['./tests/setup-node.ts'],
        include: files.node,
        exclude: files.exclude ?? [],
      },
    },
    {
      extends: true,
      test: { name: 'dom', environment: 'jsdom', setupFiles: ['./tests/setup.ts'], include: files.dom },
    },
  ];
}

/** Everything but the projects: aliases and how the tests run (shared with the fixture's config). */
export const gateConfig = {
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
    // A worker keeps packages (React DOM, Testing Library, MSW) and its jsdom window loaded from
    // one file to the next; the app's own modules and the document are reset between files
    // (tests/file-boundary.ts), so each file still starts from a fresh app.
    isolate: false,
  },
} satisfies ViteUserConfig;

export default defineConfig({
  ...gateConfig,
  test: {
    ...gateConfig.test,
    projects: gateProjects({
      node: ['tests/unit/**/*.test.{ts,tsx}'],
      exclude: DOM_UNIT_TESTS,
      dom: ['tests/components/**/*.test.{ts,tsx}', ...DOM_UNIT_TESTS],
    }),
  },
});
