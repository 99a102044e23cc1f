import Papa from 'papaparse';
import { BIDI_CONTROLS } from './bidi-controls';
import { neutraliseCell } from './cell-neutralisation';

/** A CSV cell: text, a number, or null for an empty cell. */
export type CsvCell = string | number | null;

/**
 * A table as CSV (RFC 4180, via papaparse, CRLF, no line after the last row): every text cell,
 * header included, quoted and neutralised against spreadsheet formulas, with direction controls
 * removed; every finite number unquoted and as it is ("-10.5"), so a spreadsheet or Python's
 * `csv.QUOTE_NONNUMERIC` reads it as a number; null and non-finite numbers as an empty text
 * cell. Settings, filters and other stamps go in columns of their own, never in comment lines.
 * Throws when a row does not have one cell per field (a bug in the caller, not in the data).
 */
export function toCsv(fields: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const text = (s: string) => neutraliseCell(s.replace(BIDI_CONTROLS, ''));
  const data = rows.map((row, r) => {
    if (row.length !== fields.length)
      throw new Error(`CSV row ${r + 1} has ${row.length} cells for ${fields.length} fields`);
    return row.map((cell) =>
      typeof cell === 'number' && Number.isFinite(cell)
        ? cell
        : text(typeof cell === 'string' ? cell : ''),
    );
  });
  return Papa.unparse(
    { fields: fields.map(text), data },
    {
      newline: '\r\n',
      quotes: (value: unknown) => typeof value !== 'number',
      escapeFormulae: false,
    },
  );
}
