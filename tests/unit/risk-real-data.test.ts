import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { riskTrend } from '@/domain/risk/risk-trend';
import { scoreProvider, scoreProviders, type ProviderScore } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';

const ctx = createRiskContext(dataset);
const settings = DEFAULT_RISK_SETTINGS;

function at(providerId: string, asOf: string): ProviderScore {
  const score = scoreProvider(ctx, providerId, asOf, settings);
  if (score === null) throw new Error(`no provider ${providerId}`);
  return score;
}

describe('rvm-1 on the curated data', () => {
  it("raises Meta's openness, trajectory, lock-in and risk across Muse Spark (2026-04-08)", () => {
    const before = at('meta', '2026-04-07');
    const after = at('meta', '2026-04-09');
    for (const key of ['openness', 'trajectory', 'lockIn'] as const) {
      expect(after.factors[key].value ?? 0).toBeGreaterThan(before.factors[key].value ?? Infinity);
    }
    expect(after.risk ?? 0).toBeGreaterThan(before.risk ?? Infinity);
    // docs/methodology.md, "Event impact and trend": about 28 before, about 52 after.
    expect(before.risk ?? 0).toBeGreaterThan(25);
    expect(before.risk ?? 0).toBeLessThan(35);
    expect(after.risk ?? 0).toBeGreaterThan(48);
    expect(after.risk ?? 0).toBeLessThan(58);
  });

  it('makes Muse Spark the largest increase of any event dated in 2026', () => {
    const impacts = eventImpacts(ctx, settings, { from: '2026-01-01', to: '2026-12-31' });
    const muse = impacts.find((i) => i.eventId === 'meta-2026-04-08-muse-spark' && i.providerId === 'meta');
    expect(muse).toBeDefined();
    const delta = muse?.delta;
    expect(typeof delta === 'number' && delta > 0).toBe(true);
    const numeric = impacts.map((i) => i.delta).filter((d): d is number => typeof d === 'number');
    expect(Math.max(...numeric)).toBe(delta);
    // The largest decreases: Command A+ and Gemma 4 moving to Apache-2.0.
    const down = impacts
      .filter((i) => typeof i.delta === 'number')
      .sort((a, b) => (a.delta as number) - (b.delta as number))
      .slice(0, 2)
      .map((i) => i.providerId)
      .sort();
    expect(down).toEqual(['cohere', 'google']);
  });

  it("lowers OpenAI's openness factor with gpt-oss (2025-08-05)", () => {
    expect(at('openai', '2025-08-05').factors.openness.value ?? Infinity).toBeLessThan(
      at('openai', '2025-08-04').factors.openness.value ?? 0,
    );
  });

  it('counts Grok 2 as closed for xAI before 2025-08-23 and open after', () => {
    const grok2 = (asOf: string) => at('xai', asOf).factors.openness.contributors.find((c) => c.modelId === 'grok-2');
    expect(grok2('2025-08-22')?.level).toBe(1);
    expect(grok2('2025-08-22')?.itemValue).toBe(100);
    expect(grok2('2025-08-23')?.level ?? 0).toBeGreaterThanOrEqual(3);
    expect(grok2('2025-08-23')?.itemValue ?? 100).toBeLessThan(100);
  });

  it('scores the closed-only providers above the open-only ones as of 2026-11-26', () => {
    const scores = new Map(scoreProviders(ctx, '2026-11-26', settings).map((s) => [s.providerId, s.risk ?? NaN]));
    for (const closed of ['anthropic', 'amazon']) {
      for (const open of ['ai2', 'ibm']) {
        expect(scores.get(closed) ?? 0).toBeGreaterThan(scores.get(open) ?? Infinity);
      }
    }
  });

  it('never scores an event dated after the as-of date', () => {
    const late = ctx.events.filter((e) => e.event.date.date > '2026-11-26');
    expect(late.length).toBeGreaterThan(0);
    const s = scoreProviders(ctx, '2026-11-26', settings);
    const ids = new Set(s.flatMap((p) => Object.values(p.factors).flatMap((f) => f.contributors.map((c) => c.eventId))));
    for (const e of late) expect(ids.has(e.event.id)).toBe(false);
  });

  it('gives the same trend by the sweep as by re-scoring, with event points', () => {
    const trend = riskTrend(ctx, settings, '2023-01-01', '2026-11-26');
    expect(trend).toHaveLength(dataset.providers.length);
    const meta = trend.find((t) => t.providerId === 'meta');
    expect(meta?.points.some((p) => p.eventIds.includes('meta-2026-04-08-muse-spark'))).toBe(true);
    const monthly = riskTrend(ctx, settings, '2023-01-01', '2026-11-26', ['meta'], { eventPoints: false });
    expect(monthly[0]?.points.every((p) => p.monthly && p.eventIds.length === 0)).toBe(true);
    expect(monthly[0]?.points).toHaveLength(48);
    expect(JSON.parse(JSON.stringify(monthly[0])).points).toHaveLength(48);
    for (const series of trend) {
      for (const point of series.points) {
        const naive = at(series.providerId, point.date);
        if (point.risk === null) expect(naive.risk).toBeNull();
        else expect(Math.abs(point.risk - (naive.risk ?? NaN))).toBeLessThan(1e-9);
      }
    }
  });
});
