import type { Dependency } from '../schema/dependency';

/** Columns of a portfolio file, in export order; the header names are the Dependency fields. */
export const PORTFOLIO_COLUMNS = [
  'id',
  'workload',
  'modelId',
  'criticality',
  'share',
  'deployment',
  'channel',
  'notes',
] as const satisfies ReadonlyArray<keyof Dependency>;
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number];

/** Columns a file must have; `id`, `channel` and `notes` may be left out (ids are then made up, the channel is the provider's own API, notes empty). */
export const REQUIRED_COLUMNS: ReadonlySet<PortfolioColumn> = new Set([
  'workload',
  'modelId',
  'criticality',
  'share',
  'deployment',
]);

/** Header spellings accepted on import, lower-cased with spaces, dashes and underscores removed. */
const ALIASES: Record<string, PortfolioColumn> = {
  id: 'id',
  workload: 'workload',
  workloadname: 'workload',
  modelid: 'modelId',
  model: 'modelId',
  criticality: 'criticality',
  share: 'share',
  spend: 'share',
  usageshare: 'share',
  monthlyspend: 'share',
  deployment: 'deployment',
  channel: 'channel',
  notes: 'notes',
};

/** The column a header cell names, or null when it names none. */
export function columnOf(header: string): PortfolioColumn | null {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  return ALIASES[key] ?? null;
}
