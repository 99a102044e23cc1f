import { componentColumn } from '../catalog/catalog-export';
import { toCsv, type CsvCell } from '../export/to-csv';
import { OPENNESS_COMPONENT_KEYS } from '../openness/openness-components';
import { TIER_SHARE_KEYS } from '../openness/provider-openness-profile';
import { CSV_STAMP_COLUMNS, csvStampCells } from '../risk/settings-line';
import { FACTOR_KEYS } from '../risk/settings';
import type { RiskReport } from './build-risk-report';
import { roundedReport } from './rounded-report';

/**
 * The provider ranking as CSV (the export module's `toCsv`), one row per provider: figures as
 * numbers rounded as shown (a negative scenario change is -10.5); the scenario's columns carry
 * the baseline they compare against (the provider's risk without the scenario as of the
 * scenario's horizon, not `platform_risk` as of the report's date), so scenario_delta =
 * scenario_risk − scenario_baseline_risk in every row; its models on each G7 step and
 * its newest model's openness score, G7 tier, MOF class and fourteen component grades, text
 * neutralised against formulas, and every row stamped in its own columns with the as-of date, methodology id,
 * settings, data set version, compile date and the newest dated fact (facts_current_to), so a
 * row copied elsewhere keeps its context.
 */
export function reportToCsv(source: RiskReport): string {
  const report = roundedReport(source);
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
    'scenario_baseline_risk',
    'scenario_risk',
    'scenario_delta',
    'models_active',
    ...TIER_SHARE_KEYS.map((k) => `models_g7_${k.replace(/-/g, '_')}`),
    'newest_model_id',
    'newest_model',
    'newest_openness_score',
    'newest_g7_tier',
    'newest_mof_class',
    ...OPENNESS_COMPONENT_KEYS.map((k) => `newest_${componentColumn(k)}`),
    'scenario_broken_workloads',
    'scenario_at_risk_workloads',
    ...CSV_STAMP_COLUMNS,
  ];
  // The scenario's broken and at-risk workloads on each provider's models (empty without a scenario).
  const affected = (provider: string, state: 'broken' | 'at-risk') =>
    s === null
      ? null
      : s.workloads.affected.filter((w) => w.provider === provider && w.state === state).length;
  const stamp = csvStampCells(report);
  const rows = report.ranking.map((r): CsvCell[] => {
    const d = s?.providers.find((p) => p.providerId === r.providerId);
    const o = r.openness;
    const n = o.newest;
    const notGraded = n === null ? '' : 'not graded';
    return [
      r.rank,
      r.providerId,
      r.provider,
      r.risk,
      r.grade ?? 'no data',
      ...FACTOR_KEYS.map((k) => r.factors[k]),
      r.exposure,
      r.share,
      s?.name ?? '',
      s?.horizon ?? '',
      d?.baseline ?? null,
      d?.scenario ?? null,
      d?.delta ?? null,
      o.models,
      ...TIER_SHARE_KEYS.map((k) => o.tiers[k]),
      n?.modelId ?? '',
      n?.name ?? '',
      n?.score ?? null,
      n?.g7Tier ?? notGraded,
      n?.mofClass ?? notGraded,
      ...OPENNESS_COMPONENT_KEYS.map((k) => n?.grades?.[k] ?? notGraded),
      affected(r.provider, 'broken'),
      affected(r.provider, 'at-risk'),
      ...stamp,
    ];
  });
  return toCsv(fields, rows);
}
