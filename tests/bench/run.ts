/*
 * `npm run bench`: prints one figure per line, `name: value unit` (median of ≥ 5 runs after a
 * warm-up), then checks the targets of tests/bench/targets.ts for the suites it ran and exits
 * with 1 when one is missed or was not measured. The suites are loaded through tsx with the
 * app's tsconfig so the `@/` alias used by the mocks resolves; `npm run bench -- risk` runs only
 * the suites whose name matches.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { formatFigure, type BenchFigure, type BenchSuite } from './harness';
import { checkTargets, formatVerdicts, TARGETS } from './targets';

const tsconfig = fileURLToPath(new URL('../../tsconfig.app.json', import.meta.url));
const loaded: unknown = await tsImport('./suites.ts', { parentURL: import.meta.url, tsconfig });

function isSuiteModule(value: unknown): value is { suites: BenchSuite[] } {
  return (
    typeof value === 'object' && value !== null && 'suites' in value && Array.isArray(value.suites)
  );
}
if (!isSuiteModule(loaded)) throw new Error('tests/bench/suites.ts must export `suites`.');

const only = process.argv.slice(2);
const ran: string[] = [];
const figures: BenchFigure[] = [];
for (const suite of loaded.suites) {
  if (only.length > 0 && !only.some((name) => suite.name.includes(name))) continue;
  ran.push(suite.name);
  for (const figure of await suite.run()) {
    figures.push(figure);
    console.log(formatFigure(figure));
  }
}

// The targets of the suites that ran (a figure belongs to the suite named before its first dot).
const verdicts = checkTargets(
  figures,
  TARGETS.filter((t) => ran.includes(t.name.split('.')[0] ?? '')),
);
if (verdicts.length > 0) {
  console.log('\nbench targets:');
  for (const line of formatVerdicts(verdicts)) console.log(line);
  if (verdicts.some((v) => !v.met)) process.exitCode = 1;
}
