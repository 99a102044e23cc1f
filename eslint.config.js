import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One block per feature: a feature imports no other feature (shared code lives in components,
// lib, api, stores or domain), so a feature can be changed or removed on its own.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureFences = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: FEATURES.filter((other) => other !== feature).map((other) => ({
          group: [`@/features/${other}/*`, `../${other}/*`],
          message: 'A feature does not import another feature: move the shared piece to components, lib or domain.',
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text.' },
        {
          selector: "ImportDeclaration[source.value='zod']",
          message: "Import z from '@/domain/schema/zod', which configures zod before any schema is built.",
        },
      ],
    },
  },
  { files: ['src/domain/schema/zod.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            '@tanstack/*',
            'msw',
            'msw/*',
            '**/api/**',
            '**/features/**',
            '**/stores/**',
            '**/components/**',
            '**/lib/**',
            '**/app/**',
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no browser, no clock, no randomness (callers pass dates and seeds in).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'indexedDB'].map(
          (name) => ({ name, message: 'src/domain is pure: pass what it needs in.' }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/domain has no clock: pass the date in.' },
        { object: 'Math', property: 'random', message: 'src/domain is deterministic: pass a seed in.' },
      ],
    },
  },
  {
    files: ['src/components/**', 'src/api/**', 'src/stores/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/app/**', '@/features/*', '@/app/*'] }],
    },
  },
  ...featureFences,
  {
    // Type-aware rules: a promise is awaited or handled on purpose, never dropped by accident.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
