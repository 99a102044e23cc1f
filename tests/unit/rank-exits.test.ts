import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { exitOptions } from '@/domain/exposure/exit-options';
import type { LicenseTier } from '@/domain/license';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { applyScenario } from '@/domain/scenario/apply-scenario';
import { rankedExitOptions } from '@/domain/scenario/exit-candidates';
import {
  FIT_CRITERIA,
  assessExit,
  fitReasons,
  rankExits,
  sizeClasses,
  type ExitCandidate,
  type ExitNeeds,
  type SizeClass,
} from '@/domain/scenario/rank-exits';
import { retirementScenario } from '@/domain/scenario/scenario-templates';
import type { Channel } from '@/domain/schema/channel';
import { fcRuns } from '../fc-runs';

function defined<T>(x: T | undefined): T {
  if (x === undefined) throw new Error('expected a value');
  return x;
}

const H = '2026-10-17';

const NEEDS: ExitNeeds = {
  modelName: 'Target',
  modalities: { input: ['text', 'image'], output: ['text'] },
  contextWindow: 400_000,
  sizeClasses: ['large'],
  deployment: 'vendor-api',
  cloud: null,
  providerRisk: 55,
  providerName: 'Old',
};

function candidate(over: Partial<ExitCandidate> = {}): ExitCandidate {
  return {
    modelId: 'c',
    providerId: 'p',
    providerName: 'P',
    name: 'Candidate',
    modalities: { input: ['text', 'image'], output: ['text'] },
    contextWindow: 1_000_000,
    sizeClasses: ['large'],
    licenseTier: 'permissive',
    license: 'Apache-2.0',
    openWeights: true,
    channels: [{ kind: 'own-api', name: 'P API' }, { kind: 'weights-download', name: 'Hugging Face' }],
    providerRisk: 20,
    ...over,
  };
}

describe('exit options for GPT-5 retired under a mission-critical workload', () => {
  const scenario = retirementScenario(dataset, 'gpt-5', '2026-09-01', H, 4);
  const ctx = createRiskContext(applyScenario(dataset, scenario));
  const scores = scoreProviders(ctx, H, DEFAULT_RISK_SETTINGS, { explain: false });
  const ranked = rankedExitOptions(ctx, { modelId: 'gpt-5', deployment: 'vendor-api' }, H, scores);
  const pool = exitOptions(ctx, 'gpt-5', H);

  it('ranks every option of the pool, the ones with unknown modalities too', () => {
    expect(ranked.map((r) => r.candidate.modelId).sort()).toEqual(
      [...pool.options, ...pool.undetermined].map((o) => o.modelId).sort(),
    );
    const unknown = ranked.find((r) => r.candidate.modalities === null);
    expect(unknown).toBeDefined();
    expect(fitReasons(defined(unknown)).unknown).toContain('modalities unknown');
  });

  it('puts like-for-like models first and Gemma 2B and Grok-1 far below, each with reasons', () => {
    const top = ranked.slice(0, 5);
    for (const r of top) {
      const reasons = fitReasons(r);
      expect(reasons.fits.length).toBeGreaterThan(0);
      // Text and image in, like GPT-5; no top option is a text-only model.
      expect(r.candidate.modalities?.input).toEqual(expect.arrayContaining(['text', 'image']));
    }
    expect(top[0]?.candidate.name).toMatch(/^Llama 4/);
    expect(fitReasons(defined(top[0])).fits).toContain("context window 1M tokens, at least GPT-5's 400K");
    const place = (id: string) => ranked.findIndex((r) => r.candidate.modelId === id);
    const gemma = ranked.find((r) => r.candidate.name.startsWith('Gemma (2B'));
    const grok = ranked.find((r) => r.candidate.name.startsWith('Grok-1'));
    expect(place(gemma?.candidate.modelId ?? '')).toBeGreaterThan(15);
    expect(place(grok?.candidate.modelId ?? '')).toBeGreaterThan(30);
    expect(fitReasons(defined(grok)).lacks).toEqual(["no image input", "context window 8K tokens, below GPT-5's 400K"]);
  });

  it('for a self-hosted workload ranks a weights-only model above the API-only reading', () => {
    const api = ranked.findIndex((r) => r.candidate.name.startsWith('OLMo 2'));
    const self = rankedExitOptions(ctx, { modelId: 'gpt-5', deployment: 'self-hosted' }, H, scores);
    const selfPlace = self.findIndex((r) => r.candidate.name.startsWith('OLMo 2'));
    expect(selfPlace).toBeLessThan(api);
    expect(fitReasons(defined(ranked[api])).lacks).toContain('weights only: no hosted API on record (self-host it)');
  });
});

