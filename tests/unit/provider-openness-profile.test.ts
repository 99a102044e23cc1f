import { describe, expect, it } from 'vitest';
import {
  tierSampleDates,
  toOpennessProfileView,
} from '@/components/charts/openness-profile-view-model';
import { providerOpennessProfile } from '@/domain/openness/provider-openness-profile';
import type { Model } from '@/domain/schema/model';
import { dataset } from '@mocks/data/dataset';

const model = (id: string) => {
  const m = dataset.models.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('providerOpennessProfile', () => {
  it("lists Meta's release families in order, scored at launch, and breaks the line at Muse Spark", () => {
    const p = providerOpennessProfile(dataset.models, 'meta', '2026-11-26', []);
    expect(p.releases.map((r) => r.family)).toEqual([
      'llama-2',
      'llama-3',
      'llama-3.1',
      'llama-3.2',
      'llama-3.3',
      'llama-4',
      'muse-spark',
    ]);
    // Llama 4's two sizes share a family: its newest member (same day, first by id) stands for it.
    expect(p.releases.find((r) => r.family === 'llama-4')?.modelId).toBe('llama-4-maverick');
    // Muse Spark: an API in private preview (partial) and nothing else open: 0.5 of 14 points.
    const muse = p.releases.at(-1);
    expect(muse?.score).toBeCloseTo((100 * 0.5) / 14, 9);
    expect(muse?.g7Tier).toBe('none');
    expect(p.breaks.map((b) => b.release.modelId)).toEqual(['muse-spark']);
    // Llama 3.3 (4 open-or-partial points of 14: 28.6) was the lowest before it.
    expect(p.breaks[0]?.previousLow).toBeCloseTo((100 * 4) / 14, 9);
    expect(p.breaks[0]?.drop).toBeCloseTo((100 * 3.5) / 14, 9);
  });

  it('scores a release with the grades it was published with (Phi-4 closed at launch)', () => {
    const p = providerOpennessProfile(
      [model('phi-3'), model('phi-4')],
      'microsoft',
      '2026-11-26',
      [],
    );
    const phi4 = p.releases.find((r) => r.modelId === 'phi-4');
    expect(phi4?.g7Tier).toBe('none');
    expect(phi4?.unknown).toContain('license');
    expect(p.breaks.map((b) => b.release.modelId)).toEqual(['phi-4']);
  });

  it('counts the models on each G7 step at each date, leaving out retired and unreleased ones', () => {
    const ungraded: Model = { ...model('llama-2'), id: 'ungraded', openness: undefined };
    const p = providerOpennessProfile([...dataset.models, ungraded], 'meta', '2026-11-26', [
      '2023-01-01',
      '2024-12-31',
      '2026-11-26',
    ]);
    expect(p.tiers.map((t) => t.total)).toEqual([0, 6, 9]);
    expect(p.tiers[1]?.counts).toMatchObject({ 'weights-available': 5, 'not-graded': 1, none: 0 });
    expect(p.tiers[2]?.counts).toMatchObject({ 'weights-available': 7, none: 1, 'not-graded': 1 });
    // Claude 3 Opus retired on 2026-01-05: counted at the end of 2025, not after.
    const a = providerOpennessProfile(dataset.models, 'anthropic', '2026-11-26', [
      '2025-12-31',
      '2026-01-05',
    ]);
    expect((a.tiers[0]?.total ?? 0) - (a.tiers[1]?.total ?? 0)).toBe(1);
  });
});

describe('openness profile view model', () => {
  it('samples the end of each year and the as-of date', () => {
    expect(tierSampleDates('2023-07-18', '2026-11-26')).toEqual([
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
      '2026-11-26',
    ]);
  });

  it('labels the break and turns counts into shares of 100', () => {
    const dates = tierSampleDates('2023-07-18', '2026-11-26');
    const view = toOpennessProfileView(
      providerOpennessProfile(dataset.models, 'meta', '2026-11-26', dates),
      '2023-01-01',
      '2026-11-26',
    );
    expect(view.breaks.map((b) => [b.name, b.breakLabel])).toEqual([
      ['Muse Spark', '-25.0 below the lowest earlier release (28.6)'],
    ]);
    expect(view.tierRows.map((r) => r.label)).toEqual([
      'End of 2023',
      'End of 2024',
      'End of 2025',
      'Nov 26, 2026',
    ]);
    const last = view.tierRows.at(-1);
    expect(last?.values['weights-available']).toBeCloseTo(87.5, 9);
    expect(last?.values.none).toBeCloseTo(12.5, 9);
    // No Meta model is ungraded: that series is left out.
    expect(view.tierSeries.map((s) => s.key)).not.toContain('not-graded');
  });
});
