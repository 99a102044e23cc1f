import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DatasetState } from '@/api/use-dataset';
import { buildCatalogRows } from '@/domain/catalog/catalog-row';
import { parseCatalogSearch } from '@/domain/catalog/catalog-url';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { SLICED_CATALOG_MIN_MODELS, useCatalog } from '@/features/models/use-catalog';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';

const view = parseCatalogSearch('').state;
const asData = (d: typeof dataset): NonNullable<DatasetState['data']> =>
  ({
    ...d,
    meta: { datasetVersion: d.version, compiledOn: d.compiledOn },
  }) as unknown as NonNullable<DatasetState['data']>;

describe('useCatalog at scale', () => {
  it('builds a large catalog after the first render, and never shows the rows of another date', async () => {
    const data = asData(withSynthetic(dataset, SLICED_CATALOG_MIN_MODELS));
    const n = data.models.length;
    const { result, rerender } = renderHook(
      ({ asOf }) => useCatalog(data, asOf, DEFAULT_RISK_SETTINGS, view),
      { initialProps: { asOf: '2026-12-01' } },
    );
    // Not in the render that receives the data: the rows come in slices, one task each.
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull(), { timeout: 10_000 });
    expect(result.current?.rows).toEqual(buildCatalogRows(data, '2026-12-01'));
    expect(result.current?.result.indices).toHaveLength(n);

    rerender({ asOf: '2024-06-01' });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull(), { timeout: 10_000 });
    expect(result.current?.rows).toEqual(buildCatalogRows(data, '2024-06-01'));
  }, 30_000);

  it('builds a small catalog in the render that receives the data', () => {
    const data = asData(dataset);
    const { result } = renderHook(() =>
      useCatalog(data, '2026-12-01', DEFAULT_RISK_SETTINGS, view),
    );
    expect(result.current?.rows).toHaveLength(dataset.models.length);
  });
});