describe('a workload on a model with unknown modalities', () => {
  it('gets its exits ranked (modalities left out of the fit), not "unknown"', () => {
    const target = dataset.models.find((m) => m.modalities === null && m.name === 'Qwen3.5');
    if (target === undefined) throw new Error('Qwen3.5 with unknown modalities is in the data');
    const scenario = retirementScenario(dataset, target.id, '2026-09-01', H);
    const ctx = createRiskContext(applyScenario(dataset, scenario));
    const scores = scoreProviders(ctx, H, DEFAULT_RISK_SETTINGS, { explain: false });
    expect(exitOptions(ctx, target.id, H).status).toBe('unknown');
    const ranked = rankedExitOptions(ctx, { modelId: target.id, deployment: 'self-hosted' }, H, scores);
    expect(ranked.length).toBeGreaterThan(10);
    for (const r of ranked) expect(r.checks.map((k) => k.criterion)).not.toContain('modalities');
    for (let i = 1; i < ranked.length; i++) expect(defined(ranked[i - 1]).fit).toBeGreaterThanOrEqual(defined(ranked[i]).fit);
  });
});

describe('fit ranking rules', () => {
  it('an unknown fact lowers the rank below a known fit and keeps it above a known shortfall', () => {
    const known = candidate({ modelId: 'k', name: 'Known' });
    const unknown = candidate({ modelId: 'u', name: 'Unknown', contextWindow: null });
    const short = candidate({ modelId: 's', name: 'Short', contextWindow: 128_000 });
    expect(rankExits(NEEDS, [short, unknown, known]).map((r) => r.candidate.modelId)).toEqual(['k', 'u', 's']);
  });

  it('self-hosting needs open weights; a closed model is kept, ranked below, and says why', () => {
    const needs = { ...NEEDS, deployment: 'self-hosted' as const };
    const closed = candidate({ modelId: 'closed', openWeights: false, licenseTier: 'proprietary', license: 'Proprietary' });
    const open = candidate({ modelId: 'open', providerRisk: 60 });
    const ranked = rankExits(needs, [closed, open]);
    expect(ranked.map((r) => r.candidate.modelId)).toEqual(['open', 'closed']);
    expect(fitReasons(defined(ranked[1])).lacks).toContain('no open weights: cannot be self-hosted');
  });

  it('a cloud-marketplace workload prefers the same cloud', () => {
    const needs = { ...NEEDS, deployment: 'cloud-marketplace' as const, cloud: 'bedrock' };
    const bedrock = candidate({ modelId: 'b', channels: [{ kind: 'cloud', name: 'Amazon Bedrock' }] });
    const azure = candidate({ modelId: 'a', channels: [{ kind: 'cloud', name: 'Azure AI Foundry' }] });
    const ranked = rankExits(needs, [azure, bedrock]);
    expect(ranked[0]?.candidate.modelId).toBe('b');
    expect(fitReasons(defined(ranked[1])).lacks).toEqual(['not on the same cloud; offered on Azure AI Foundry']);
  });

  it('a non-commercial license is not allowed for the workload', () => {
    const r = assessExit(NEEDS, candidate({ licenseTier: 'non-commercial', license: 'CC-BY-NC-4.0' }));
    expect(fitReasons(r).lacks).toContain('non-commercial terms (CC-BY-NC-4.0): not allowed for a business workload');
  });

  it('reads size classes from total parameters, never from active ones', () => {
    expect(sizeClasses('8B, 70B, 405B (dense)')).toEqual(['small', 'medium', 'large']);
    expect(sizeClasses('109B total / 17B active (MoE, 16 experts)')).toEqual(['large']);
    expect(sizeClasses('~17B active parameters (hybrid linear-attention MoE)')).toBeNull();
    expect(sizeClasses('Undisclosed')).toBeNull();
    expect(sizeClasses('E2B (~2.3B eff.), E4B (~4.5B eff.), 26B MoE (~3.8B active), 31B dense')).toEqual(['medium']);
    expect(sizeClasses('Over 1 trillion (MoE)')).toEqual(['large']);
  });
});

