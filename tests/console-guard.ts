/*
 * The strict console-error guard shared by both setup files: every console.error (React's
 * warnings included) during a test fails that test. It is a plain wrapper, not a `vi.spyOn`, so
 * `vi.restoreAllMocks()` in a test file cannot remove it; calls are recorded rather than thrown,
 * so an error that code under test catches and swallows (React, a promise chain) still counts.
 */

export interface ConsoleErrorRecord {
  /** The arguments joined as text, cut to 500 characters. */
  message: string;
  /** Where console.error was called from. */
  stack: string;
}

type ConsoleError = typeof console.error;

// Marks a guard, so that a guard from another copy of this module (the test projects evaluate
// it again for each test file) is unwrapped rather than wrapped.
const GUARD_OUTPUT = Symbol.for('tests.console-guard.output');
type MaybeGuard = ConsoleError & { [GUARD_OUTPUT]?: ConsoleError | null };

const recorded: ConsoleErrorRecord[] = [];
// The console.error found at the first install: the guard writes through to it. It is never a
// later replacement (a spy), so restoring that spy cannot make the guard call itself.
let output: ConsoleError | null = null;

function guard(...args: unknown[]): void {
  recorded.push({
    message: args.map(String).join(' ').slice(0, 500),
    stack: new Error('console.error').stack ?? '',
  });
  output?.apply(console, args);
}
Object.defineProperty(guard, GUARD_OUTPUT, { get: () => output });

/** Wrap console.error (again, if a test replaced it); the output still reaches the terminal. */
export function installConsoleGuard(): void {
  if (console.error === guard) return;
  const current: MaybeGuard = console.error;
  output ??= current[GUARD_OUTPUT] ?? current;
  console.error = guard;
}

/** Put back the console.error that was there before `installConsoleGuard`. */
export function uninstallConsoleGuard(): void {
  if (output && console.error === guard) console.error = output;
  output = null;
}

/** The calls recorded since the last `takeConsoleErrors`, which forgets them. */
export function takeConsoleErrors(): ConsoleErrorRecord[] {
  return recorded.splice(0, recorded.length);
}

/**
 * Throw if console.error was called since the last check, or if a test left console.error
 * replaced (a spy that silences it); re-install the guard either way, so the next test is
 * guarded too.
 */
export function assertNoConsoleErrors(): void {
  const replaced = console.error !== guard;
  installConsoleGuard();
  const calls = takeConsoleErrors();
  if (calls.length > 0) {
    const list = calls.map((c, i) => `  ${i + 1}. ${c.message}`).join('\n');
    const first = calls[0]?.stack.split('\n').slice(2, 8).join('\n') ?? '';
    throw new Error(
      `console.error was called ${calls.length} time(s) in this test:\n${list}\nfirst call from:\n${first}`,
    );
  }
  if (replaced) {
    throw new Error('console.error was replaced in this test and not restored: the guard is back.');
  }
}
