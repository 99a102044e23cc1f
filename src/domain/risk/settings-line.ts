import { FACTOR_KEYS, FACTOR_LABELS, type RiskSettings } from './settings';

/** The settings in one line, as exports are stamped: weights in factor order, half-life and home jurisdiction. */
export function settingsLine(settings: RiskSettings): string {
  const weights = FACTOR_KEYS.map((k) => `${FACTOR_LABELS[k]} ${settings.weights[k]}`).join(', ');
  const home = settings.jurisdiction.home ?? 'not configured';
  const overrides = Object.entries(settings.jurisdiction.overrides)
    .map(([country, risk]) => `${country} ${risk}`)
    .join(', ');
  return `weights ${weights}; half-life ${settings.halfLifeDays} days; home jurisdiction ${home}${overrides ? `; jurisdiction risk ${overrides}` : ''}`;
}

/** What every CSV export stamps on each row: the as-of date, the methodology and the data set. */
export interface CsvStamp {
  asOf: string;
  methodologyId: string;
  settings: RiskSettings;
  dataset: { version: string; compiledOn: string; factsCurrentTo: string | null };
}

/** The stamp's columns, so a row copied on its own keeps its context. */
export const CSV_STAMP_COLUMNS = [
  'as_of',
  'methodology_id',
  'settings',
  'dataset_version',
  'compiled_on',
  'facts_current_to',
] as const;

/** The stamp's cells, in CSV_STAMP_COLUMNS order. */
export function csvStampCells(stamp: CsvStamp): string[] {
  return [
    stamp.asOf,
    stamp.methodologyId,
    settingsLine(stamp.settings),
    stamp.dataset.version,
    stamp.dataset.compiledOn,
    stamp.dataset.factsCurrentTo ?? 'unknown',
  ];
}
