import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import Papa from 'papaparse';
import { expect } from 'vitest';

/** A CSV cell as Python's csv module reads it with QUOTE_NONNUMERIC: unquoted cells are floats. */
export type PythonCell = string | number;

// Python reads the bytes as a spreadsheet-minded script would: UTF-8, newline='' as the csv
// module asks, QUOTE_NONNUMERIC so that an unquoted cell must be a number (or it raises). One
// Python process per test worker reads every CSV of that worker, one base64 line each, and answers
// one JSON line each: starting Python for each CSV took 4 to 5 s of the node tests' time.
const PYTHON_READER = [
  'import base64, csv, io, json, sys',
  'for line in sys.stdin:',
  "    text = io.TextIOWrapper(io.BytesIO(base64.b64decode(line)), encoding='utf-8', newline='')",
  '    try:',
  "        answer = {'rows': list(csv.reader(text, quoting=csv.QUOTE_NONNUMERIC, strict=True))}",
  '    except Exception as error:',
  "        answer = {'error': type(error).__name__ + ': ' + str(error)}",
  "    sys.stdout.write(json.dumps(answer) + '\\n')",
  '    sys.stdout.flush()',
].join('\n');

interface PythonReader {
  read(csv: string): Promise<PythonCell[][]>;
}

// Kept on globalThis: the worker re-evaluates this module for each test file (isolate: false
// with vi.resetModules), and the one process serves them all.
const READER_KEY = Symbol.for('ai-vendor-risk-radar.tests.python-csv-reader');

function startPythonReader(): PythonReader {
  const child: ChildProcessWithoutNullStreams = spawn('python3', ['-c', PYTHON_READER]);
  const waiting: Array<{ resolve: (rows: PythonCell[][]) => void; reject: (e: Error) => void }> =
    [];
  let failure: Error | null = null;
  let buffered = '';
  let stderr = '';
  const failAll = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
    Reflect.deleteProperty(globalThis, READER_KEY);
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const next = waiting.shift();
      if (!next) continue;
      try {
        const answer = JSON.parse(line) as { rows?: PythonCell[][]; error?: string };
        if (answer.error !== undefined)
          next.reject(new Error(`Python's csv module: ${answer.error}`));
        else next.resolve(answer.rows ?? []);
      } catch (error) {
        next.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.on('error', (error) => failAll(error));
  child.on('exit', (code) => failAll(new Error(`python3 exited (${code}): ${stderr.trim()}`)));
  // The process must not keep the test worker alive once its tests are done.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void }).unref?.();
  }
  return {
    read(csv) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${Buffer.from(csv, 'utf8').toString('base64')}\n`);
      });
    },
  };
}

/** The rows of `csv` as Python 3's csv module reads them (python3 must be on the PATH, as in CI). */
export function readWithPython(csv: string): Promise<PythonCell[][]> {
  const slot = globalThis as unknown as Record<symbol, PythonReader | undefined>;
  slot[READER_KEY] ??= startPythonReader();
  return slot[READER_KEY].read(csv);
}

/** The rows of `csv` as papaparse reads them, failing the test on any parse error. */
export function readWithPapa(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { header: false, dynamicTyping: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Every row has as many cells as the header, and there is at least the header. */
export function expectRectangular(rows: ReadonlyArray<readonly unknown[]>): void {
  expect(rows.length).toBeGreaterThan(0);
  const width = rows[0]?.length ?? 0;
  expect(width).toBeGreaterThan(0);
  rows.forEach((row, i) => expect(row.length, `row ${i + 1}`).toBe(width));
}

/** A text cell a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Both readers agree on the table, it is rectangular, and no text cell starts a formula. */
export async function expectSafeCsv(
  csv: string,
): Promise<{ papa: string[][]; python: PythonCell[][] }> {
  const papa = readWithPapa(csv);
  const python = await readWithPython(csv);
  expectRectangular(papa);
  expectRectangular(python);
  expect(python.length).toBe(papa.length);
  python.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (typeof cell === 'string') {
        expect(cell, `row ${i + 1}, column ${j + 1}`).not.toMatch(FORMULA_START);
        expect(papa[i]?.[j]).toBe(cell);
      } else {
        // An unquoted cell is a number, and it reads back as the same number in papaparse.
        expect(Number(papa[i]?.[j])).toBe(cell);
      }
    }),
  );
  return { papa, python };
}
