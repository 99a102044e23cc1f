import Papa from 'papaparse';
import { neutraliseCell } from '../portfolio-io/cell-neutralisation';
import { FACTOR_KEYS } from '../risk/settings';
import type { RiskReport } from './build-risk-report';
import { settingsLine } from './report-text';

function num(n: number | null, digits = 2): string {
  return n === null ? '' : n.toFixed(digits);
}

/**
 * The provider ranking as CSV, one row per provider, every row stamped with the as-of date,
 * methodology id, settings, data set version and compile date (so a row copied elsewhere keeps
 * its context). Text cells are neutralised against spreadsheet formulas.
 */
export function reportToCsv(report: RiskReport): string {
  const s = report.scenario;
  const fields = [
    'rank',
    'provider_id',
    'provider',
    'platform_risk',
    'grade',
    ...FACTOR_KEYS.map((k) => `factor_${k}`),
    'exposure_points',
    'portfolio_share',
    'scenario',
    'scenario_horizon',
    'scenario_risk',
    'scenario_delta',
    'as_of',
    'methodology_id',
    'settings',
    'dataset_version',
    'compiled_on',
  ];
  const data = report.ranking.map((r) => {
    const d = s?.providers.find((p) => p.providerId === r.providerId);
    return [
      r.rank === null ? '' : String(r.rank),
      r.providerId,
      r.provider,
      num(r.risk),
      r.grade ?? 'no data',
      ...FACTOR_KEYS.map((k) => num(r.factors[k])),
      num(r.exposure),
      r.share === null ? '' : r.share.toFixed(4),
      s?.name ?? '',
      s?.horizon ?? '',
      num(d?.scenario ?? null),
      num(d?.delta ?? null),
      report.asOf,
      report.methodologyId,
      settingsLine(report.settings),
      report.dataset.version,
      report.dataset.compiledOn,
    ].map(neutraliseCell);
  });
  return Papa.unparse({ fields, data }, { quotes: true, newline: '\r\n', escapeFormulae: false });
}
