import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { applyScenario } from '@/domain/scenario/apply-scenario';
import { diffScenario } from '@/domain/scenario/diff-scenario';
import {
  deprecationScenario,
  leaveCloudScenario,
  licenseTierScenario,
  retirementScenario,
} from '@/domain/scenario/scenario-templates';
import {
  countsByCriticalityText,
  workloadImpacts,
  workloadStatusText,
} from '@/domain/scenario/workload-impact';
import type { Criticality, Dependency, Deployment } from '@/domain/schema/dependency';
import { fcRuns } from '../fc-runs';

const settings = DEFAULT_RISK_SETTINGS;
const H = '2026-10-17';
const portfolio = SAMPLE_PORTFOLIO.map((d) => ({ ...d }));

function impactsOf(scenarioModels: typeof dataset.models, deps: Dependency[], horizon = H) {
  return workloadImpacts(dataset.models, scenarioModels, deps, horizon);
}

describe('workloads a scenario breaks', () => {
  it('retiring GPT-5 breaks the mission-critical support workload, counts it and ranks its exits', () => {
    const scenario = retirementScenario(dataset, 'gpt-5', '2026-09-01', H, 4);
    const diff = diffScenario(dataset, scenario, settings, portfolio);
    const support = diff.workloads.find((w) => w.dependencyId === 'sample-support');
    if (support === undefined) throw new Error('the support workload is missing');
    expect(support.scenario.state).toBe('broken');
    expect(support.scenario.cause).toBe('retired');
    expect(support.scenario.since?.date).toBe('2026-09-01');
    expect(support.baseline.state).toBe('ok');
    expect(support.causedByScenario).toBe(true);
    expect(diff.scenarioWorkloads.broken).toBe(1);
    expect(diff.scenarioWorkloads.brokenBy['mission-critical']).toBe(1);
    expect(diff.baselineWorkloads.broken).toBe(0);
    expect(countsByCriticalityText(diff.scenarioWorkloads.brokenBy)).toBe('1 mission-critical');
    // Only the workload on GPT-5 is touched; it is offered ranked exits, the others none.
    expect(diff.workloads.filter((w) => w.scenario.state !== 'ok').map((w) => w.dependencyId)).toEqual(['sample-support']);
    expect(support.exits.length ?? 0).toBeGreaterThan(5);
    expect(diff.workloads.find((w) => w.dependencyId === 'sample-code')?.exits).toEqual([]);
    expect(workloadStatusText('GPT-5', 'own-api', support.scenario)).toBe(
      "GPT-5 retired on the provider's own API since 2026-09-01",
    );
  });

  it('a deprecation with a later shutdown puts the workload at risk with the shutdown date', () => {
    const scenario = deprecationScenario(dataset, 'gpt-5', '2026-09-01', '2027-03-01', H);
    const impacts = impactsOf(applyScenario(dataset, scenario).models, portfolio);
    const support = impacts.find((w) => w.dependencyId === 'sample-support');
    if (support === undefined) throw new Error('the support workload is missing');
    expect(support.scenario).toMatchObject({ state: 'at-risk', cause: 'deprecated', shutdown: { date: '2027-03-01' } });
    expect(workloadStatusText('GPT-5', 'own-api', support.scenario)).toBe(
      "GPT-5 deprecated on the provider's own API since 2026-09-01; shutdown 2027-03-01",
    );
    // Past the shutdown the same scenario breaks it.
    const later = impactsOf(applyScenario(dataset, { ...scenario, horizon: '2027-04-01' }).models, portfolio, '2027-04-01');
    expect(later.find((w) => w.dependencyId === 'sample-support')?.scenario.state).toBe('broken');
  });

  it('a retirement scheduled after the horizon is at risk, with its date', () => {
    const scenario = retirementScenario(dataset, 'gpt-5', '2027-02-01', '2027-03-01');
    const impacts = impactsOf(applyScenario(dataset, scenario).models, portfolio);
    expect(impacts.find((w) => w.dependencyId === 'sample-support')?.scenario).toMatchObject({
      state: 'at-risk',
      cause: 'retirement-scheduled',
      shutdown: { date: '2027-02-01' },
    });
  });

  it('a provider leaving the cloud a workload calls through breaks that workload only', () => {
    const onBedrock: Dependency[] = [
      { id: 'b', workload: 'Claims triage', modelId: 'claude-sonnet-4.5', criticality: 'high', share: 1, deployment: 'cloud-marketplace', channel: 'bedrock', notes: '' },
      { id: 'a', workload: 'Drafting', modelId: 'claude-sonnet-4.5', criticality: 'low', share: 1, deployment: 'vendor-api', notes: '' },
    ];
    const scenario = leaveCloudScenario(dataset, 'anthropic', 'Amazon Bedrock', '2026-06-01', H);
    const impacts = impactsOf(applyScenario(dataset, scenario).models, onBedrock);
    expect(impacts[0]?.scenario).toMatchObject({ state: 'broken', cause: 'left-cloud', since: { date: '2026-06-01' } });
    expect(impacts[0]?.baseline.state).toBe('ok');
    expect(impacts[1]?.scenario.state).toBe('ok');
  });

  it('closing a model puts a self-hosted workload on it at risk, not one calling its API', () => {
    const deps: Dependency[] = [
      { id: 's', workload: 'Search', modelId: 'llama-3.1', criticality: 'high', share: 1, deployment: 'self-hosted', notes: '' },
      { id: 'v', workload: 'Chat', modelId: 'llama-3.1', criticality: 'high', share: 1, deployment: 'vendor-api', notes: '' },
    ];
    const scenario = licenseTierScenario(dataset, 'llama-3.1', 'proprietary', '2026-08-01', H);
    const impacts = impactsOf(applyScenario(dataset, scenario).models, deps);
    expect(impacts[0]?.scenario).toMatchObject({ state: 'at-risk', cause: 'weights-closed', since: { date: '2026-08-01' } });
    expect(impacts[1]?.scenario.state).toBe('ok');
    const nc = licenseTierScenario(dataset, 'llama-3.1', 'non-commercial', '2026-08-01', H);
    expect(impactsOf(applyScenario(dataset, nc).models, deps)[0]?.scenario.cause).toBe('non-commercial');
  });

  it('a workload on a model not in the data is unknown, never broken', () => {
    const deps: Dependency[] = [{ id: 'x', workload: 'X', modelId: 'no-such-model', criticality: 'low', share: 1, deployment: 'vendor-api', notes: '' }];
    expect(impactsOf(dataset.models, deps)[0]?.scenario.state).toBe('unknown');
  });
});

