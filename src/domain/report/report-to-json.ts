import { toJson } from '../export/to-json';
import type { RiskReport } from './build-risk-report';
import { roundedReport } from './rounded-report';

/**
 * The whole report as JSON (the export module's `toJson`): figures rounded as shown, every text
 * value neutralised against spreadsheet formulas like the CSV's.
 */
export function reportToJson(report: RiskReport): string {
  return toJson({ format: 'avrr-risk-report', version: 1, report: roundedReport(report) });
}
