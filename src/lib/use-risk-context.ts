import { useMemo } from 'react';
import { createRiskContext, type RiskContext } from '@/domain/risk/risk-context';
import type { Dataset } from '@/domain/schema/dataset';

/** The risk engine's indexes over a data set, built once per data set. */
export function useRiskContext(data: Dataset | undefined): RiskContext | undefined {
  return useMemo(() => (data ? createRiskContext(data) : undefined), [data]);
}
