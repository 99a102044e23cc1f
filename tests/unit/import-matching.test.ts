import { describe, expect, it } from 'vitest';
import { createModelMatcher, type MatchInput } from '@/domain/import/match-model';
import { DEFAULT_MODEL_ALIASES, withAlias } from '@/domain/import/model-aliases';
import { normaliseModelId } from '@/domain/import/normalise-model-id';
import { providerOfBrand, providerOfLab } from '@/domain/import/lab-providers';
import type { Dataset } from '@/domain/schema/dataset';
import { dataset } from '@mocks/data/dataset';

const match = createModelMatcher(dataset, DEFAULT_MODEL_ALIASES);
const input = (
  externalId: string,
  lab: string | null,
  name = '',
  aliases: string[] = [],
): MatchInput => ({
  externalId,
  aliases,
  name,
  providerId: providerOfLab(lab),
});

describe('normalising a catalog model id', () => {
  it.each([
    ['openai/gpt-oss-120b', 'gpt-oss-120b'],
    ['openai.gpt-oss-120b-1:0', 'gpt-oss-120b'],
    ['us.anthropic.claude-opus-4-1-20250805-v1:0', 'claude-opus-4-1'],
    ['gpt-4.1-2025-04-14', 'gpt-4.1'],
    ['claude-sonnet-4@20250514', 'claude-sonnet-4'],
    ['command-r-03-2024', 'command-r'],
    ['mistralai/Mistral-7B-Instruct-v0.1', 'mistral-7b'],
    ['gemini-2.0-flash-001', 'gemini-2.0-flash'],
    ['openai/gpt-oss-120b:free', 'gpt-oss-120b'],
    ['deepseek-v3', 'deepseek-v3'],
    ['o1-2024-12-17', 'o1'],
    ['mistral-large-latest', 'mistral-large-latest'],
  ])('%s → %s', (raw, clean) => {
    expect(normaliseModelId(raw).clean).toBe(clean);
  });

  it('names the steps it took', () => {
    expect(normaliseModelId('openai.gpt-oss-120b-1:0').steps).toEqual([
      "vendor prefix 'openai.'",
      "version suffix '-1:0'",
    ]);
  });
});

describe('matching catalog records to the data set', () => {
  it.each([
    // [external id, lab, expected model, method]
    ['gpt-oss-120b', 'openai', 'gpt-oss-120b', 'exact-id'],
    ['openai/gpt-oss-120b', 'openai', 'gpt-oss-120b', 'normalised-id'],
    ['openai.gpt-oss-120b-1:0', 'openai', 'gpt-oss-120b', 'normalised-id'],
    ['gpt-4.5-preview', 'openai', 'gpt-4.5', 'alias'],
    ['mistral-large-2512', 'mistral', 'mistral-large-3', 'alias'],
    ['claude-3-7-sonnet-20250219', 'anthropic', 'claude-3.7-sonnet', 'normalised-id'],
    ['amazon.nova-pro-v1:0', 'amazon', 'nova-pro', 'normalised-id'],
    ['deepseek.r1-v1:0', 'deepseek', 'deepseek-r1', 'normalised-id'],
    ['cohere-command-a', 'cohere', 'command-a', 'normalised-id'],
    ['llama-3.3-70b-instruct', 'meta', 'llama-3.3-70b', 'normalised-id'],
    ['grok-2-1212', 'xai', 'grok-2', 'normalised-id'],
  ])('%s (%s) → %s by %s', (id, lab, modelId, method) => {
    expect(match(input(id, lab)).match).toMatchObject({ modelId, method });
  });

  it('matches by a record alias that is one of our ids (the OpenAI feed lists gpt-4 under gpt-4-0613)', () => {
    expect(
      match(input('gpt-4-0613', 'openai', 'gpt-4-0613', ['gpt-4', 'gpt-4-completions'])).match,
    ).toEqual({
      modelId: 'gpt-4',
      method: 'exact-id',
      detail: "the record's alias 'gpt-4'",
      snapshot: false,
    });
  });

  it('matches by name when the id says nothing ("GPT OSS 120B")', () => {
    expect(match(input('some-host-id-42', 'openai', 'OpenAI: GPT OSS 120B')).match).toMatchObject({
      modelId: 'gpt-oss-120b',
      method: 'normalised-name',
    });
  });

  it("flags a dated snapshot, whose facts may not be the model's", () => {
    expect(match(input('gpt-4o-2024-05-13', 'openai')).match).toMatchObject({
      modelId: 'gpt-4o',
      snapshot: true,
    });
    expect(match(input('openai/gpt-oss-120b:free', 'openai')).match).toMatchObject({
      modelId: 'gpt-oss-120b',
      snapshot: true,
    });
  });

  it("keeps within the lab: an OpenAI record never matches another lab's model", () => {
    expect(match(input('command-a', 'openai')).match).toBeNull();
  });

  it('leaves variants and moving aliases unmatched rather than guess', () => {
    expect(match(input('gpt-4.1-mini', 'openai')).match).toBeNull();
    expect(match(input('o1-preview', 'openai')).match).toBeNull();
    expect(
      match(input('mistral-large-latest', 'mistral', 'Mistral Large (latest)')).match,
    ).toBeNull();
  });

  it('lists the candidates when several models share the key', () => {
    const twins: Dataset = {
      ...dataset,
      models: [
        {
          ...(dataset.models[0] as Dataset['models'][number]),
          id: 'foo-1',
          name: 'Foo 1',
          providerId: 'meta',
        },
        {
          ...(dataset.models[0] as Dataset['models'][number]),
          id: 'foo.1',
          name: 'Foo 1',
          providerId: 'meta',
        },
      ],
    };
    expect(createModelMatcher(twins, {})(input('meta/foo-1-instruct', 'meta'))).toEqual({
      match: null,
      candidates: ['foo-1', 'foo.1'],
    });
  });

  it('keeps a mapping the user chose as an alias for the next import', () => {
    expect(match(input('o1-preview', 'openai')).match).toBeNull();
    const aliases = withAlias(DEFAULT_MODEL_ALIASES, 'O1-Preview', 'o1');
    expect(createModelMatcher(dataset, aliases)(input('o1-preview', 'openai')).match).toMatchObject(
      { modelId: 'o1', method: 'alias' },
    );
    // The input table is not changed, and no key reaches the prototype.
    expect(Object.hasOwn(DEFAULT_MODEL_ALIASES, 'o1-preview')).toBe(false);
    expect(
      createModelMatcher(dataset, withAlias({}, '__proto__', 'o1'))(input('__proto__', 'openai'))
        .match?.modelId,
    ).toBe('o1');
    expect(({} as Record<string, unknown>).o1).toBeUndefined();
  });

  it('names labs by their catalog tokens and model brands', () => {
    expect([
      providerOfLab('meta-llama'),
      providerOfLab('~anthropic'),
      providerOfLab('zhipuai'),
      providerOfLab('stepfun'),
    ]).toEqual(['meta', 'anthropic', 'zhipu', null]);
    expect([
      providerOfBrand('gpt-4o'),
      providerOfBrand('claude-sonnet-4@x'),
      providerOfBrand('llama3-1-8b'),
      providerOfBrand('phind-70b'),
    ]).toEqual(['openai', 'anthropic', 'meta', null]);
  });
});
