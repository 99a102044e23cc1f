import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationCounts, compareCitations, type ReferenceFacts } from '@mocks/data/evidence-counts';

// The figures docs/data.md states about the re-sourcing, measured on the two copies of the
// reference facts: before (2026.11.26-1, kept as a fixture) and now (the bundled copy).

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as ReferenceFacts;
const before = read('../fixtures/reference/ai-landscape-2026.11.26-1.json');
const after = read('../../mocks/data/reference/ai-landscape.json');

describe('the re-sourcing, as docs/data.md states it', () => {
  const b = citationCounts(before);
  const a = citationCounts(after);

  it('citations by tier: primary 34 → 142, press 1 → 3, secondary 373 kept', () => {
    expect(b.tiers).toEqual({ primary: 34, press: 1, secondary: 373, total: 408 });
    expect(a.tiers).toEqual({ primary: 142, press: 3, secondary: 373, total: 518 });
    expect(a.records).toBe(227);
    expect([b.verifiedRecords, a.verifiedRecords]).toEqual([33, 95]);
  });

  it('primary citations added, by provider of the record (108 on 68 records, 57 distinct URLs)', () => {
    const d = compareCitations(before, after);
    expect(d.primaryAddedByProvider).toEqual({
      meta: 29,
      mistral: 18,
      google: 13,
      openai: 11,
      deepseek: 10,
      'industry-wide': 8,
      xai: 7,
      cohere: 4,
      microsoft: 4,
      anthropic: 3,
      zhipu: 1,
    });
    expect(d.primaryAdded).toBe(108);
    expect(d.primaryAddedUrls).toBe(57);
    expect(d.pressAdded).toBe(2);
    expect(d.recordsTouched).toBe(68);
  });

  it('severity-4/5 events resting on secondary sources only: 11 of 12 before, none now', () => {
    expect([b.highEvents, b.highSecondaryOnly]).toEqual([12, 11]);
    expect([a.highEvents, a.highSecondaryOnly]).toEqual([12, 0]);
    expect(a.highSecondaryOnlyIds).toEqual([]);
  });

  it('primary citations now, by provider of the record', () => {
    expect(a.primaryByProvider).toEqual({
      meta: 31,
      google: 15,
      anthropic: 15,
      mistral: 18,
      openai: 12,
      deepseek: 11,
      xai: 9,
      amazon: 9,
      cohere: 6,
      microsoft: 5,
      nvidia: 2,
      zhipu: 1,
      'industry-wide': 8,
    });
  });

  it('still on secondary sources only: 131 records (11 providers, 53 models, 67 events)', () => {
    expect(a.secondaryOnly).toEqual({ provider: 11, model: 53, event: 67 });
    expect(a.secondaryOnlyByProvider).toEqual({
      openai: 29,
      google: 13,
      anthropic: 11,
      alibaba: 10,
      xai: 9,
      zhipu: 8,
      ibm: 7,
      ai2: 7,
      moonshot: 7,
      microsoft: 6,
      nvidia: 6,
      deepseek: 5,
      meta: 4,
      cohere: 4,
      mistral: 3,
      amazon: 1,
      'industry-wide': 1,
    });
  });
});
