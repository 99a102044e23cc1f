import { useMemo } from 'react';
import { createRiskContext, type RiskContext } from '@/domain/risk/risk-context';
import type { Dataset } from '@/domain/schema/dataset';

interface Built {
  providers: Dataset['providers'];
  events: Dataset['events'];
  ctx: RiskContext;
}

// One set of the engine's indexes per data set version, shared by every page and the alert
// runner. Keyed by the models list: TanStack Query keeps each answer's array until the data
// changes, whereas each `useDataset` call wraps the lists in an object of its own.
const built = new WeakMap<Dataset['models'], Built>();

/** The risk engine's indexes over a data set: built on first use per data set, then kept. */
export function riskContextOf(data: Dataset): RiskContext {
  const hit = built.get(data.models);
  if (hit && hit.providers === data.providers && hit.events === data.events) return hit.ctx;
  const ctx = createRiskContext(data);
  built.set(data.models, { providers: data.providers, events: data.events, ctx });
  return ctx;
}

/** `riskContextOf` for a data set that may still be loading. */
export function useRiskContext(data: Dataset | undefined): RiskContext | undefined {
  return useMemo(() => (data ? riskContextOf(data) : undefined), [data]);
}
