/**
 * Spreadsheet formula neutralisation (OWASP "CSV injection"): a text cell that a spreadsheet
 * would read as a formula gets a leading apostrophe on export, and the importer removes exactly
 * that apostrophe, so export then import gives back the same text.
 *
 * A cell is dangerous when it starts with = + - @, a tab or a carriage return. To keep the round
 * trip exact, a cell that already starts with apostrophes followed by one of those characters
 * gets one more apostrophe too (otherwise "'=x" would come back as "=x").
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
const HAS_ADDED_APOSTROPHE = /^'+[=+\-@\t\r]/;

/** The cell as it is written to an export: with a leading apostrophe when a spreadsheet could run it. */
export function neutraliseCell(value: string): string {
  return NEEDS_APOSTROPHE.test(value) ? `'${value}` : value;
}

/** The cell as it was before `neutraliseCell`: removes the one apostrophe that function adds. */
export function restoreCell(value: string): string {
  return HAS_ADDED_APOSTROPHE.test(value) ? value.slice(1) : value;
}
