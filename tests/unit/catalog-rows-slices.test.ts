import { describe, expect, it } from 'vitest';
import { buildCatalogRows, createCatalogRowBuilder } from '@/domain/catalog/catalog-row';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';

const big = withSynthetic(dataset, 1200);

describe('catalog rows built a range at a time', () => {
  it.each(['2024-06-01', '2026-12-01'])(
    'are the rows built all at once, whatever the ranges and their order (%s)',
    (asOf) => {
      const whole = buildCatalogRows(big, asOf);
      const builder = createCatalogRowBuilder(big, asOf);
      // Uneven ranges, built last first: a slice reads nothing another slice writes.
      const cuts = [0, 1, 7, 333, 334, 900, big.models.length];
      for (let k = cuts.length - 2; k >= 0; k--) builder.build(cuts[k] ?? 0, cuts[k + 1] ?? 0);
      expect(builder.rows).toHaveLength(whole.length);
      expect(builder.rows).toEqual(whole);
    },
  );

  it('leaves a range not yet built empty', () => {
    const builder = createCatalogRowBuilder(dataset, '2026-12-01');
    builder.build(0, 10);
    expect(builder.rows[9]?.model.id).toBe(dataset.models[9]?.id);
    expect(builder.rows[10]).toBeUndefined();
  });
});
