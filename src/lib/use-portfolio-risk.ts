import { useDataset, type DatasetState } from '@/api/use-dataset';
import type { RiskContext } from '@/domain/risk/risk-context';
import type { RiskSettings } from '@/domain/risk/settings';
import type { Dependency } from '@/domain/schema/dependency';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useRiskContext } from './use-risk-context';
import { useViewParams } from './use-view-params';

/**
 * What the pages that weigh the portfolio's risk read first: the data set with its loading
 * state, the risk engine over it, the view's as-of date, today and risk settings, and the
 * portfolio's dependencies.
 */
export function usePortfolioRisk(): DatasetState & {
  ctx: RiskContext | undefined;
  asOf: string;
  today: string;
  settings: RiskSettings;
  dependencies: Dependency[];
} {
  const dataset = useDataset();
  const ctx = useRiskContext(dataset.data);
  const { asOfDay, today, settings } = useViewParams();
  const dependencies = usePortfolioStore((s) => s.dependencies);
  return { ...dataset, ctx, asOf: asOfDay, today, settings, dependencies };
}
