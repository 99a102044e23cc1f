import { dataset } from '../../mocks/data/dataset';
import { withSynthetic } from '../../mocks/data/synthetic';
import {
  alertRuleSchema,
  DEFAULT_RULES,
  type AlertRule,
} from '../../src/domain/alerts/alert-rules';
import { evaluateAlerts, type AlertInput } from '../../src/domain/alerts/evaluate-alerts';
import { createRiskContext } from '../../src/domain/risk/risk-context';
import { scoreProviders } from '../../src/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '../../src/domain/risk/settings';
import { interleavedMedians, type BenchFigure, type BenchSuite } from './harness';

const TODAY = '2026-11-26';
// One review date, a quarter before today: the window the rules look at.
const REVIEW = '2026-08-28';

/** Twenty user rules of every kind and scope, on top of the defaults. */
export function userRules(): AlertRule[] {
  const scopes = ['everything', 'watchlist', 'portfolio'] as const;
  const out: AlertRule[] = [];
  for (let i = 0; i < 20; i++) {
    const common = {
      id: `user-${i}`,
      name: `user rule ${i}`,
      scope: scopes[i % 3],
      enabled: true,
      builtIn: false,
    };
    const kind = i % 6;
    const rule =
      kind === 0
        ? {
            ...common,
            kind: 'threshold',
            direction: i % 2 === 0 ? 'above' : 'below',
            threshold: 30 + i,
          }
        : kind === 1
          ? { ...common, kind: 'grade', direction: 'either' }
          : kind === 2
            ? {
                ...common,
                kind: 'score-change',
                direction: i % 2 === 0 ? 'rise' : 'drop',
                points: 5 + i,
                days: 7 * (1 + (i % 8)),
              }
            : kind === 3
              ? { ...common, kind: 'openness-regression' }
              : kind === 4
                ? { ...common, kind: 'event-severity', minSeverity: i % 6 }
                : { ...common, kind: 'lifecycle', reminderDays: [120, 60, 14] };
    out.push(alertRuleSchema.parse(rule));
  }
  return out;
}

export const alertsSuite: BenchSuite = {
  name: 'alerts',
  run(): BenchFigure[] {
    const data = withSynthetic(dataset, 100_000);
    const settings = DEFAULT_RISK_SETTINGS;
    const ctx = createRiskContext(data);
    const rules = [...DEFAULT_RULES, ...userRules()];
    // A watchlist of 50 providers and 100 models, a portfolio of 200 dependencies.
    const watchlist = {
      providerIds: data.providers.filter((_, i) => i % 20 === 0).map((p) => p.id),
      modelIds: data.models.filter((_, i) => i % 1000 === 0).map((m) => m.id),
    };
    const dependencies = data.models
      .filter((_, i) => i % 500 === 0)
      .map((m, i) => ({
        modelId: m.id,
        deployment: i % 3 === 0 ? ('self-hosted' as const) : ('vendor-api' as const),
      }));
    const input: AlertInput = {
      ctx,
      settings,
      rules,
      since: { date: REVIEW, recordedAt: null },
      asOf: TODAY,
      watchlist,
      dependencies,
    };
    let triggers = 0;
    const { evaluate, score } = interleavedMedians(
      {
        evaluate: () => {
          triggers = evaluateAlerts(input).length;
          return triggers;
        },
        score: () => scoreProviders(ctx, TODAY, settings, { explain: false }),
      },
      // A longer warm-up than the other suites: the first evaluation builds the context's day
      // index, and the optimising compiler needs several rounds of the sweep (on a loaded 2-core
      // machine its background compile finishes only after the third or fourth); 31 rounds so
      // that a median holds under the shared machine's load.
      { warmup: 10, runs: 31 },
    );
    return [
      { name: 'alerts.rules', value: rules.length, unit: 'rules' },
      { name: 'alerts.triggers', value: triggers, unit: 'triggers' },
      { name: 'alerts.score_all_ms', value: score, unit: 'ms' },
      { name: 'alerts.evaluate_100k_ms', value: evaluate, unit: 'ms' },
      { name: 'alerts.evaluate_over_score_ratio', value: evaluate / score, unit: 'x' },
    ];
  },
};
