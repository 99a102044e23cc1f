import { describe, expect, it } from 'vitest';
import { isIsoDay, isIsoMonth } from '@/domain/schema/precise-date';
import { datasetSchema } from '@/domain/schema/dataset';
import type { PreciseDate } from '@/domain/schema/precise-date';
import { comparePrecise } from '@/domain/dates';
import { dataset } from '@mocks/data/dataset';
import { sourceTierOverrides } from '@mocks/data/curation/source-tiers';
import { COMPILED_ON, DATASET_VERSION } from '@mocks/data/dataset-version';
import reference from '@mocks/data/reference/ai-landscape.json';

function validDate(d: PreciseDate): boolean {
  return d.precision === 'day' ? isIsoDay(d.date) : isIsoMonth(d.date);
}

const providerIds = new Set(dataset.providers.map((p) => p.id));
const modelIds = new Set(dataset.models.map((m) => m.id));
const eventIds = new Set(dataset.events.map((e) => e.id));

describe('the bundled data set', () => {
  it('parses with the data set schema', () => {
    const result = datasetSchema.safeParse(dataset);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('carries the version and compile date', () => {
    expect(dataset.version).toBe(DATASET_VERSION);
    expect(dataset.compiledOn).toBe(COMPILED_ON);
  });

  it('holds every reference record: 16 providers, 98 models, 113 events', () => {
    expect(dataset.providers).toHaveLength(16);
    expect(dataset.models).toHaveLength(98);
    expect(dataset.events).toHaveLength(113);
  });

  it('has unique ids', () => {
    expect(providerIds.size).toBe(16);
    expect(modelIds.size).toBe(98);
    expect(eventIds.size).toBe(113);
  });

  it('resolves every reference between records', () => {
    for (const m of dataset.models) {
      expect(providerIds.has(m.providerId), `${m.id} provider`).toBe(true);
      for (const s of m.statusHistory) {
        if (s.eventId !== null)
          expect(eventIds.has(s.eventId), `${m.id} status event ${s.eventId}`).toBe(true);
      }
      for (const o of m.opennessHistory) {
        if (o.eventId !== null)
          expect(eventIds.has(o.eventId), `${m.id} openness event ${o.eventId}`).toBe(true);
      }
    }
    for (const e of dataset.events) {
      if (e.providerId !== null) {
        expect(providerIds.has(e.providerId), `${e.id} provider`).toBe(true);
        expect(e.appliesTo, `${e.id} applies to its provider`).toContain(e.providerId);
      } else {
        expect(e.appliesTo.length, `${e.id} binds some providers`).toBeGreaterThan(0);
      }
      for (const p of e.appliesTo) expect(providerIds.has(p), `${e.id} applies to ${p}`).toBe(true);
      for (const m of e.relatedModelIds) expect(modelIds.has(m), `${e.id} related ${m}`).toBe(true);
    }
  });

  it('has a valid date at its precision on every record and history entry', () => {
    for (const m of dataset.models) {
      expect(validDate(m.release), m.id).toBe(true);
      for (const s of m.statusHistory) expect(validDate(s.from), m.id).toBe(true);
      for (const o of m.opennessHistory) expect(validDate(o.from), m.id).toBe(true);
    }
    for (const e of dataset.events) expect(validDate(e.date), e.id).toBe(true);
  });

  it('keeps dates exactly as the reference gives them', () => {
    const refModels = new Map(reference.models.map((m) => [m.id, m.release_date]));
    for (const m of dataset.models) expect(m.release.date).toBe(refModels.get(m.id));
    const refEvents = new Map(reference.events.map((e) => [e.id, e.date]));
    for (const e of dataset.events) expect(e.date.date).toBe(refEvents.get(e.id));
  });

  it('keeps histories in date order, starting at release', () => {
    for (const m of dataset.models) {
      expect(m.statusHistory[0]?.status, m.id).toBe('active');
      expect(m.statusHistory[0]?.from, m.id).toEqual(m.release);
      expect(m.opennessHistory[0]?.from, m.id).toEqual(m.release);
      for (const list of [m.statusHistory, m.opennessHistory]) {
        for (let i = 1; i < list.length; i += 1) {
          const prev = list[i - 1];
          const cur = list[i];
          if (prev && cur) expect(comparePrecise(prev.from, cur.from), m.id).toBeLessThan(0);
        }
      }
    }
  });

  it('sorts events by date', () => {
    for (let i = 1; i < dataset.events.length; i += 1) {
      const prev = dataset.events[i - 1];
      const cur = dataset.events[i];
      if (prev && cur) expect(comparePrecise(prev.date, cur.date)).toBeLessThanOrEqual(0);
    }
  });

  it('rates every event with a direction and a severity', () => {
    for (const e of dataset.events) {
      expect(['toward-closed', 'toward-open', 'neutral'], e.id).toContain(e.direction);
      expect(Number.isInteger(e.severity) && e.severity >= 0 && e.severity <= 5, e.id).toBe(true);
      // An openness event points a way; a neutral event has no trajectory weight.
      if (e.type === 'open-to-closed') expect(e.direction, e.id).toBe('toward-closed');
      if (e.type === 'closed-to-open') expect(e.direction, e.id).toBe('toward-open');
      if (e.direction !== 'neutral') expect(e.severity, e.id).toBeGreaterThan(0);
    }
    // Only relief is unscored.
    expect(dataset.events.filter((e) => !e.scored).map((e) => e.id)).toEqual([
      'eu-2025-11-19-digital-omnibus',
    ]);
  });

  it('has the Muse Spark pivot as a severity-5 open-to-closed event', () => {
    const muse = dataset.events.find((e) => e.id === 'meta-2026-04-08-muse-spark');
    expect(muse).toMatchObject({
      date: { date: '2026-04-08', precision: 'day' },
      providerId: 'meta',
      appliesTo: ['meta'],
      type: 'open-to-closed',
      direction: 'toward-closed',
      severity: 5,
      scored: true,
      relatedModelIds: ['muse-spark'],
    });
  });

  it('rates the anchor openness changes as the methodology says', () => {
    const rating = (id: string) => {
      const e = dataset.events.find((x) => x.id === id);
      return e ? [e.direction, e.severity] : null;
    };
    expect(rating('mistral-2024-02-26-large-msft')).toEqual(['toward-closed', 5]);
    expect(rating('mistral-2025-12-02-mistral3')).toEqual(['toward-open', 5]);
    expect(rating('mistral-2024-05-29-mnpl')?.[0]).toBe('toward-closed');
    expect(rating('meta-2024-09-25-llama32-eu')?.[0]).toBe('toward-closed');
    expect(rating('deepseek-2025-01-20-r1-mit')?.[0]).toBe('toward-open');
    expect(rating('google-2026-04-02-gemma4-apache')?.[0]).toBe('toward-open');
    expect(rating('cohere-2026-05-20-apache')?.[0]).toBe('toward-open');
  });

  it('builds status histories from the deprecation and retirement events', () => {
    const statuses = (id: string) =>
      dataset.models
        .find((m) => m.id === id)
        ?.statusHistory.map((s) => `${s.status} ${s.from.date}`);
    expect(statuses('claude-3-opus')).toEqual([
      'active 2024-03-04',
      'deprecated 2025-06-30',
      'retired 2026-01-05',
    ]);
    expect(statuses('gpt-4.5')).toEqual([
      'active 2025-02-27',
      'deprecated 2025-04-14',
      'retired 2025-07-14',
    ]);
    expect(statuses('claude-3.5-sonnet')).toEqual(['active 2024-06-20', 'retired 2025-10-28']);
    expect(statuses('claude-3.7-sonnet')).toEqual([
      'active 2025-02-24',
      'deprecated 2025-10-28',
      'retired 2026-02-19',
    ]);
    expect(statuses('gemini-3-pro')).toEqual(['active 2025-11-18', 'retired 2026-03']);
    expect(statuses('command-r')).toEqual(['active 2024-03-11', 'deprecated 2025-09-15']);
    expect(statuses('o1')).toEqual(['active 2024-09-12']);
  });

  it('gives every record at least one source, the reference source first', () => {
    const all = [...reference.providers, ...reference.models, ...reference.events];
    const bySource = new Map(all.map((r) => [r.id, [r.source, ...r.additional_sources]]));
    for (const r of [...dataset.providers, ...dataset.models, ...dataset.events]) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(
        r.sources.map((s) => s.url),
        r.id,
      ).toEqual(bySource.get(r.id));
      expect(r.confidence, r.id).toBe('verified');
    }
  });

  it('cites only http and https addresses', () => {
    for (const r of [...dataset.providers, ...dataset.models, ...dataset.events]) {
      for (const s of r.sources)
        expect(new URL(s.url).protocol, `${r.id} ${s.url}`).toMatch(/^https?:$/);
    }
  });

  it('carries a tier only on the sources the curation table reviews, and cites every one of them', () => {
    const cited = new Set<string>();
    for (const r of [...dataset.providers, ...dataset.models, ...dataset.events]) {
      for (const s of r.sources) {
        cited.add(s.url);
        expect(s.tier, `${r.id} ${s.url}`).toBe(sourceTierOverrides[s.url]?.tier);
      }
    }
    for (const url of Object.keys(sourceTierOverrides)) expect(cited.has(url), url).toBe(true);
    // The gpt-oss model card on arXiv is OpenAI's own, so both gpt-oss records cite it as primary.
    const card = (id: string) =>
      dataset.models.find((m) => m.id === id)?.sources.find((s) => s.url.includes('arxiv.org'));
    expect(card('gpt-oss-120b')?.tier).toBe('primary');
    expect(card('gpt-oss-20b')?.tier).toBe('primary');
  });

  it('keeps the disputed facts in notes', () => {
    for (const e of reference.events) {
      const note = 'notes' in e ? e.notes : undefined;
      if (note) expect(dataset.events.find((x) => x.id === e.id)?.notes).toBe(note);
    }
    expect(
      dataset.events.find((e) => e.id === 'google-2026-03-gemini3-preview-shutdown')?.notes,
    ).toMatch(/2026-03-09 .* vs 2026-03-26/);
    expect(dataset.models.find((m) => m.id === 'nova-premier')?.notes).toMatch(/uncertain/);
  });

  it('keeps the scheduled flags', () => {
    expect(dataset.events.filter((e) => e.scheduled).map((e) => e.id)).toEqual([
      'openai-2026-02-16-chatgpt-4o-latest-api',
      'eu-2026-08-02-general-application',
      'eu-2027-08-02-legacy-gpai',
    ]);
  });

  it('keeps unknowns null rather than guessing', () => {
    const gpt52 = dataset.models.find((m) => m.id === 'gpt-5.2');
    expect(gpt52?.modalities).toBeNull();
    expect(gpt52?.modalitiesText).toBeNull();
    expect(gpt52?.contextWindow).toBeNull();
    const qwen35 = dataset.models.find((m) => m.id === 'qwen3.5');
    expect(qwen35?.opennessHistory[0]?.license).toBeNull();
  });

  it('parses context windows with 1K = 1,000 unless an exact figure is given', () => {
    const ctx = (id: string) => dataset.models.find((m) => m.id === id)?.contextWindow;
    expect(ctx('llama-3.1')).toBe(128_000);
    expect(ctx('llama-2')).toBe(4_096);
    expect(ctx('gemini-2.5-pro')).toBe(1_048_576);
    expect(ctx('o3')).toBe(200_000);
    expect(ctx('llama-4-scout')).toBe(10_000_000);
  });

  it('derives model channels from the weights and the provider', () => {
    const kinds = (id: string) =>
      dataset.models
        .find((m) => m.id === id)
        ?.opennessHistory.at(-1)
        ?.channels.map((c) => c.kind);
    expect(kinds('muse-spark')).toEqual(['own-app', 'private-preview']);
    expect(kinds('claude-mythos-preview')).toEqual(['private-preview']);
    expect(kinds('nova-pro')).toEqual(['own-api']);
    expect(kinds('claude-opus-4')).toEqual(['own-api', 'cloud', 'cloud', 'cloud']);
    expect(kinds('llama-3.1')).toEqual(['weights-download', 'weights-download', 'cloud', 'cloud']);
    expect(kinds('olmo-3')).toEqual(['weights-download']);
  });

  it('groups sizes of one release into a family', () => {
    const family = (id: string) => dataset.models.find((m) => m.id === id)?.family;
    expect(family('gpt-oss-120b')).toBe('gpt-oss');
    expect(family('gpt-oss-20b')).toBe('gpt-oss');
    expect(family('llama-4-scout')).toBe(family('llama-4-maverick'));
    expect(family('claude-opus-4')).not.toBe(family('claude-sonnet-4'));
  });
});