const CRITICALITIES: Criticality[] = ['low', 'medium', 'high', 'mission-critical'];
const DEPLOYMENTS: Deployment[] = ['vendor-api', 'cloud-marketplace', 'self-hosted'];
const MODEL_IDS = dataset.models.filter((m) => m.release.date < '2026-01-01').map((m) => m.id);

describe('workload properties on the curated data', () => {
  it('retiring a model by the horizon breaks every workload on it and changes no other workload', () => {
    const depArb = fc.record({
      modelId: fc.constantFrom(...MODEL_IDS),
      criticality: fc.constantFrom(...CRITICALITIES),
      deployment: fc.constantFrom(...DEPLOYMENTS),
    });
    fc.assert(
      fc.property(fc.constantFrom(...MODEL_IDS), fc.array(depArb, { minLength: 1, maxLength: 8 }), (retired, specs) => {
        const deps: Dependency[] = specs.map((d, i) => ({ ...d, id: `d${i}`, workload: `W${i}`, share: 1, notes: '' }));
        const scenario = retirementScenario(dataset, retired, '2026-06-01', H);
        const impacts = impactsOf(applyScenario(dataset, scenario).models, deps);
        let broken = 0;
        for (const w of impacts) {
          if (w.modelId === retired) {
            expect(w.scenario.state).toBe('broken');
            broken += 1;
          } else {
            expect(w.scenario).toEqual(w.baseline);
            expect(w.causedByScenario).toBe(false);
          }
        }
        const counts = diffScenario(dataset, scenario, settings, deps).scenarioWorkloads;
        expect(counts.broken).toBe(impacts.filter((w) => w.scenario.state === 'broken').length);
        expect(Object.values(counts.brokenBy).reduce((a, b) => a + b, 0)).toBe(counts.broken);
        expect(counts.broken).toBeGreaterThanOrEqual(broken);
      }),
      fcRuns(100),
    );
  });
});
