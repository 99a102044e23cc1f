import { describe, expect, it } from 'vitest';
import { commercialUseAllowed, hasUserCap, licenseTier } from '@/domain/license';
import { opennessAt, opennessLevel, type OpennessLevel } from '@/domain/openness';
import type { Model } from '@/domain/schema/model';
import { dataset } from '@mocks/data/dataset';

/*
 * The expected openness level of every real model as of 2026-11-26, reviewed by hand against
 * the rule in docs/methodology.md, "Openness levels" (5 open source, 4 open weights +
 * permissive, 3 open weights + restricted or unknown terms, 2 open weights + non-commercial,
 * 1 closed). The levels are derived by a function of the record's fields; this table is the
 * independent check, not an input.
 */
const EXPECTED: Record<string, OpennessLevel> = {
  // Meta: Llama community licenses (700M MAU cap, AUP, naming rules) → 3; Muse Spark closed.
  'llama-2': 3,
  'llama-3': 3,
  'llama-3.1': 3,
  'llama-3.2': 3,
  'llama-3.3-70b': 3,
  'llama-4-scout': 3,
  'llama-4-maverick': 3,
  'muse-spark': 1,
  // OpenAI: closed except gpt-oss (Apache-2.0; the usage policy is not a license restriction tier).
  'gpt-4': 1,
  'gpt-4-turbo': 1,
  'gpt-4o': 1,
  o1: 1,
  o3: 1,
  'gpt-4.5': 1,
  'gpt-4.1': 1,
  'gpt-oss-120b': 4,
  'gpt-oss-20b': 4,
  'gpt-5': 1,
  'gpt-5.1': 1,
  'gpt-5.2': 1,
  // Google: Gemini closed; Gemma Terms of Use → 3 until Gemma 4 (Apache-2.0) → 4.
  'gemini-1.0': 1,
  'gemini-1.5-pro': 1,
  'gemini-2.0-flash': 1,
  'gemini-2.5-pro': 1,
  'gemini-3-pro': 1,
  'gemini-3.1-pro': 1,
  'gemma-1': 3,
  'gemma-2': 3,
  'gemma-3': 3,
  'gemma-4': 4,
  // Anthropic: closed-weight only; Mythos is restricted access, still closed.
  'claude-3-opus': 1,
  'claude-3.5-sonnet': 1,
  'claude-3.7-sonnet': 1,
  'claude-opus-4': 1,
  'claude-sonnet-4': 1,
  'claude-opus-4.1': 1,
  'claude-sonnet-4.5': 1,
  'claude-haiku-4.5': 1,
  'claude-opus-4.5': 1,
  'claude-opus-4.6': 1,
  'claude-mythos-preview': 1,
  // Mistral: Apache-2.0 → 4; MNPL and MRL (non-production / research only) → 2; API models → 1.
  'mistral-7b': 4,
  'mixtral-8x7b': 4,
  'mistral-large-1': 1,
  'codestral-22b': 2,
  'mistral-large-2': 2,
  'mistral-small-3': 4,
  'mistral-medium-3': 1,
  'mistral-large-3': 4,
  // DeepSeek: V3's weights are under the DeepSeek License Agreement (use restrictions) → 3, even
  // though its code is MIT; later releases are MIT → 4.
  'deepseek-v3': 3,
  'deepseek-r1': 4,
  'deepseek-v3.2-exp': 4,
  'deepseek-v3.2': 4,
  'deepseek-v4': 4,
  // Alibaba: Tongyi Qianwen license → 3; Qwen2.5 has sizes under separate Qwen licenses (100M MAU
  // clause), so the record takes its most restrictive part → 3; Qwen3.5 license unknown → 3.
  'qwen-7b': 3,
  'qwen2.5': 3,
  qwen3: 4,
  'qwen3-max': 1,
  'qwen3.5': 3,
  // xAI: Grok-1 Apache-2.0 → 4; Grok 2 open since 2025-08-23 under its community license → 3.
  'grok-1': 4,
  'grok-2': 3,
  'grok-3': 1,
  'grok-4': 1,
  'grok-4-fast': 1,
  'grok-4.20': 1,
  // Microsoft: Phi under MIT → 4 (Phi-4 since 2025-01-08); MAI closed.
  'phi-3': 4,
  'phi-4': 4,
  'phi-4-mini': 4,
  'phi-4-multimodal': 4,
  'mai-1-preview': 1,
  // NVIDIA: NVIDIA Open Model License → 3 (Nemotron 3 Nano publishes data and recipes, but the
  // license caps it); the Llama fine-tune inherits Llama 3.1's license → 3; Super license unknown → 3.
  'nemotron-4-340b': 3,
  'llama-3.1-nemotron-70b': 3,
  'nemotron-3-nano': 3,
  'nemotron-3-super': 3,
  // Cohere: CC-BY-NC weights → 2; Command A+ Apache-2.0 → 4.
  'command-r': 2,
  'command-r-plus': 2,
  'command-a': 2,
  'command-a-plus': 4,
  // Amazon: Bedrock only.
  'titan-text-express-lite': 1,
  'nova-micro': 1,
  'nova-lite': 1,
  'nova-pro': 1,
  'nova-premier': 1,
  'nova-2-lite': 1,
  // IBM: Apache-2.0, training data and code not stated as published → 4.
  'granite-3.0': 4,
  'granite-3.1': 4,
  'granite-4.0': 4,
  'granite-4.1': 4,
  // Ai2: Apache-2.0 with training data, code, checkpoints and logs → 5.
  'olmo-1': 5,
  'olmo-2': 5,
  'olmo-3': 5,
  // Moonshot: modified MIT (attribution clause) → 3; K2.5 license unknown → 3.
  'kimi-k2': 3,
  'kimi-k2-thinking': 3,
  'kimi-k2.5': 3,
  // Zhipu: MIT → 4.
  'glm-4.5': 4,
  'glm-4.5-air': 4,
  'glm-4.6': 4,
  'glm-5': 4,
};

