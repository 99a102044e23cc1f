import { describe, expect, it } from 'vitest';
import { evidenceStatus } from '@/domain/evidence/evidence-status';
import type { Source } from '@/domain/schema/source';

const sources = (...urls: string[]): Source[] => urls.map((url) => ({ url, label: null }));

const CNBC =
  'https://www.cnbc.com/2026/04/09/metas-long-awaited-ai-model-is-finally-here-but-can-it-make-money.html';
const SEMAFOR =
  'https://www.semafor.com/article/07/11/2025/musk-will-power-x-through-regardless-of-ceo-exit';
// The three digests Muse Spark was marked "Verified" on before it was re-sourced.
const MUSE_DIGESTS = [
  'https://aidigest.shelfcritter.com/topics/muse-spark',
  'https://tpsreport.news/news/meta-muse-spark-closed-source-multimodal-model',
  'https://faq.com.tw/en/ai-ml/2026-04-09-meta-muse-spark-launch-en/',
];

describe('evidenceStatus', () => {
  it('says a record resting on digests rests on secondary sources only', () => {
    const status = evidenceStatus({ sources: sources(...MUSE_DIGESTS), providerId: 'meta' });
    expect(status.verified).toBe(false);
    expect(status.label).toBe('Rests on secondary sources only (3)');
    expect(status.counts).toEqual({ primary: 0, press: 0, secondary: 3 });
  });

  it("verifies a record with one of the provider's own sources", () => {
    const status = evidenceStatus({
      sources: sources('https://ai.meta.com/blog/introducing-muse-spark-msl/', ...MUSE_DIGESTS),
      providerId: 'meta',
    });
    expect(status).toMatchObject({
      verified: true,
      label: 'Verified',
      basis: '1 primary source and 3 secondary sources',
    });
  });

  it('verifies a record confirmed by two different press publishers', () => {
    const status = evidenceStatus({ sources: sources(CNBC, SEMAFOR), providerId: 'xai' });
    expect(status).toMatchObject({ verified: true, label: 'Verified', pressPublishers: 2 });
  });

  it('does not count one publisher twice', () => {
    const status = evidenceStatus({ sources: sources(CNBC, CNBC), providerId: 'meta' });
    expect(status.verified).toBe(false);
    expect(status.label).toBe('Rests on 2 press sources from one publisher');
  });

  it('says what a record with one press source rests on', () => {
    const status = evidenceStatus({
      sources: sources(
        SEMAFOR,
        'https://www.noze.it/en/insights/grok-open-source/',
        'https://techx.pk/elon-musk-claims-grok-2-5-open-source-but-is-really-true',
      ),
      providerId: 'xai',
    });
    expect(status.verified).toBe(false);
    expect(status.label).toBe('Rests on 1 press source and 2 secondary sources');
  });

  it("does not count another provider's licence as primary", () => {
    const status = evidenceStatus({
      sources: sources(
        'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
      ),
      providerId: 'nvidia',
    });
    expect(status.label).toBe('Rests on secondary sources only (1)');
  });

  it('never calls a recalled record verified', () => {
    const status = evidenceStatus({
      sources: sources('https://x.ai/blog/grok-os'),
      providerId: 'xai',
      confidence: 'recalled',
    });
    expect(status.verified).toBe(false);
    expect(status.label).toBe('Recalled, not checked against its sources');
  });

  it("honours a source's explicit tier", () => {
    const card: Source = { url: 'https://arxiv.org/abs/2508.10925', label: null, tier: 'primary' };
    expect(evidenceStatus({ sources: [card], providerId: 'openai' }).verified).toBe(true);
  });
});
