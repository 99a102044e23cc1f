import { createRiskContext, type RiskContext } from '@/domain/risk/risk-context';
import type { Dataset } from '@/domain/schema/dataset';

const cache = new WeakMap<Dataset, RiskContext>();

/** The engine's indexes for a data set, built on first use (only when an event is opened) and kept. */
export function riskContextFor(dataset: Dataset): RiskContext {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const ctx = createRiskContext(dataset);
  cache.set(dataset, ctx);
  return ctx;
}
