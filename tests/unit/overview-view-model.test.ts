import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { toRiskTrendView, trendSampleDays } from '@/components/charts/risk-trend-view-model';
import { addDays } from '@/domain/dates';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { riskTrend } from '@/domain/risk/risk-trend';
import { opennessLevelCounts, scoreProviders } from '@/domain/risk/score-providers';
import { withSynthetic } from '@mocks/data/synthetic';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import {
  defaultTrendProviders,
  toFactorBars,
  toFactorBreakdown,
  toHeadline,
  toOpennessMix,
  toRiskRanking,
} from '@/features/overview/overview-view-model';
import { toEventRows, toFactorViews, toModelRows } from '@/features/providers/provider-view-model';

const ctx = createRiskContext(dataset);
const S = DEFAULT_RISK_SETTINGS;
const asOf = '2026-11-26';
const scores = scoreProviders(ctx, asOf, S);
const ranking = toRiskRanking(scores, dataset.providers);

describe('overview view models', () => {
  it('ranks by risk, highest first, with score and grade labels', () => {
    expect(ranking).toHaveLength(dataset.providers.length);
    for (let i = 1; i < ranking.length; i++) expect((ranking[i - 1]?.risk ?? 0) >= (ranking[i]?.risk ?? 0)).toBe(true);
    const names = ranking.map((r) => r.name);
    expect(names.indexOf('Anthropic')).toBeLessThan(names.indexOf('Ai2'));
    expect(ranking[0]?.label).toMatch(/^\d+\.\d · [A-E]$/);
    expect(ranking[0]?.color).toMatch(/^var\(--grade-[a-e]\)$/);
  });

  it('puts providers without a score last', () => {
    const first = scores[0];
    if (!first) throw new Error('no scores');
    const rows = toRiskRanking([{ ...first, providerId: 'x', risk: null, grade: null }, ...scores.slice(1)], dataset.providers);
    expect(rows[rows.length - 1]).toMatchObject({ providerId: 'x', label: 'no data' });
  });

  it("splits each provider's risk into factor points that sum to the risk", () => {
    const { rows, series } = toFactorBreakdown(scores, ranking);
    expect(series.map((s) => s.key)).not.toContain('jurisdiction');
    for (const r of rows) {
      const sum = Object.values(r.values).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(r.total, 9);
    }
  });

  it('gives each provider an openness mix of its active families summing to 100%', () => {
    const { rows } = toOpennessMix(opennessLevelCounts(ctx, asOf, S), ranking);
    for (const r of rows) {
      const sum = Object.values(r.values).reduce((a, b) => a + b, 0);
      if (r.families > 0) expect(sum).toBeCloseTo(100, 9);
    }
    const ai2 = rows.find((r) => r.id === 'ai2');
    expect(ai2?.counts.L5).toBeGreaterThan(0);
    const anthropic = rows.find((r) => r.id === 'anthropic');
    expect(anthropic?.values.L1).toBe(100);
  });

  it("counts each provider's active families by level as the openness contributors do", () => {
    const synthetic = withSynthetic(dataset, 3000);
    const bigger = createRiskContext(synthetic);
    for (const [c, day] of [
      [ctx, asOf],
      [ctx, '2026-04-07'],
      [ctx, '2024-01-01'],
      [bigger, asOf],
    ] as const) {
      const counts = opennessLevelCounts(c, day, S);
      for (const s of scoreProviders(c, day, S)) {
        const fromContributors = [0, 0, 0, 0, 0, 0];
        for (const k of s.factors.openness.contributors)
          if (k.kind === 'family' && k.level !== undefined)
            fromContributors[k.level] = (fromContributors[k.level] ?? 0) + 1;
        expect([s.providerId, counts.get(s.providerId)]).toEqual([s.providerId, fromContributors]);
      }
    }
  });

  it('builds the headline from the engine: highest risk, biggest mover over 90 days, scheduled events', () => {
    const earlier = scoreProviders(ctx, addDays(asOf, -90), S, { explain: false });
    const h = toHeadline({ ranking, earlier, providers: dataset.providers, events: dataset.events, asOf });
    expect(h.tracked).toBe(16);
    expect(h.highest?.name).toBe(ranking[0]?.name);
    const deltas = ranking.map((r) => Math.abs((r.risk ?? 0) - (earlier.find((e) => e.providerId === r.providerId)?.risk ?? 0)));
    expect(Math.abs(h.mover?.delta ?? 0)).toBeCloseTo(Math.max(...deltas), 9);
    const april = toHeadline({
      ranking: toRiskRanking(scoreProviders(ctx, '2026-06-01', S), dataset.providers),
      earlier: scoreProviders(ctx, '2026-03-03', S, { explain: false }),
      providers: dataset.providers,
      events: dataset.events,
      asOf: '2026-06-01',
    });
    expect(april.scheduled.events.map((e) => e.id)).toEqual(['eu-2026-08-02-general-application']);
    expect(april.mover?.name).toBe('Meta');
  });

  it('chooses the top three plus Meta for the trend', () => {
    const ids = defaultTrendProviders(ranking);
    expect(ids.slice(0, 3)).toEqual(ranking.slice(0, 3).map((r) => r.providerId));
    expect(ids).toContain('meta');
  });

  it('labels the factor bars with value and weight, and jurisdiction as not configured', () => {
    const meta = scores.find((s) => s.providerId === 'meta');
    if (!meta) throw new Error('no meta');
    const bars = toFactorBars(meta);
    expect(bars.find((b) => b.id === 'openness')?.valueLabel).toMatch(/ · 35%$/);
    expect(bars.find((b) => b.id === 'jurisdiction')).toMatchObject({ value: null, valueLabel: 'not configured' });
  });
});

