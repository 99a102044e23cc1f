import { describe, expect, it } from 'vitest';
import { sourceTier } from '@/domain/evidence/source-tier';
import { sourceSchema, type Source } from '@/domain/schema/source';

// Every URL below is cited in mocks/data/reference/ai-landscape.json.
const src = (url: string, tier?: Source['tier']): Source =>
  tier ? { url, label: null, tier } : { url, label: null };
const tierFor = (providerId: string | null, url: string) => sourceTier(src(url), { providerId });

describe('sourceTier', () => {
  it("counts the provider's own licence, blog, docs and status page as primary", () => {
    const llama2 = 'https://github.com/meta-llama/llama-models/blob/main/models/llama2/LICENSE';
    expect(tierFor('meta', llama2)).toBe('primary');
    expect(tierFor('meta', 'https://ai.meta.com/blog/introducing-muse-spark-msl/')).toBe('primary');
    expect(tierFor('deepseek', 'https://api-docs.deepseek.com/news/news250120')).toBe('primary');
    expect(tierFor('openai', 'https://status.openai.com/incidents/ctrsv3lwd797')).toBe('primary');
    expect(
      tierFor(
        'google',
        'https://docs.cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/3-pro',
      ),
    ).toBe('primary');
    expect(
      tierFor(
        'amazon',
        'https://docs.aws.eu/bedrock/latest/userguide/model-card-amazon-nova-lite.html',
      ),
    ).toBe('primary');
  });

  it("counts the provider's Hugging Face organisation, in any letter case, as primary", () => {
    expect(tierFor('cohere', 'https://huggingface.co/CohereLabs/command-a-plus-05-2026-bf16')).toBe(
      'primary',
    );
    expect(tierFor('xai', 'https://huggingface.co/xai-org/grok-2/blob/main/LICENSE')).toBe(
      'primary',
    );
    expect(
      tierFor(
        'deepseek',
        'https://huggingface.co/deepseek-ai/DeepSeek-V3-Base/commit/cc85cae8283f21e8970d6c3f95d9781242cff492',
      ),
    ).toBe('primary');
  });

  it("counts someone else's copy of a provider's file as secondary", () => {
    expect(
      tierFor(
        'meta',
        'https://huggingface.co/TheBloke/airoboros-l2-13B-2.2.1-AWQ/blame/fe675cef6e0c4140c9467ab02ca8c737b719ee42/LICENSE.txt',
      ),
    ).toBe('secondary');
    expect(
      tierFor('meta', 'https://gist.github.com/cedrickchee/2e086ccb7427a96af60da5e1ba51dda8'),
    ).toBe('secondary');
    expect(
      tierFor(
        'amazon',
        'https://raw.githubusercontent.com/api-evangelist/amazon-nova/refs/heads/main/changelog/amazon-nova-changelog.yml',
      ),
    ).toBe('secondary');
  });

  it("counts discussions and pull requests on the provider's own repositories as secondary", () => {
    expect(
      tierFor('mistral', 'https://huggingface.co/mistralai/Codestral-22B-v0.1/discussions/8'),
    ).toBe('secondary');
    expect(
      tierFor(
        'meta',
        'https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/refs%2Fpr%2F43/README.md',
      ),
    ).toBe('secondary');
    expect(tierFor('alibaba', 'https://huggingface.co/Qwen/Qwen2.5-3B/discussions/3')).toBe(
      'secondary',
    );
  });

  it("counts a provider's pages as secondary on another provider's record", () => {
    // Nemotron 70B inherits the Llama 3.1 licence, but Meta's file is not NVIDIA speaking.
    const llama31 = 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE';
    expect(tierFor('nvidia', llama31)).toBe('secondary');
    expect(tierFor(null, llama31)).toBe('secondary');
  });

  it('counts regulators and official journals as primary on any record', () => {
    const fr =
      'https://www.federalregister.gov/documents/2025/01/16/2025-00704/addition-of-entities-to-and-revision-of-entry-on-the-entity-list';
    expect(tierFor('zhipu', fr)).toBe('primary');
    expect(tierFor(null, fr)).toBe('primary');
    expect(
      tierFor(
        'deepseek',
        'https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/10097450',
      ),
    ).toBe('primary');
  });

  it('counts reputable news organisations as press', () => {
    expect(
      tierFor(
        'meta',
        'https://www.cnbc.com/2026/04/09/metas-long-awaited-ai-model-is-finally-here-but-can-it-make-money.html',
      ),
    ).toBe('press');
    expect(
      tierFor(
        'xai',
        'https://www.semafor.com/article/07/11/2025/musk-will-power-x-through-regardless-of-ceo-exit',
      ),
    ).toBe('press');
  });

  it('counts aggregators, digests, wikis and look-alike hosts as secondary', () => {
    expect(tierFor('meta', 'https://aidigest.shelfcritter.com/topics/muse-spark')).toBe(
      'secondary',
    );
    expect(tierFor('cohere', 'https://aiwiki.ai/wiki/command_r')).toBe('secondary');
    expect(
      tierFor(
        'anthropic',
        'https://anthropic.mintlify.app/en/docs/about-claude/models/migrating-to-claude-4',
      ),
    ).toBe('secondary');
    // A host written with a trailing dot is the same host; Hugging Face's paper pages are not Ai2's.
    expect(tierFor('ai2', 'https://huggingface.co./papers/2501.00656')).toBe('secondary');
  });

  it('lets an explicit tier in the data win over the host rule', () => {
    expect(
      sourceTier(src('https://arxiv.org/abs/2508.10925', 'primary'), { providerId: 'openai' }),
    ).toBe('primary');
    expect(sourceTier(src('https://arxiv.org/abs/2508.10925'), { providerId: 'openai' })).toBe(
      'secondary',
    );
    expect(
      sourceTier(src('https://ai.meta.com/blog/llama-2/', 'secondary'), { providerId: 'meta' }),
    ).toBe('secondary');
  });
});

describe('the source schema', () => {
  it('accepts only http and https addresses', () => {
    const ok = (url: string) => sourceSchema.safeParse({ url, label: null }).success;
    expect(ok('https://x.ai/blog/grok-os')).toBe(true);
    expect(ok('http://51haodu.com/t/Q1lISn!YWkVjaQ==')).toBe(true);
    expect(ok('http://120.77.8.217/papers?topic=Inference+Optimization')).toBe(true);
    expect(ok('javascript:alert(1)')).toBe(false);
    expect(ok('data:text/html,hello')).toBe(false);
    expect(ok('ftp://ftp.example.org/licence.txt')).toBe(false);
  });

  it('keeps the tier optional and limited to the three tiers', () => {
    expect(sourceSchema.safeParse({ url: 'https://x.ai/news/grok-2', label: null }).success).toBe(
      true,
    );
    expect(
      sourceSchema.safeParse({ url: 'https://x.ai/news/grok-2', label: null, tier: 'press' })
        .success,
    ).toBe(true);
    expect(
      sourceSchema.safeParse({ url: 'https://x.ai/news/grok-2', label: null, tier: 'official' })
        .success,
    ).toBe(false);
  });
});
