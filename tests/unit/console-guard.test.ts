// Runs in both test projects (node and jsdom), so it checks each setup file's wiring.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
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

  // The two tests below go together, in this order. The first must fail, through the setup
  // file's afterEach alone (its body asserts nothing); `it.fails` turns that failure into a
  // pass and a pass into a failure. The second checks it failed for the right reason.
  let failures: string[] | null = null;

  it.fails('a test that logs a console.error after vi.restoreAllMocks() fails', () => {
    onTestFinished(({ task }) => {
      failures = (task.result?.errors ?? []).map((e) => e.message ?? '');
    });
    vi.restoreAllMocks();
    console.error('guard probe: an error nobody asserts');
  });

  it('…and it failed on that console.error, in the setup file’s afterEach', () => {
    expect(failures).toHaveLength(1);
    expect(failures?.[0]).toMatch(
      /console\.error was called 1 time\(s\)[\s\S]*guard probe: an error nobody asserts/,
    );
  });
});
