import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/report-bundle.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A small build: the landing route is the entry, the app and the Overview page; the mock worker
// and a later chunk are not part of it.
const files: Record<string, string> = {
  'assets/entry.js': 'import("./app.js");'.repeat(40),
  'assets/app.js':
    'export const app = [' + Array.from({ length: 400 }, (_, i) => i * 7919).join(',') + '];',
  'assets/overview.js': 'export default function OverviewPage() { return "Overview"; }'.repeat(20),
  'assets/mocks.js': 'export const worker = "msw";'.repeat(300),
  'assets/later.js': 'export const chart = "recharts";'.repeat(300),
};
const dist = join(dir, 'dist');
mkdirSync(join(dist, '.vite'), { recursive: true });
mkdirSync(join(dist, 'assets'));
for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
writeFileSync(
  join(dist, '.vite', 'manifest.json'),
  JSON.stringify({
    'index.html': { file: 'assets/entry.js', isEntry: true },
    'src/boot.tsx': { file: 'assets/app.js' },
    'src/features/overview/overview-page.tsx': { file: 'assets/overview.js' },
    'mocks/browser.ts': { file: 'assets/mocks.js' },
    'src/features/models/models-page.tsx': { file: 'assets/later.js' },
  }),
);
const landingBytes = ['assets/entry.js', 'assets/app.js', 'assets/overview.js']
  .map((f) => gzipSync(files[f] ?? '').length)
  .reduce((a, b) => a + b, 0);

function report(budget: number) {
  const budgets = join(dir, `budgets-${budget}.json`);
  writeFileSync(budgets, JSON.stringify({ landingRouteJsGzipBytes: { budget, tolerance: 0.05 } }));
  return spawnSync(process.execPath, [script, dist, '--budgets', budgets], { encoding: 'utf8' });
}

describe('the landing route budget in report-bundle', () => {
  it('passes up to 5% over the budget', () => {
    const run = report(Math.ceil(landingBytes / 1.05));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `budget met: landing route JavaScript (gzip) is ${landingBytes} bytes`,
    );
  });

  it('fails the build just over 5% over the budget, and says what to do', () => {
    const run = report(Math.floor(landingBytes / 1.05) - 1);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `BUDGET MISSED: landing route JavaScript (gzip) is ${landingBytes} bytes`,
    );
    expect(run.stderr).toContain('raise landingRouteJsGzipBytes.budget');
  });

  it('counts only the landing route, not the mock worker or later chunks', () => {
    // A budget the landing route meets, which the mock worker or the later chunk would break.
    const run = report(landingBytes);
    expect(run.status, run.stderr).toBe(0);
    expect(gzipSync(files['assets/mocks.js'] ?? '').length).toBeGreaterThan(landingBytes * 0.05);
  });
});

describe('the landing route as the build lists it in index.html', () => {
  // Grouped chunks: the Overview's modules sit in a chunk the manifest names by its group, so
  // the count follows the list the app itself preloads (#first-screen-chunks).
  const grouped = join(dir, 'grouped');
  mkdirSync(join(grouped, '.vite'), { recursive: true });
  mkdirSync(join(grouped, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(grouped, name), text);
  writeFileSync(
    join(grouped, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/entry.js', isEntry: true },
      'src/boot.tsx': { file: 'assets/app.js' },
      'mocks/browser.ts': { file: 'assets/mocks.js' },
      _overview: { file: 'assets/overview.js' },
    }),
  );
  const list = {
    every: { js: ['/assets/app.js'] },
    routes: { '/': { js: ['/assets/overview.js'] } },
  };
  writeFileSync(
    join(grouped, 'index.html'),
    `<html><body><script type="application/json" id="first-screen-chunks">${JSON.stringify(list)}</script></body></html>`,
  );

  it('counts the chunks listed for the first screen, the Overview’s included', () => {
    const budgets = join(dir, 'budgets-grouped.json');
    writeFileSync(
      budgets,
      JSON.stringify({ landingRouteJsGzipBytes: { budget: landingBytes, tolerance: 0.05 } }),
    );
    const run = spawnSync(process.execPath, [script, grouped, '--budgets', budgets], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `budget met: landing route JavaScript (gzip) is ${landingBytes} bytes`,
    );
  });
});