// Each criterion's values from worst to best, as a candidate's facts against NEEDS.
const MODALITIES: Array<ExitCandidate['modalities']> = [
  { input: ['text'], output: ['image'] },
  { input: ['text'], output: ['text'] },
  null,
  { input: ['text', 'image'], output: ['text'] },
];
const CONTEXT: Array<number | null> = [8_000, 128_000, null, 400_000];
const LICENSE: LicenseTier[] = ['non-commercial', 'unknown', 'restricted-commercial', 'permissive'];
const CHANNELS: Channel[][] = [[{ kind: 'weights-download', name: 'Hugging Face' }], [], [{ kind: 'own-api', name: 'API' }]];
const SIZE: Array<SizeClass[] | null> = [['small'], null, ['large']];
const RISK_STEPS = 101; // provider risk 100 (worst) … 0 (best)

type Levels = [number, number, number, number, number, number];
const MAX: Levels = [MODALITIES.length - 1, CONTEXT.length - 1, LICENSE.length - 1, CHANNELS.length - 1, SIZE.length - 1, RISK_STEPS - 1];

function fromLevels(l: Levels, id: string): ExitCandidate {
  return candidate({
    modelId: id,
    name: id,
    modalities: MODALITIES[l[0]] ?? null,
    contextWindow: CONTEXT[l[1]] ?? null,
    licenseTier: LICENSE[l[2]] ?? 'unknown',
    channels: CHANNELS[l[3]] ?? [],
    sizeClasses: SIZE[l[4]] ?? null,
    providerRisk: 100 - l[5],
  });
}

const levelsArb = fc.tuple(...MAX.map((m) => fc.integer({ min: 0, max: m }))) as fc.Arbitrary<Levels>;

describe('fit ranking properties', () => {
  it('a candidate at least as good on every criterion and better on one never ranks below the other', () => {
    fc.assert(
      fc.property(
        levelsArb,
        levelsArb,
        fc.array(levelsArb, { maxLength: 8 }),
        fc.boolean(),
        (a, b, others, reversed) => {
          // The better one takes the higher level of each criterion.
          const better = a.map((x, i) => Math.max(x, b[i] ?? 0)) as Levels;
          const worse = a.map((x, i) => Math.min(x, b[i] ?? 0)) as Levels;
          fc.pre(better.some((x, i) => x !== worse[i]));
          // Names that would put the worse one first on a tie.
          const hi = fromLevels(better, 'z-better');
          const lo = fromLevels(worse, 'a-worse');
          const rest = others.map((o, i) => fromLevels(o, `o${i}`));
          const pool = reversed ? [lo, ...rest, hi] : [hi, ...rest, lo];
          const order = rankExits(NEEDS, pool).map((r) => r.candidate.modelId);
          expect(order.indexOf('z-better')).toBeLessThan(order.indexOf('a-worse'));
          const fits = assessExit(NEEDS, hi).fit;
          expect(fits).toBeGreaterThan(assessExit(NEEDS, lo).fit);
        },
      ),
      fcRuns(1000),
    );
  });

  it('ranks every candidate exactly once, fit within 0-100, best first', () => {
    fc.assert(
      fc.property(fc.array(levelsArb, { maxLength: 20 }), (levels) => {
        const pool = levels.map((l, i) => fromLevels(l, `m${i}`));
        const ranked = rankExits(NEEDS, pool);
        expect(ranked.map((r) => r.candidate.modelId).sort()).toEqual(pool.map((c) => c.modelId).sort());
        for (let i = 0; i < ranked.length; i++) {
          const r = defined(ranked[i]);
          expect(r.fit).toBeGreaterThanOrEqual(0);
          expect(r.fit).toBeLessThanOrEqual(100);
          expect(r.checks.map((k) => k.criterion)).toEqual(FIT_CRITERIA);
          if (i > 0) expect(defined(ranked[i - 1]).fit).toBeGreaterThanOrEqual(r.fit);
        }
      }),
      fcRuns(500),
    );
  });
});
