/*
 * `npm run bench`: prints one figure per line, `name: value unit` (median of ≥ 5 runs after a
 * warm-up). The suites are loaded through tsx with the app's tsconfig so the `@/` alias used
 * by the mocks resolves; `npm run bench -- risk` runs only the suites whose name matches.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { formatFigure, type BenchSuite } from './harness';

const tsconfig = fileURLToPath(new URL('../../tsconfig.app.json', import.meta.url));
const loaded: unknown = await tsImport('./suites.ts', { parentURL: import.meta.url, tsconfig });

function isSuiteModule(value: unknown): value is { suites: BenchSuite[] } {
  return typeof value === 'object' && value !== null && 'suites' in value && Array.isArray(value.suites);
}
if (!isSuiteModule(loaded)) throw new Error('tests/bench/suites.ts must export `suites`.');

const only = process.argv.slice(2);
for (const suite of loaded.suites) {
  if (only.length > 0 && !only.some((name) => suite.name.includes(name))) continue;
  for (const figure of await suite.run()) console.log(formatFigure(figure));
}
