import { neutraliseCell } from '../portfolio-io/cell-neutralisation';
import type { RiskReport } from './build-risk-report';

function neutraliseDeep(value: unknown): unknown {
  if (typeof value === 'string') return neutraliseCell(value);
  if (Array.isArray(value)) return value.map(neutraliseDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutraliseDeep(v)]));
  }
  return value;
}

/** The whole report as JSON; every text value is neutralised against spreadsheet formulas, like the CSV. */
export function reportToJson(report: RiskReport): string {
  return JSON.stringify(
    { format: 'avrr-risk-report', version: 1, report: neutraliseDeep(report) },
    null,
    2,
  );
}
