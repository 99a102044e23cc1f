import type { FactorKey } from '@/domain/risk/settings';
import { formatScore } from '../format';

/**
 * A factor's value as text, as every chart, table and page shows it: the jurisdiction factor
 * without a home jurisdiction is "not configured", any other factor without a value "no data".
 */
export function factorValueLabel(key: FactorKey, value: number | null): string {
  if (value !== null) return formatScore(value);
  return key === 'jurisdiction' ? 'not configured' : 'no data';
}
