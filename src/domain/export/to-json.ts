import { neutraliseCell } from './cell-neutralisation';

function neutraliseStrings(value: unknown): unknown {
  if (typeof value === 'string') return neutraliseCell(value);
  if (Array.isArray(value)) return value.map(neutraliseStrings);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutraliseStrings(v)]));
  }
  return value;
}

// Direction controls and the two Unicode line breaks, written as escapes: the value is the same
// once parsed, and the file shows no invisible character that reorders or breaks its lines.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/**
 * A value as JSON (two-space indent) under the export rule: every string value neutralised
 * against spreadsheet formulas like a CSV cell (JSON ends up in spreadsheets through Power
 * Query and pasted tables), numbers left as numbers (callers round them as shown), direction
 * controls and U+2028/U+2029 written as \u escapes. Keys are the app's own and stay as they are.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(neutraliseStrings(value), null, 2).replace(
    INVISIBLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
