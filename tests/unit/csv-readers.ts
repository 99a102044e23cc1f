import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { expect } from 'vitest';

/** A CSV cell as Python's csv module reads it with QUOTE_NONNUMERIC: unquoted cells are floats. */
export type PythonCell = string | number;

// Python reads the bytes as a spreadsheet-minded script would: UTF-8, newline='' as the csv
// module asks, QUOTE_NONNUMERIC so that an unquoted cell must be a number (or it raises).
const PYTHON_READER = [
  'import csv, io, json, sys',
  "text = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')",
  'rows = list(csv.reader(text, quoting=csv.QUOTE_NONNUMERIC, strict=True))',
  'json.dump(rows, sys.stdout)',
].join('\n');

/** The rows of `csv` as Python 3's csv module reads them (python3 must be on the PATH, as in CI). */
export function readWithPython(csv: string): PythonCell[][] {
  const out = execFileSync('python3', ['-c', PYTHON_READER], {
    input: csv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as PythonCell[][];
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
export function expectSafeCsv(csv: string): { papa: string[][]; python: PythonCell[][] } {
  const papa = readWithPapa(csv);
  const python = readWithPython(csv);
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
