import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { exitOptions, addMonths } from '@/domain/exposure/exit-options';
import {
  CRITICALITY_WEIGHTS,
  dependencyRisk,
  herfindahl,
  hhiBand,
  portfolioExposure,
} from '@/domain/exposure/portfolio-exposure';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import type { Criticality, Dependency, Deployment } from '@/domain/schema/dependency';
import { buildModel, provider } from './risk-arbitraries';
import { fcRuns } from '../fc-runs';

const ctx = createRiskContext(dataset);
const settings = DEFAULT_RISK_SETTINGS;
const AS_OF = '2026-11-26';
const scores = scoreProviders(ctx, AS_OF, settings, { explain: false });
const byId = new Map(scores.map((s) => [s.providerId, s]));

function dep(modelId: string, deployment: Deployment, over: Partial<Dependency> = {}): Dependency {
  return { id: `${modelId}-${deployment}`, workload: 'Support bot', modelId, criticality: 'high', share: 1, deployment, notes: '', ...over };
}

describe('exposure on the curated data', () => {
  it('carries less risk for a self-hosted Llama 3.1 than for the same model through a vendor API', () => {
    const self = dependencyRisk(ctx, byId, dep('llama-3.1', 'self-hosted'), AS_OF, settings);
    const api = dependencyRisk(ctx, byId, dep('llama-3.1', 'vendor-api'), AS_OF, settings);
    expect(self.selfHostedOpen).toBe(true);
    expect(self.factors?.lockIn).toBe(0);
    expect(self.factors?.continuity).toBe(0);
    expect(self.factors?.openness).toBe(35);
    expect(self.factors?.trajectory).toBe(byId.get('meta')?.factors.trajectory.value);
    expect(api.risk).toBe(byId.get('meta')?.risk);
    expect(self.risk ?? Infinity).toBeLessThan(api.risk ?? 0);
  });

  it('keeps the provider risk for a self-hosted closed model', () => {
    const d = dependencyRisk(ctx, byId, dep('muse-spark', 'self-hosted'), AS_OF, settings);
    expect(d.selfHostedOpen).toBe(false);
    expect(d.risk).toBe(byId.get('meta')?.risk);
  });

  it('adds up exposure per provider, shares, HHI and the effective number of providers', () => {
    const portfolio: Dependency[] = [
      dep('llama-3.1', 'self-hosted', { id: 'a', share: 2, criticality: 'low' }),
      dep('muse-spark', 'vendor-api', { id: 'b', share: 1, criticality: 'mission-critical' }),
      dep('olmo-2', 'self-hosted', { id: 'c', share: 3, criticality: 'medium' }),
      dep('no-such-model', 'vendor-api', { id: 'd' }),
    ].filter((d) => d.modelId === 'no-such-model' || ctx.modelIndex.has(d.modelId));
    const result = portfolioExposure(ctx, portfolio, AS_OF, settings, scores);
    expect(result.unknownModelIds).toEqual(['no-such-model']);
    const known = result.dependencies.filter((d) => d.providerId !== null);
    const total = known.reduce((s, d) => s + d.weight, 0);
    expect(result.totalWeight).toBeCloseTo(total, 12);
    expect(result.providers.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
    const weighted = known.reduce((s, d) => s + (d.risk ?? 0) * d.weight, 0) / total;
    expect(result.portfolioExposure ?? NaN).toBeCloseTo(weighted, 9);
    const hhi = result.providers.reduce((s, p) => s + (100 * p.share) ** 2, 0);
    expect(result.hhi ?? NaN).toBeCloseTo(hhi, 6);
    expect(result.effectiveProviders ?? NaN).toBeCloseTo(10000 / hhi, 9);
  });

  it('weights criticality 1, 2, 3, 5 and bands HHI at 1,000 and 1,800', () => {
    expect(CRITICALITY_WEIGHTS).toEqual({ low: 1, medium: 2, high: 3, 'mission-critical': 5 });
    expect([999, 1000, 1800, 1801].map(hhiBand)).toEqual([
      'unconcentrated',
      'moderately-concentrated',
      'moderately-concentrated',
      'highly-concentrated',
    ]);
    expect(herfindahl([1])).toBe(10000);
    expect(herfindahl([1, 1, 1, 1])).toBeCloseTo(2500, 9);
    expect(herfindahl([])).toBeNull();
  });

  it('lists exit options for Llama 3.1: open-weight models of other providers sharing text input', () => {
    const exits = exitOptions(ctx, 'llama-3.1', AS_OF);
    expect(exits.status).toBe('available');
    expect(exits.count).toBe(exits.options.length);
    const earliest = addMonths('2024-07-23', -18);
    expect(earliest).toBe('2023-01-23');
    for (const o of exits.options) {
      expect(o.providerId).not.toBe('meta');
      expect(o.level).toBeGreaterThanOrEqual(3);
      expect(o.sharedInputs).toContain('text');
      const m = dataset.models.find((x) => x.id === o.modelId);
      expect((m?.release.date ?? '') >= earliest.slice(0, m?.release.precision === 'month' ? 7 : 10)).toBe(true);
    }
  });

  it('answers "unknown", not "none", when modalities are unknown', () => {
    const spec = (provider: number, release: number) => ({
      provider,
      family: 'f1',
      release,
      month: false,
      entries: [{ offset: 0, weights: 'open' as const, license: 'MIT', channels: [], training: false }],
      status: [],
    });
    const target = { ...buildModel(spec(0, 100), 'target'), modalities: null };
    const other = buildModel(spec(1, 120), 'other');
    const small = createRiskContext({
      version: 't',
      compiledOn: '2026-01-01',
      providers: [provider('p0', 'France'), provider('p1', 'France')],
      models: [target, other],
      events: [],
    });
    expect(exitOptions(small, 'target', '2024-01-01').status).toBe('unknown');
    expect(exitOptions(small, 'other', '2024-01-01').status).toBe('unknown');
    // With no candidate at all the answer is a sure "none".
    expect(exitOptions(small, 'other', '2023-02-01').status).toBe('none');
  });
});

const CRITICALITIES: Criticality[] = ['low', 'medium', 'high', 'mission-critical'];
const DEPLOYMENTS: Deployment[] = ['vendor-api', 'cloud-marketplace', 'self-hosted'];
const modelIds = dataset.models.map((m) => m.id);

describe('exposure properties', () => {
  it('keeps HHI within [10,000/n, 10,000] for n providers with positive shares', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (weights) => {
        const hhi = herfindahl(weights) ?? NaN;
        return hhi >= 10000 / weights.length - 1e-6 && hhi <= 10000 + 1e-6;
      }),
      fcRuns(1000),
    );
  });

  it('keeps portfolio HHI within [10,000/n, 10,000] and exposure within [0, 100]', () => {
    const depArb = fc.record({
      modelId: fc.constantFrom(...modelIds),
      criticality: fc.constantFrom(...CRITICALITIES),
      deployment: fc.constantFrom(...DEPLOYMENTS),
      share: fc.double({ min: 0.01, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(depArb, { minLength: 1, maxLength: 12 }), (specs) => {
        const portfolio = specs.map((s, i) => ({ ...s, id: `d${i}`, workload: `w${i}`, notes: '' }));
        const r = portfolioExposure(ctx, portfolio, AS_OF, settings, scores);
        const n = r.providers.filter((p) => p.share > 0).length;
        const hhi = r.hhi ?? NaN;
        const e = r.portfolioExposure;
        return (
          hhi >= 10000 / n - 1e-6 &&
          hhi <= 10000 + 1e-6 &&
          (e === null || (e >= -1e-9 && e <= 100 + 1e-9)) &&
          Math.abs(r.providers.reduce((s, p) => s + p.share, 0) - 1) < 1e-9
        );
      }),
      fcRuns(1000),
    );
  });
});
