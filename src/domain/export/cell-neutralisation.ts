/**
 * Spreadsheet formula neutralisation (OWASP "CSV injection"), the one rule of every export: a
 * text value that a spreadsheet would read as a formula (it starts with = + - @, a tab or a
 * carriage return) gets a leading apostrophe. Numbers are written as numbers and never touched.
 *
 * To keep export then import exact, a value that already starts with apostrophes followed by
 * one of those characters gets one more (otherwise "'=x" would come back as "=x"), and the
 * importer removes exactly one apostrophe, but only from a file that says it was written this
 * way (ADR 0008): a hand-made file keeps its apostrophes.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
const HAS_ADDED_APOSTROPHE = /^'+[=+\-@\t\r]/;

/** The text as it is written to an export: with a leading apostrophe when a spreadsheet could run it. */
export function neutraliseCell(value: string): string {
  return NEEDS_APOSTROPHE.test(value) ? `'${value}` : value;
}

/** The text as it was before `neutraliseCell`: removes the one apostrophe that function adds. */
export function restoreCell(value: string): string {
  return HAS_ADDED_APOSTROPHE.test(value) ? value.slice(1) : value;
}
