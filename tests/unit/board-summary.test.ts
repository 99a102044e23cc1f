import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/dates';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { buildBoardSummary, MOVE_WINDOW_DAYS } from '@/domain/report/board-summary';
import { buildRiskReport } from '@/domain/report/build-risk-report';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import type { Dependency } from '@/domain/schema/dependency';
import { dataset } from '@mocks/data/dataset';

const ctx = createRiskContext(dataset);
const settings = DEFAULT_RISK_SETTINGS;

function summaryAt(asOf: string, dependencies: readonly Dependency[]) {
  const report = buildRiskReport({
    dataset,
    asOf,
    settings,
    dependencies,
    scenario: null,
    context: ctx,
  });
  return { report, summary: buildBoardSummary({ report, context: ctx, settings, dependencies }) };
}

describe('buildBoardSummary', () => {
  const AS_OF = '2026-04-20';
  const { summary } = summaryAt(AS_OF, SAMPLE_PORTFOLIO);
  const scores = scoreProviders(ctx, AS_OF, settings, { explain: false });
  const riskOf = new Map(scores.map((s) => [s.providerId, s.risk]));

  it('lists the five riskiest providers with the engine’s scores and the factor adding most points', () => {
    const expected = scores
      .filter((s) => s.risk !== null)
      .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0))
      .slice(0, 5);
    expect(summary.topRisks.map((r) => r.providerId)).toEqual(expected.map((s) => s.providerId));
    for (const r of summary.topRisks) {
      const s = scores.find((x) => x.providerId === r.providerId);
      expect(r.risk).toBe(s?.risk);
      const points = Object.values(s?.factors ?? {}).map((f) =>
        f.value === null ? -1 : f.value * f.normalizedWeight,
      );
      expect(r.driver?.points).toBeCloseTo(Math.max(...points), 10);
    }
  });

  it('takes the biggest moves over 90 days from the engine, and splits each into event days and the rest', () => {
    const since = addDays(AS_OF, -MOVE_WINDOW_DAYS);
    expect(summary.moves.since).toBe(since);
    const before = new Map(
      scoreProviders(ctx, since, settings, { explain: false }).map((s) => [s.providerId, s.risk]),
    );
    const largest = [...before.entries()]
      .flatMap(([id, from]) => {
        const to = riskOf.get(id);
        return from === null || to === null || to === undefined ? [] : [Math.abs(to - from)];
      })
      .sort((a, b) => b - a)[0];
    expect(summary.moves.rows.length).toBeGreaterThan(0);
    expect(Math.abs(summary.moves.rows[0]?.delta ?? 0)).toBeCloseTo(largest ?? NaN, 10);
    for (const m of summary.moves.rows) {
      expect(m.from).toBe(before.get(m.providerId));
      expect(m.to).toBe(riskOf.get(m.providerId));
      const explained = m.causes.reduce((sum, c) => sum + c.delta, 0);
      expect(explained + m.rest).toBeCloseTo(m.delta, 9);
      const impacts = eventImpacts(ctx, settings, {
        from: addDays(since, 1),
        to: AS_OF,
        providerIds: [m.providerId],
      });
      for (const c of m.causes) {
        const day = impacts.filter((i) => i.date === c.date);
        expect(day.length).toBe(c.titles.length);
        expect(day[0]?.delta).toBe(c.delta);
      }
    }
    // Meta's move is Muse Spark's launch, not decay.
    const meta = summary.moves.rows.find((m) => m.providerId === 'meta');
    expect(meta?.causes[0]?.titles.join(' ')).toMatch(/Muse Spark/);
    expect(Math.abs(meta?.causes[0]?.delta ?? 0)).toBeGreaterThan(Math.abs(meta?.rest ?? 0));
  });

  it('carries the engine’s concentration: HHI, effective number of providers and the largest share', () => {
    const e = portfolioExposure(ctx, SAMPLE_PORTFOLIO, AS_OF, settings);
    expect(summary.concentration?.hhi).toBe(e.hhi);
    expect(summary.concentration?.effectiveProviders).toBe(e.effectiveProviders);
    expect(summary.concentration?.portfolioExposure).toBe(e.portfolioExposure);
    const top = [...e.providers].sort((a, b) => b.share - a.share)[0];
    expect(summary.concentration?.largest?.share).toBe(top?.share);
  });

  it('lists the nearest dated deadlines after the as-of date, soonest first', () => {
    expect(summary.deadlines.length).toBeGreaterThan(0);
    const days = summary.deadlines.map((d) => d.date.date);
    expect([...days].sort()).toEqual(days);
    for (const d of summary.deadlines) expect(d.date.date > AS_OF).toBe(true);
  });

  it('puts a retirement a workload faces among the deadlines, with the workloads, and flags one already past', () => {
    const deps: Dependency[] = [
      {
        ...(SAMPLE_PORTFOLIO[0] as Dependency),
        id: 'a',
        workload: 'Drafting',
        modelId: 'claude-3.7-sonnet',
      },
      {
        ...(SAMPLE_PORTFOLIO[0] as Dependency),
        id: 'b',
        workload: 'Search',
        modelId: 'claude-3.7-sonnet',
      },
      {
        ...(SAMPLE_PORTFOLIO[0] as Dependency),
        id: 'c',
        workload: 'Legacy bot',
        modelId: 'claude-3.5-sonnet',
      },
    ];
    const { summary: s } = summaryAt('2026-01-01', deps);
    const retirements = s.deadlines.filter((d) => d.kind === 'retirement');
    expect(retirements).toHaveLength(2);
    const [past, next] = retirements;
    expect(past).toMatchObject({ past: true, date: { date: '2025-10-28' } });
    expect(past?.detail).toBe('used by Legacy bot');
    expect(next).toMatchObject({
      past: false,
      date: { date: '2026-02-19' },
      provider: 'Anthropic',
    });
    expect(next?.detail).toBe('used by Drafting, Search');
    expect(s.deadlines[0]).toBe(past);
  });

  it('says nothing about concentration for an empty portfolio', () => {
    expect(summaryAt(AS_OF, []).summary.concentration).toBeNull();
  });
});