describe('risk trend view model', () => {
  const trends = riskTrend(ctx, S, '2023-01-01', asOf, ['meta', 'openai']);
  const impacts = eventImpacts(ctx, S, { from: '2023-01-01', to: asOf, providerIds: ['meta', 'openai'] });
  const view = toRiskTrendView({
    trends,
    impacts,
    events: dataset.events,
    providers: dataset.providers,
    allProviderIds: dataset.providers.map((p) => p.id),
    fromIso: '2023-01-01',
    toIso: asOf,
  });

  it("shows Meta's step at 2026-04-08 with a marker naming Muse Spark and its ΔR", () => {
    const muse = view.markers.find((m) => m.eventId === 'meta-2026-04-08-muse-spark');
    const impact = impacts.find((i) => i.eventId === 'meta-2026-04-08-muse-spark');
    expect(muse?.deltaLabel).toMatch(/^\+\d+\.\d$/);
    expect(muse?.labelled).toBe(true);
    expect(muse?.risk).toBe(impact?.after);
    const meta = view.rows.filter((r) => r.risks.meta !== undefined);
    const before = meta.find((r) => r.date === '2026-04-07')?.risks.meta;
    const after = meta.find((r) => r.date === '2026-04-08')?.risks.meta;
    expect(before).toBe(impact?.before);
    expect((after ?? 0) - (before ?? 0)).toBeGreaterThan(20);
  });

  it('keeps rows sorted by day, markers within the range, and only moves of half a point or more', () => {
    for (let i = 1; i < view.rows.length; i++) expect((view.rows[i]?.day ?? 0) > (view.rows[i - 1]?.day ?? 0)).toBe(true);
    for (const m of view.markers) {
      expect(m.day).toBeGreaterThanOrEqual(view.domain[0]);
      expect(m.day).toBeLessThanOrEqual(view.domain[1]);
      if (typeof m.delta === 'number') expect(Math.abs(m.delta)).toBeGreaterThanOrEqual(0.5);
    }
    expect(view.markers.filter((m) => m.labelled).length).toBeLessThanOrEqual(3);
    expect(view.yearTicks).toHaveLength(4);
  });
});

describe('risk trend of several providers sampled on each other’s event days', () => {
  const ids = ['meta', 'openai'];
  const impacts = eventImpacts(ctx, S, { from: '2023-01-01', to: asOf, providerIds: ids });
  const extraDays = trendSampleDays(impacts, '2023-01-01', asOf);
  const trends = riskTrend(ctx, S, '2023-01-01', asOf, ids, { extraDays });
  const view = toRiskTrendView({
    trends,
    impacts,
    events: dataset.events,
    providers: dataset.providers,
    allProviderIds: dataset.providers.map((p) => p.id),
    fromIso: '2023-01-01',
    toIso: asOf,
  });

  it('gives every provider a value on every row (each event day and the day before), one row per day', () => {
    expect(extraDays).toContain('2026-04-07');
    expect(extraDays).toContain('2026-04-08');
    for (const r of view.rows) for (const id of ids) expect(r.risks[id], `${id} on ${r.date}`).not.toBeUndefined();
    expect(new Set(view.rows.map((r) => r.day)).size).toBe(view.rows.length);
    // The extra days are not the monthly grid; the values are the engine's, as on the grid.
    const openai = trends.find((t) => t.providerId === 'openai');
    const extra = openai?.points.find((p) => p.date === '2026-04-08');
    expect(extra?.monthly).toBe(false);
    const alone = riskTrend(ctx, S, '2026-04-08', '2026-04-08', ['openai'])[0]?.points[0];
    expect(extra?.risk).toBeCloseTo(alone?.risk ?? NaN, 9);
  });
});

describe('provider view models', () => {
  const meta = scoreProviders(ctx, asOf, S, { providerIds: ['meta'] })[0];
  if (!meta) throw new Error('no meta');

  it('explains every factor with rows that sum to its value and link to models or events', () => {
    const views = toFactorViews(meta, '?today=2026-11-26');
    for (const v of views) {
      if (v.value === null) continue;
      const sum = v.rows.reduce((a, r) => a + r.share, 0);
      expect(sum).toBeCloseTo(v.value, 9);
    }
    const openness = views.find((v) => v.key === 'openness');
    expect(openness?.rows.find((r) => r.label === 'Muse Spark')?.href).toBe('/models/muse-spark?today=2026-11-26');
    const trajectory = views.find((v) => v.key === 'trajectory');
    expect(trajectory?.rows.find((r) => r.label.includes('Muse Spark'))?.href).toBe('#event-meta-2026-04-08-muse-spark');
    expect(views.find((v) => v.key === 'jurisdiction')?.note).toMatch(/home jurisdiction/);
  });

  it('lists models newest first with their status on the as-of date', () => {
    const rows = toModelRows(
      dataset.models.filter((m) => m.providerId === 'meta'),
      '2026-04-07',
    );
    expect(rows[0]?.name).toBe('Muse Spark');
    expect(rows[0]?.status).toBe('not yet released');
    expect(rows[0]?.level).toBeNull();
  });

  it('marks events after the as-of date as upcoming and a past scheduled date as not confirmed', () => {
    const rows = toEventRows(dataset.events, [], 'openai', '2026-11-26', '2026-11-26');
    expect(rows.find((r) => r.id === 'openai-2026-02-16-chatgpt-4o-latest-api')?.status).toBe('scheduled, not confirmed');
    const early = toEventRows(dataset.events, [], 'meta', '2026-04-07', '2026-11-26');
    expect(early.find((r) => r.id === 'meta-2026-04-08-muse-spark')).toMatchObject({ status: 'upcoming', deltaLabel: null });
  });
});
