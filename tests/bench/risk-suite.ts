import { dataset } from '../../mocks/data/dataset';
import { withSynthetic } from '../../mocks/data/synthetic';
import { dayNumber } from '../../src/domain/dates';
import { recency } from '../../src/domain/risk/factor-rules';
import { createRiskContext, type RiskContext } from '../../src/domain/risk/risk-context';
import { riskTrend } from '../../src/domain/risk/risk-trend';
import { scoreProviders } from '../../src/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '../../src/domain/risk/settings';
import { interleavedMedians, medianMs, type BenchFigure, type BenchSuite } from './harness';

const AS_OF = '2026-11-26';
// 48 month starts: 2022-12-01 … 2026-11-01. risk.trend_48m_ms is that grid alone, as the issue
// defines it; the app's default adds a point at each event date (…_with_event_points_ms).
const TREND_FROM = '2022-12-01';
const TREND_TO = '2026-11-01';

/**
 * The floor of any scorer: the openness factor alone in one pass, each model adding rec·risk and
 * rec to its provider's two accumulators, then one division per provider (no families, no
 * histories, no events).
 */
function baselinePass(ctx: RiskContext, asOfIso: string, halfLifeDays: number): Float64Array {
  const t = dayNumber(asOfIso);
  const n = ctx.providers.length;
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const rel = ctx.modelRelease;
  const prov = ctx.modelProvider;
  const risk = ctx.modelInitialRisk;
  for (let i = 0; i < rel.length; i++) {
    const r = rel[i] ?? 0;
    if (r > t) continue;
    const p = prov[i] ?? 0;
    const rec = recency(t - r, halfLifeDays);
    num[p] = (num[p] ?? 0) + rec * (risk[i] ?? 0);
    den[p] = (den[p] ?? 0) + rec;
  }
  for (let p = 0; p < n; p++) num[p] = (den[p] ?? 0) > 0 ? (num[p] ?? 0) / (den[p] ?? 1) : NaN;
  return num;
}

export const riskSuite: BenchSuite = {
  name: 'risk',
  run(): BenchFigure[] {
    const data = withSynthetic(dataset, 100_000);
    const settings = DEFAULT_RISK_SETTINGS;
    const ctx = createRiskContext(data);
    // The compared figures first and interleaved, on a heap not yet churned by the other runs.
    const { baseline, scoreAll, trend, trendWithEvents } = interleavedMedians(
      {
        baseline: () => baselinePass(ctx, AS_OF, settings.halfLifeDays),
        scoreAll: () => scoreProviders(ctx, AS_OF, settings, { explain: false }),
        trend: () =>
          riskTrend(ctx, settings, TREND_FROM, TREND_TO, undefined, { eventPoints: false }),
        trendWithEvents: () => riskTrend(ctx, settings, TREND_FROM, TREND_TO),
      },
      { warmup: 3, runs: 15 },
    );
    // Reading every point of every provider (the trend builds row objects on first read).
    const trendRows = medianMs(
      () => riskTrend(ctx, settings, TREND_FROM, TREND_TO).reduce((n, t) => n + t.points.length, 0),
      {
        warmup: 1,
        runs: 5,
      },
    );
    const scoreExplained = medianMs(() => scoreProviders(ctx, AS_OF, settings), {
      warmup: 1,
      runs: 5,
    });
    const build = medianMs(() => createRiskContext(data), { warmup: 1, runs: 5 });

    return [
      { name: 'risk.dataset_providers', value: data.providers.length, unit: 'providers' },
      { name: 'risk.dataset_models', value: data.models.length, unit: 'models' },
      { name: 'risk.dataset_events', value: data.events.length, unit: 'events' },
      { name: 'risk.context_build_ms', value: build, unit: 'ms' },
      { name: 'risk.baseline_pass_ms', value: baseline, unit: 'ms' },
      { name: 'risk.score_all_ms', value: scoreAll, unit: 'ms' },
      { name: 'risk.score_all_explained_ms', value: scoreExplained, unit: 'ms' },
      { name: 'risk.score_over_baseline_ratio', value: scoreAll / baseline, unit: 'x' },
      { name: 'risk.trend_48m_ms', value: trend, unit: 'ms' },
      { name: 'risk.trend_over_score_ratio', value: trend / scoreAll, unit: 'x' },
      { name: 'risk.trend_48m_with_event_points_ms', value: trendWithEvents, unit: 'ms' },
      { name: 'risk.trend_48m_all_rows_ms', value: trendRows, unit: 'ms' },
    ];
  },
};
