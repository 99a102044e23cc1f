import Papa from 'papaparse';
import type { Dependency } from '../schema/dependency';
import { neutraliseCell } from './cell-neutralisation';
import { PORTFOLIO_COLUMNS } from './portfolio-columns';

/** The envelope of a portfolio JSON file. */
export const PORTFOLIO_JSON_FORMAT = 'avrr-portfolio';
export const PORTFOLIO_JSON_VERSION = 1;

function neutralised(d: Dependency): Dependency {
  return {
    ...d,
    id: neutraliseCell(d.id),
    workload: neutraliseCell(d.workload),
    modelId: neutraliseCell(d.modelId),
    notes: neutraliseCell(d.notes),
  };
}

/** The portfolio as CSV (RFC 4180, every cell quoted, CRLF), text cells neutralised against formulas. */
export function portfolioToCsv(dependencies: readonly Dependency[]): string {
  const rows = dependencies.map((raw) => {
    const d = neutralised(raw);
    return PORTFOLIO_COLUMNS.map((c) => (c === 'share' ? String(d.share) : d[c]));
  });
  return Papa.unparse(
    { fields: [...PORTFOLIO_COLUMNS], data: rows },
    { quotes: true, newline: '\r\n', escapeFormulae: false },
  );
}

/** The portfolio as JSON ({ format, version, dependencies }), text values neutralised like the CSV's. */
export function portfolioToJson(dependencies: readonly Dependency[]): string {
  return JSON.stringify(
    {
      format: PORTFOLIO_JSON_FORMAT,
      version: PORTFOLIO_JSON_VERSION,
      dependencies: dependencies.map(neutralised),
    },
    null,
    2,
  );
}
