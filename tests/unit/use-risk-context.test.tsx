import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { SLICED_CONTEXT_MIN_MODELS, riskContextOf, useRiskContext } from '@/lib/use-risk-context';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';

describe('useRiskContext', () => {
  it('builds a large data set’s indexes after the first render, once for every page that asks', async () => {
    const data = withSynthetic(dataset, SLICED_CONTEXT_MIN_MODELS);
    const { result } = renderHook(() => ({
      catalog: useRiskContext(data),
      alerts: useRiskContext({ ...data }),
    }));
    // Not in the render that receives the data: the page shows its loading state meanwhile.
    expect(result.current.catalog).toBeUndefined();
    expect(result.current.alerts).toBeUndefined();
    await waitFor(() => expect(result.current.catalog).toBeDefined(), { timeout: 10_000 });
    expect(result.current.alerts).toBe(result.current.catalog);
    const ctx = result.current.catalog;
    expect(ctx?.models).toHaveLength(data.models.length);
    // Kept: a page opened later gets the same indexes in its first render.
    const later = renderHook(() => useRiskContext({ ...data }));
    expect(later.result.current).toBe(ctx);
    expect(riskContextOf({ ...data })).toBe(ctx);
    if (!ctx) throw new Error('no context');
    expect(scoreProviders(ctx, '2026-12-01', DEFAULT_RISK_SETTINGS).length).toBe(
      data.providers.length,
    );
  }, 30_000);

  it('builds a small data set’s indexes in the render that receives the data', () => {
    const data = { ...dataset, models: [...dataset.models] };
    const { result } = renderHook(() => useRiskContext(data));
    expect(result.current).toBe(riskContextOf(data));
  });
});
