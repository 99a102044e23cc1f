import type { SourceTier } from '@/domain/schema/source';

/**
 * Reviewed tiers for the few sources the host rule of `sourceTier` (src/domain/evidence) reads
 * wrongly, keyed by the exact URL the reference cites. The builder copies the tier onto every
 * source with that URL; `reason` says why the rule does not fit.
 */
export const sourceTierOverrides: Record<string, { tier: SourceTier; reason: string }> = {
  'https://arxiv.org/abs/2508.10925': {
    tier: 'primary',
    reason:
      "OpenAI's own gpt-oss-120b and gpt-oss-20b model card, posted on arXiv and linked as 'Model card' from github.com/openai/gpt-oss; arXiv in general is a preprint server, not the provider.",
  },
};
