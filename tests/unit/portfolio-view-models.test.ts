import { describe, expect, it } from 'vitest';
import { toExposureView } from '@/components/exposure/exposure-view-model';
import { portfolioExposure } from '@/domain/exposure/portfolio-exposure';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { diffScenario } from '@/domain/scenario/diff-scenario';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import { scenarioSchema } from '@/domain/schema/scenario';
import { customScenario } from '@/domain/scenario/custom-scenario';
import {
  providerClouds,
  toComparisonFigures,
  toComparisonRows,
} from '@/features/scenarios/scenarios-view-model';
import { dataset } from '@mocks/data/dataset';

const ctx = createRiskContext(dataset);
const AS_OF = '2026-04-20';

describe('exposure view model', () => {
  const exposure = portfolioExposure(ctx, SAMPLE_PORTFOLIO, AS_OF, DEFAULT_RISK_SETTINGS);
  const view = toExposureView(exposure, dataset.providers);

  it('has one bar per provider in the engine’s order, with labels and a caption naming the largest', () => {
    expect(view.rows.map((r) => r.providerId)).toEqual(exposure.providers.map((p) => p.providerId));
    expect(view.rows[0]?.barLabel).toMatch(/ · \d+% of weight$/);
    expect(view.caption).toContain(view.rows[0]?.name ?? '?');
    expect(view.axisMax % 10).toBe(0);
    expect(view.axisMax).toBeGreaterThanOrEqual(view.rows[0]?.exposure ?? 0);
  });

  it('states the HHI band in words and the effective number of providers', () => {
    expect(view.bandLabel).toMatch(/market band/);
    expect(Number(view.effectiveProvidersLabel)).toBeCloseTo(exposure.effectiveProviders ?? NaN, 1);
  });
});

describe('scenario comparison view model', () => {
  const scenario = closedFlagshipScenario(dataset, 'meta', '2026-10-20');
  const diff = diffScenario(dataset, scenario, DEFAULT_RISK_SETTINGS, SAMPLE_PORTFOLIO, ctx);

  it('puts the provider the scenario moves most first: Meta, up', () => {
    const rows = toComparisonRows(diff, dataset.providers);
    expect(rows).toHaveLength(dataset.providers.length);
    expect(rows[0]?.providerId).toBe('meta');
    expect(rows[0]?.delta ?? 0).toBeGreaterThan(0);
    expect(rows[0]?.exposureDelta ?? 0).toBeGreaterThan(0);
  });

  it('gives exposure, effective number and HHI on both sides', () => {
    const f = toComparisonFigures(diff);
    expect(f.exposure.delta ?? 0).toBeGreaterThan(0);
    expect(f.hhi.baseline).toBeCloseTo(f.hhi.scenario ?? NaN, 9);
    expect(f.effectiveProviders.delta).toBeCloseTo(0, 9);
  });

  it('lists the third-party clouds of a provider', () => {
    expect(providerClouds(dataset, 'anthropic')).toContain('Amazon Bedrock');
    expect(providerClouds(dataset, 'ai2')).toEqual([]);
  });
});

describe('custom scenario', () => {
  it('builds a valid scenario whose toward-closed event raises the provider’s risk', () => {
    const s = customScenario(dataset, {
      name: 'Mistral closes up',
      horizon: '2026-10-20',
      providerId: 'mistral',
      date: '2026-06-01',
      type: 'strategy',
      direction: 'toward-closed',
      severity: 4,
      title: 'Mistral stops publishing weights',
      model: { name: 'Mistral Next', weights: 'closed', tier: 'proprietary' },
    });
    expect(scenarioSchema.safeParse(s).success).toBe(true);
    const diff = diffScenario(dataset, s, DEFAULT_RISK_SETTINGS, [], ctx);
    expect(diff.providers.find((p) => p.providerId === 'mistral')?.delta ?? 0).toBeGreaterThan(0);
  });
});
