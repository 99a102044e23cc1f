import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { licenseTier } from '@/domain/license';
import { createRiskContext, isActiveAt } from '@/domain/risk/risk-context';
import { scoreProvider } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { applyScenario } from '@/domain/scenario/apply-scenario';
import { diffScenario } from '@/domain/scenario/diff-scenario';
import {
  closedFlagshipScenario,
  leaveCloudScenario,
  licenseTierScenario,
  retirementScenario,
  TIER_LICENSE_TEXT,
} from '@/domain/scenario/scenario-templates';
import { dayNumber } from '@/domain/dates';
import { LICENSE_TIERS } from '@/domain/license';
import { datasetSchema } from '@/domain/schema/dataset';
import { scenarioSchema, type Scenario } from '@/domain/schema/scenario';
import type { Dependency } from '@/domain/schema/dependency';
import { buildEvent, buildModel, datasetArb, eventSpecArb, isoAt, modelSpecArb } from './risk-arbitraries';
import { fcRuns } from '../fc-runs';

const settings = DEFAULT_RISK_SETTINGS;
const H = '2027-01-01';
const portfolio = (
  [
    { id: 'a', workload: 'Assistant', modelId: 'llama-3.1', criticality: 'high', share: 2, deployment: 'vendor-api', notes: '' },
    { id: 'b', workload: 'Search', modelId: 'gpt-oss-120b', criticality: 'medium', share: 1, deployment: 'self-hosted', notes: '' },
  ] satisfies Dependency[]
).filter((d) => dataset.models.some((m) => m.id === d.modelId));

describe('scenario templates on the curated data', () => {
  it("raises Meta's scenario risk above its baseline when its next flagship is closed-weight", () => {
    const scenario = closedFlagshipScenario(dataset, 'meta', H);
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
    const diff = diffScenario(dataset, scenario, settings, portfolio);
    const meta = diff.providers.find((p) => p.providerId === 'meta');
    expect(meta?.scenario ?? 0).toBeGreaterThan(meta?.baseline ?? Infinity);
    expect(meta?.delta ?? 0).toBeGreaterThan(0);
    // Other providers are untouched.
    for (const p of diff.providers.filter((x) => x.providerId !== 'meta')) expect(p.delta).toBe(0);
    expect(diff.exposureDelta ?? 0).toBeGreaterThan(0);
    expect(diff.hhiDelta).toBe(0);
    // Every factor the template should move moves.
    const base = scoreProvider(createRiskContext(dataset), 'meta', H, settings);
    const scen = scoreProvider(createRiskContext(applyScenario(dataset, scenario)), 'meta', H, settings);
    for (const key of ['openness', 'trajectory'] as const) {
      expect(scen?.factors[key].value ?? 0).toBeGreaterThan(base?.factors[key].value ?? Infinity);
    }
  });

  it('retires a model on a date: a status change and a retirement event', () => {
    const scenario = retirementScenario(dataset, 'llama-3.1', '2026-12-01', H);
    const applied = applyScenario(dataset, scenario);
    expect(datasetSchema.safeParse(applied).success).toBe(true);
    const ctx = createRiskContext(applied);
    const facts = ctx.models[ctx.modelIndex.get('llama-3.1') ?? -1];
    expect(facts && isActiveAt(facts, dayNumber('2026-11-30'))).toBe(true);
    expect(facts && isActiveAt(facts, dayNumber('2026-12-01'))).toBe(false);
    const meta = scoreProvider(ctx, 'meta', H, settings);
    expect(meta?.factors.continuity.contributors.map((c) => c.eventId)).toContain(scenario.events[0]?.id);
  });

  it('changes the license tier of a model with an openness entry and a license-change event', () => {
    for (const tier of LICENSE_TIERS) {
      expect(licenseTier({ license: TIER_LICENSE_TEXT[tier], weights: tier === 'proprietary' ? 'closed' : 'open' })).toBe(tier);
    }
    const scenario = licenseTierScenario(dataset, 'llama-3.1', 'permissive', '2026-12-01', H);
    expect(scenario.events[0]?.direction).toBe('toward-open');
    const diff = diffScenario(dataset, scenario, settings);
    expect(diff.providers.find((p) => p.providerId === 'meta')?.delta ?? 0).toBeLessThan(0);
    const closing = licenseTierScenario(dataset, 'llama-3.1', 'proprietary', '2026-12-01', H);
    expect(closing.events[0]?.direction).toBe('toward-closed');
    expect(diffScenario(dataset, closing, settings).providers.find((p) => p.providerId === 'meta')?.delta ?? 0).toBeGreaterThan(0);
  });

  it('moves lock-in when a provider leaves clouds', () => {
    const leaveOne = leaveCloudScenario(dataset, 'anthropic', 'Amazon Bedrock', '2026-12-01', H);
    const leaveTwo: Scenario = {
      ...leaveOne,
      channelChanges: [...leaveOne.channelChanges, { providerId: 'anthropic', cloud: 'Google Cloud Vertex AI', from: '2026-12-01' }],
    };
    const base = scoreProvider(createRiskContext(dataset), 'anthropic', H, settings);
    const after = scoreProvider(createRiskContext(applyScenario(dataset, leaveTwo)), 'anthropic', H, settings);
    expect(after?.factors.lockIn.value ?? 0).toBeGreaterThan(base?.factors.lockIn.value ?? Infinity);
    // Before the date nothing changes.
    const early = scoreProvider(createRiskContext(applyScenario(dataset, leaveTwo)), 'anthropic', '2026-11-30', settings);
    expect(early?.risk).toBe(scoreProvider(createRiskContext(dataset), 'anthropic', '2026-11-30', settings)?.risk);
  });
});

