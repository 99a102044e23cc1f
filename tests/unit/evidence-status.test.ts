import { describe, expect, it } from 'vitest';
import { evidenceStatus } from '@/domain/evidence/evidence-status';
import type { Source } from '@/domain/schema/source';
import { dataset } from '@mocks/data/dataset';

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
      label: 'Verified: primary source',
      basis: '1 primary source and 3 secondary sources',
    });
  });

  it('verifies a record confirmed by two different press publishers', () => {
    const status = evidenceStatus({ sources: sources(CNBC, SEMAFOR), providerId: 'xai' });
    expect(status).toMatchObject({
      verified: true,
      label: 'Verified: two independent reputable sources',
      pressPublishers: 2,
    });
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

describe('the bundled data set', () => {
  it('verifies every event of severity 4 or 5 from a primary source', () => {
    const high = dataset.events.filter((e) => e.severity >= 4);
    expect(high.length).toBe(12);
    const unverified = high
      .map((e) => ({ id: e.id, status: evidenceStatus(e) }))
      .filter((x) => !x.status.verified || x.status.counts.primary === 0)
      .map((x) => `${x.id}: ${x.status.label}`);
    expect(unverified).toEqual([]);
  });

  it('verifies every openness change, event and model history alike', () => {
    const opennessTypes = new Set(['open-to-closed', 'closed-to-open', 'license-change']);
    const events = dataset.events.filter((e) => opennessTypes.has(e.type));
    const changedModels = dataset.models.filter((m) => m.opennessHistory.length > 1);
    expect(changedModels.map((m) => m.id).sort()).toEqual(['grok-2', 'phi-4']);
    const unverified = [...events, ...changedModels]
      .filter((r) => !evidenceStatus(r).verified)
      .map((r) => r.id);
    expect(unverified).toEqual([]);
  });

  it('verifies every binding regulatory event from the official text or the regulator', () => {
    const binding = dataset.events.filter((e) => e.type === 'regulatory' && e.severity >= 3);
    expect(binding.length).toBe(8);
    const unverified = binding
      .filter((e) => evidenceStatus(e).counts.primary === 0)
      .map((e) => e.id);
    expect(unverified).toEqual([]);
  });

  it('verifies Meta from its own announcement on its provider record', () => {
    const meta = dataset.providers.find((p) => p.id === 'meta');
    expect(meta).toBeDefined();
    if (meta) {
      expect(evidenceStatus({ sources: meta.sources, providerId: meta.id }).verified).toBe(true);
    }
  });
});
