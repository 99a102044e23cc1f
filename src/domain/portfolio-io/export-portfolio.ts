import { toCsv } from '../export/to-csv';
import { toJson } from '../export/to-json';
import type { Dependency } from '../schema/dependency';
import { PORTFOLIO_COLUMNS } from './portfolio-columns';

/** The envelope of a portfolio JSON file. */
export const PORTFOLIO_JSON_FORMAT = 'avrr-portfolio';
export const PORTFOLIO_JSON_VERSION = 1;
/**
 * The `format` cell of every row of a portfolio CSV: it tells the importer that the row was
 * written under the export rule, so the apostrophe added before = + - @ is taken off again.
 */
export const PORTFOLIO_CSV_FORMAT = 'avrr-portfolio-1';

/**
 * The portfolio as CSV (the export module's `toCsv`): the Dependency fields, share as a number,
 * text neutralised against formulas, and a `format` column that marks each row as written so.
 */
export function portfolioToCsv(dependencies: readonly Dependency[]): string {
  const rows = dependencies.map((d) => [
    ...PORTFOLIO_COLUMNS.map((c) => d[c] ?? ''),
    PORTFOLIO_CSV_FORMAT,
  ]);
  return toCsv([...PORTFOLIO_COLUMNS, 'format'], rows);
}

/** The portfolio as JSON ({ format, version, dependencies }), text values neutralised like the CSV's. */
export function portfolioToJson(dependencies: readonly Dependency[]): string {
  return toJson({
    format: PORTFOLIO_JSON_FORMAT,
    version: PORTFOLIO_JSON_VERSION,
    dependencies,
  });
}
