import { describe, expect, it } from 'vitest';
import { LICENSE_TIERS, licenseTier } from '@/domain/license';
import { opennessLevel } from '@/domain/openness';
import { datasetSchema, type Dataset } from '@/domain/schema/dataset';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic, withSyntheticInSlices } from '@mocks/data/synthetic';

const base = {
  providers: dataset.providers.length,
  models: dataset.models.length,
  events: dataset.events.length,
};

describe('withSynthetic', () => {
  const small = withSynthetic(dataset, 1000);
  const synthetic = {
    providers: small.providers.filter((p) => p.synthetic),
    models: small.models.filter((m) => m.synthetic),
    events: small.events.filter((e) => e.synthetic),
  };

  it('adds n models, n/10 events and n/100 providers for n = 1,000', () => {
    expect(small.models).toHaveLength(base.models + 1000);
    expect(small.events).toHaveLength(base.events + 100);
    expect(small.providers).toHaveLength(base.providers + 10);
  });

  it('adds at least one provider for a small n', () => {
    const tiny = withSynthetic(dataset, 5);
    expect(tiny.providers).toHaveLength(base.providers + 1);
    expect(tiny.models).toHaveLength(base.models + 5);
    expect(tiny.events).toHaveLength(base.events);
  });

  it('adds 100,000 models, 10,000 events and 1,000 providers for n = 100,000', () => {
    const big = withSynthetic(dataset, 100_000);
    expect(big.models).toHaveLength(base.models + 100_000);
    expect(big.events).toHaveLength(base.events + 10_000);
    expect(big.providers).toHaveLength(base.providers + 1000);
    // Same n, same output (compared on ids and a sample: a deep compare of 100k records is slow).
    const again = withSynthetic(dataset, 100_000);
    expect(again.models.map((m) => m.id).join()).toBe(big.models.map((m) => m.id).join());
    for (const i of [0, 500, 50_000, 99_999])
      expect(again.models[base.models + i]).toEqual(big.models[base.models + i]);
    expect(JSON.stringify(again.events)).toBe(JSON.stringify(big.events));
  });

  it('is deterministic: the same n gives deep-equal output', () => {
    expect(withSynthetic(dataset, 1000)).toEqual(small);
  });

  it('leaves the base data set untouched and keeps the real records first', () => {
    expect(dataset.models).toHaveLength(base.models);
    expect(small.models.slice(0, base.models)).toEqual(dataset.models);
    expect(small.providers.slice(0, base.providers)).toEqual(dataset.providers);
  });

  it('produces schema-valid records', () => {
    const result = datasetSchema.safeParse(small);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('marks every synthetic record and prefixes its id with syn-', () => {
    for (const r of [...synthetic.providers, ...synthetic.models, ...synthetic.events]) {
      expect(r.id.startsWith('syn-'), r.id).toBe(true);
    }
    expect(small.providers.filter((p) => p.id.startsWith('syn-'))).toHaveLength(10);
    expect(small.models.filter((m) => m.id.startsWith('syn-'))).toHaveLength(1000);
  });

  it('resolves every reference', () => {
    const providers = new Set(small.providers.map((p) => p.id));
    const models = new Set(small.models.map((m) => m.id));
    for (const m of synthetic.models) expect(providers.has(m.providerId)).toBe(true);
    for (const e of synthetic.events) {
      for (const p of e.appliesTo) expect(providers.has(p)).toBe(true);
      for (const m of e.relatedModelIds) expect(models.has(m)).toBe(true);
    }
  });

  it("names a model of the event's own provider on every provider event", () => {
    const providerOf = new Map(small.models.map((m) => [m.id, m.providerId]));
    const providerEvents = synthetic.events.filter((e) => e.providerId !== null);
    expect(providerEvents.length).toBeGreaterThan(50);
    for (const e of providerEvents) {
      expect(e.relatedModelIds, e.id).toHaveLength(1);
      expect(providerOf.get(e.relatedModelIds[0] ?? ''), e.id).toBe(e.providerId);
      expect(e.appliesTo, e.id).toEqual([e.providerId]);
    }
  });

  it('spreads openness, licenses, modalities, context windows, families and statuses realistically', () => {
    const current = synthetic.models.map((m) => m.opennessHistory[m.opennessHistory.length - 1]);
    const levels = new Set(current.map((e) => (e ? opennessLevel(e) : 0)));
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5]);
    const tiers = new Set(current.map((e) => (e ? licenseTier(e) : null)));
    expect([...tiers].sort()).toEqual([...LICENSE_TIERS].sort());
    expect(synthetic.models.some((m) => m.modalities === null)).toBe(true);
    expect(synthetic.models.some((m) => m.modalities !== null)).toBe(true);
    expect(synthetic.models.some((m) => m.contextWindow === null)).toBe(true);
    expect(synthetic.models.some((m) => m.opennessHistory.length > 1)).toBe(true);
    const statuses = new Set(synthetic.models.flatMap((m) => m.statusHistory.map((s) => s.status)));
    expect([...statuses].sort()).toEqual(['active', 'deprecated', 'retired']);
    const families = new Map<string, number>();
    for (const m of synthetic.models) families.set(m.family, (families.get(m.family) ?? 0) + 1);
    expect(families.size).toBeLessThan(1000);
    expect([...families.values()].some((n) => n >= 3)).toBe(true);
    const years = new Set(synthetic.models.map((m) => m.release.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['2023', '2024', '2025', '2026']);
    const directions = new Set(synthetic.events.map((e) => e.direction));
    expect([...directions].sort()).toEqual(['neutral', 'toward-closed', 'toward-open']);
    expect(new Set(synthetic.events.map((e) => e.type)).size).toBeGreaterThan(6);
  });

  it('grades every synthetic model plausibly: no weights, code or download for a closed record', () => {
    for (const m of synthetic.models) {
      const o = m.openness;
      expect(o, m.id).toBeDefined();
      if (!o) continue;
      const entry = m.opennessHistory[m.opennessHistory.length - 1];
      const c = o.components;
      if (entry?.weights === 'closed') {
        expect([c.endWeights.grade, c.package.grade, c.license.grade], m.id).toEqual([
          'closed',
          'closed',
          'closed',
        ]);
        expect(o.g7Tier, m.id).toBe('none');
      }
      // A license grade that agrees with the record's tier (open only for a permissive license).
      if (c.license.grade === 'open' && entry) expect(licenseTier(entry), m.id).toBe('permissive');
      // A model whose weights opened later has dated grade sets that say so.
      if (m.opennessHistory.length > 1) {
        const weights = o.history.map((h) => h.components.endWeights.grade);
        expect(weights[0], m.id).toBe('closed');
        expect(['open', 'partial'], m.id).toContain(weights[1]);
        expect(o.history.map((h) => h.from)).toEqual(m.opennessHistory.map((h) => h.from));
      }
    }
    const tiers = new Set(synthetic.models.map((m) => m.openness?.g7Tier));
    expect([...tiers].sort()).toEqual(
      ['none', 'open-source', 'open-source-open-data', 'open-weights', 'weights-available'].sort(),
    );
    const classes = new Set(synthetic.models.map((m) => m.openness?.mofClass));
    expect(classes.has('not-classified') && classes.has('class-iii')).toBe(true);
    const unknowns = synthetic.models.filter((m) =>
      Object.values(m.openness?.components ?? {}).some((c) => c.grade === 'unknown'),
    );
    expect(unknowns.length).toBeGreaterThan(100);
  });
});

describe('withSyntheticInSlices', () => {
  it('makes the same data as withSynthetic, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await withSyntheticInSlices(
      dataset,
      3000,
      async () => {
        pauses += 1;
        await Promise.resolve();
      },
      0,
    );
    expect(sliced).toEqual(withSynthetic(dataset, 3000));
    expect(pauses).toBeGreaterThan(10);
  });

  it('hands over the providers and events before the models are made, the same records', async () => {
    let pauses = 0;
    let early: Dataset | null = null;
    let pausesBeforeEarly = -1;
    const whole = await withSyntheticInSlices(
      dataset,
      3000,
      async () => {
        pauses += 1;
        await Promise.resolve();
      },
      0,
      (data) => {
        early = data;
        pausesBeforeEarly = pauses;
      },
    );
    if (!early) throw new Error('no early data set');
    const first: Dataset = early;
    // Most of the work (the models) comes after the early data set.
    expect(pausesBeforeEarly).toBeGreaterThan(0);
    expect(pauses - pausesBeforeEarly).toBeGreaterThan(pausesBeforeEarly);
    expect(first.models).toBe(dataset.models);
    expect(first.providers).toBe(whole.providers);
    expect(first.events).toBe(whole.events);
    expect(whole.models).toHaveLength(base.models + 3000);
  });
});
