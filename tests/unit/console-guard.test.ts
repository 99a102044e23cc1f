import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { assertNoConsoleErrors, takeConsoleErrors } from '../console-guard';

describe('the console-error guard', () => {
  it('still records console.error after vi.restoreAllMocks(), and the check fails on it', () => {
    vi.restoreAllMocks();
    console.error('guard probe: after restoreAllMocks');
    // The check throws and forgets the call, so this test's own afterEach then passes.
    expect(() => assertNoConsoleErrors()).toThrow(
      /console\.error was called 1 time\(s\)[\s\S]*guard probe: after restoreAllMocks/,
    );
    expect(takeConsoleErrors()).toEqual([]);
  });

  it('fails a test that leaves console.error replaced, and guards again after it', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    console.error('guard probe: silenced by a spy');
    expect(() => assertNoConsoleErrors()).toThrow(/replaced in this test/);
    spy.mockRestore();
    console.error('guard probe: after the spy');
    expect(takeConsoleErrors().map((c) => c.message)).toEqual(['guard probe: after the spy']);
  });

  it('fails a real test run on a console.error after vi.restoreAllMocks(), in node and in jsdom', () => {
    const config = fileURLToPath(new URL('../fixtures/console-guard/vitest.config.ts', import.meta.url));
    const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'console-guard-'));
    const out = join(dir, 'report.json');
    const run = spawnSync(
      process.execPath,
      [vitest, 'run', '--config', config, '--reporter=json', `--outputFile=${out}`],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(1);
    const text = readFileSync(out, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    const report = JSON.parse(text) as {
      testResults: Array<{
        name: string;
        assertionResults: Array<{ title: string; status: string; failureMessages: string[] }>;
      }>;
    };
    const results = report.testResults.flatMap((file) => file.assertionResults);
    // Two projects (node, jsdom), each running the fixture's two tests.
    expect(results.map((r) => [r.title, r.status]).sort()).toEqual([
      ['logs a console.error after vi.restoreAllMocks()', 'failed'],
      ['logs a console.error after vi.restoreAllMocks()', 'failed'],
      ['logs nothing', 'passed'],
      ['logs nothing', 'passed'],
    ]);
    for (const r of results.filter((x) => x.status === 'failed')) {
      expect(r.failureMessages.join('\n')).toMatch(
        /console\.error was called 1 time\(s\)[\s\S]*fixture: an error nobody asserts/,
      );
    }
  }, 150_000);
});