const AS_OF = '2026-11-26';

function model(id: string): Model {
  const found = dataset.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
}

function levelAt(id: string, iso: string): OpennessLevel | null {
  const entry = opennessAt(model(id), iso);
  return entry ? opennessLevel(entry) : null;
}

function entryAt(id: string, iso: string) {
  const entry = opennessAt(model(id), iso);
  if (!entry) throw new Error(`no openness entry for ${id} on ${iso}`);
  return entry;
}

describe('openness levels of the real models', () => {
  it('states a level for every model in the data, and only for those', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(dataset.models.map((m) => m.id).sort());
    expect(Object.keys(EXPECTED)).toHaveLength(98);
  });

  it.each(Object.entries(EXPECTED))('%s is at level %i as of 2026-11-26', (id, level) => {
    expect(levelAt(id, AS_OF)).toBe(level);
  });

  it('has Grok 2 closed until its weights were published on 2025-08-23', () => {
    expect(levelAt('grok-2', '2024-09-01')).toBe(1);
    expect(levelAt('grok-2', '2025-08-22')).toBe(1);
    expect(levelAt('grok-2', '2025-08-23')).toBe(3);
    expect(entryAt('grok-2', '2025-08-23').eventId).toBe('xai-2025-08-23-grok25-weights');
  });

  it('has Phi-4 Azure-only from 2024-12-12 and open under MIT from 2025-01-08', () => {
    expect(levelAt('phi-4', '2024-12-11')).toBeNull();
    expect(levelAt('phi-4', '2024-12-12')).toBe(1);
    expect(levelAt('phi-4', '2025-01-07')).toBe(1);
    expect(levelAt('phi-4', '2025-01-08')).toBe(4);
    expect(entryAt('phi-4', '2024-12-20').channels.map((c) => c.kind)).toEqual(['own-api']);
    expect(entryAt('phi-4', '2025-01-08').channels.map((c) => c.kind)).toContain(
      'weights-download',
    );
  });

  it('puts OLMo at 5 because it publishes training code and data', () => {
    const olmo = entryAt('olmo-2', AS_OF);
    expect(olmo.trainingCodePublished && olmo.trainingDataPublished).toBe(true);
    // The same license without the training release is level 4.
    expect(opennessLevel({ ...olmo, trainingCodePublished: false })).toBe(4);
  });
});

describe('license tiers and user caps', () => {
  it('reads Llama as restricted-commercial with a user cap', () => {
    const llama = entryAt('llama-3.1', AS_OF);
    expect(licenseTier(llama)).toBe('restricted-commercial');
    expect(hasUserCap(llama)).toBe(true);
    expect(commercialUseAllowed(licenseTier(llama))).toBe(true);
  });

  it('reads the non-commercial licenses', () => {
    for (const id of ['command-r', 'codestral-22b', 'mistral-large-2']) {
      const tier = licenseTier(entryAt(id, AS_OF));
      expect(tier).toBe('non-commercial');
      expect(commercialUseAllowed(tier)).toBe(false);
    }
  });

  it('reads permissive, proprietary and unknown terms', () => {
    expect(licenseTier(entryAt('mistral-7b', AS_OF))).toBe('permissive');
    expect(licenseTier(entryAt('gpt-5', AS_OF))).toBe('proprietary');
    expect(licenseTier(entryAt('qwen3.5', AS_OF))).toBe('unknown');
    expect(commercialUseAllowed('unknown')).toBeNull();
    expect(hasUserCap(entryAt('mistral-7b', AS_OF))).toBe(false);
  });

  it('takes the most restrictive part of a combined license', () => {
    expect(licenseTier(entryAt('deepseek-v3', AS_OF))).toBe('restricted-commercial');
    expect(licenseTier(entryAt('qwen2.5', AS_OF))).toBe('restricted-commercial');
    expect(hasUserCap(entryAt('qwen2.5', AS_OF))).toBe(true);
  });

  it("does not count Kimi K2's attribution clause as a user cap", () => {
    const kimi = entryAt('kimi-k2', AS_OF);
    expect(licenseTier(kimi)).toBe('restricted-commercial');
    expect(hasUserCap(kimi)).toBe(false);
  });

  it('reads the NVIDIA Open Model License as restricted-commercial', () => {
    expect(licenseTier(entryAt('nemotron-4-340b', AS_OF))).toBe('restricted-commercial');
  });
});
