import { describe, expect, it } from 'vitest';
import {
  buildCatalogRows,
  catalogRowText,
  createCatalogRowBuilder,
  type CatalogRow,
} from '@/domain/catalog/catalog-row';
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

  it.each(['2023-01-15', '2025-03-01', '2026-12-01'])(
    'give each model the row of its own records, whether or not it shares them (%s)',
    (asOf) => {
      // The synthetic models of a family share their histories, release date, modalities and
      // openness by reference, and the builder reuses what it read from the last one: copies
      // that share nothing must give the same rows.
      // Crossed: runs of three models that share their histories, modalities and openness
      // across families, each with its own release date.
      const crossed = {
        ...big,
        models: big.models.map((m, k) => {
          const from = big.models[k - (k % 3)] ?? m;
          const { statusHistory, opennessHistory, openness, modalities } = from;
          return { ...m, statusHistory, opennessHistory, openness, modalities };
        }),
      };
      const comparable = (rows: CatalogRow[]) =>
        rows.map(({ model, ...rest }) => ({ id: model.id, ...rest }));
      for (const data of [big, crossed]) {
        const unshared = { ...data, models: data.models.map((m) => structuredClone(m)) };
        expect(comparable(buildCatalogRows(unshared, asOf))).toEqual(
          comparable(buildCatalogRows(data, asOf)),
        );
      }
      const rows = buildCatalogRows(big, asOf);
      // And the search text is each model's lines, lowercase.
      const k = rows.findIndex((r) => r.entry.restrictions.length > 0);
      const row = rows[k];
      const model = big.models[k];
      expect(row && catalogRowText(row)).toBe(
        [model?.name, model?.family, row?.entry.license ?? '', ...(row?.entry.restrictions ?? [])]
          .join('\n')
          .toLowerCase(),
      );
    },
  );

  it('leaves a range not yet built empty', () => {
    const builder = createCatalogRowBuilder(dataset, '2026-12-01');
    builder.build(0, 10);
    expect(builder.rows[9]?.model.id).toBe(dataset.models[9]?.id);
    expect(builder.rows[10]).toBeUndefined();
  });
});