describe('applying a scenario', () => {
  it('never mutates the data set and only adds what the scenario holds', () => {
    const scenarioArb = fc.record({
      models: fc.array(modelSpecArb, { maxLength: 3 }),
      events: fc.array(eventSpecArb, { maxLength: 3 }),
      retire: fc.nat(),
      retireAt: fc.integer({ min: 0, max: 1500 }),
      cloud: fc.constantFrom('Cloud A', 'Cloud B'),
      leaveAt: fc.integer({ min: 0, max: 1500 }),
    });
    fc.assert(
      fc.property(datasetArb, scenarioArb, (data, s) => {
        const frozen = JSON.stringify(data);
        const target = data.models[s.retire % Math.max(1, data.models.length)];
        const scenario: Scenario = {
          id: 's',
          name: 's',
          horizon: isoAt(1500),
          models: s.models.map((m, i) => ({ ...buildModel(m, `h${i}`), hypothetical: true })),
          events: s.events.map((e, i) => ({ ...buildEvent(e, `he${i}`), hypothetical: true })),
          statusChanges: target ? [{ modelId: target.id, status: 'retired', from: isoAt(s.retireAt) }] : [],
          licenseChanges: [],
          channelChanges: [{ providerId: 'p0', cloud: s.cloud, from: isoAt(s.leaveAt) }],
        };
        const applied = applyScenario(data, scenario);
        const sorted = applied.models.every((m) =>
          [m.statusHistory, m.opennessHistory].every((h) => h.every((e, i) => i === 0 || (h[i - 1]?.from.date ?? '') <= e.from.date)),
        );
        return (
          JSON.stringify(data) === frozen &&
          applied.models.length === data.models.length + scenario.models.length &&
          applied.events.length === data.events.length + scenario.events.length &&
          sorted
        );
      }),
      fcRuns(1000),
    );
  });
});

describe('a custom scenario', () => {
  it('builds one hypothetical event and model the way the templates do, clamping the severity', async () => {
    const { customScenario } = await import('@/domain/scenario/custom-scenario');
    const { dataset } = await import('@mocks/data/dataset');
    const s = customScenario(dataset, {
      name: 'Mistral closes its next model',
      horizon: '2027-01-01',
      providerId: 'mistral',
      date: '2026-12-15',
      type: 'open-to-closed',
      direction: 'toward-closed',
      severity: 9,
      title: 'Mistral ships Large 4 closed',
      model: { name: 'Mistral Large 4', weights: 'open', tier: 'proprietary' },
    });
    expect(s.events).toHaveLength(1);
    expect(s.events[0]).toMatchObject({ severity: 5, hypothetical: true, relatedModelIds: [s.models[0]?.id] });
    expect(s.models[0]?.opennessHistory[0]).toMatchObject({ weights: 'closed', license: 'Proprietary' });
    expect(s.models[0]?.release.date).toBe('2026-12-15');
    expect(() => customScenario(dataset, { ...s, providerId: 'nobody', date: '2026-12-15', type: 'strategy', direction: 'neutral', severity: 0, title: 'x', model: null, name: 'x', horizon: '2027-01-01' })).toThrow('Unknown provider');
  });
});
