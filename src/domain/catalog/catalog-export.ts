import Papa from 'papaparse';
import { OPENNESS_NAMES } from '../openness';
import type { Channel } from '../schema/channel';
import type { CatalogFilters } from './catalog-filters';
import type { CatalogRow, TriState } from './catalog-row';

/** What every export is stamped with: the view, the methodology and the data set it came from. */
export interface ExportStamp {
  asOf: string;
  methodologyId: string;
  /** Risk settings in force (weights, half-life, jurisdiction), as the settings module holds them. */
  settings: unknown;
  datasetVersion: string;
  compiledOn: string;
  filters: CatalogFilters;
}

/** One exported model: plain values only. */
export interface ExportedModel {
  id: string;
  name: string;
  provider: string;
  family: string;
  opennessLevel: number;
  openness: string;
  weights: string;
  license: string;
  licenseTier: string;
  commercialUse: string;
  userCap: string;
  restrictions: string[];
  modalities: string;
  contextWindow: number | null;
  releaseDate: string;
  status: string;
  channels: string[];
  /** Provider risk 0-100 at the as-of date, one decimal; null for "no data". */
  providerRisk: number | null;
  confidence: string;
  sources: string[];
}

const CHANNEL_WORDS: Record<Channel['kind'], string> = {
  'weights-download': 'weights download',
  'own-api': 'own API',
  cloud: 'cloud',
  'own-app': 'own app',
  'private-preview': 'private preview',
};

/** A channel in words: "Hugging Face (weights download)". */
export function channelLabel(channel: Channel): string {
  return channel.name
    ? `${channel.name} (${CHANNEL_WORDS[channel.kind]})`
    : CHANNEL_WORDS[channel.kind];
}

function triText(value: TriState): string {
  return value === 0 ? 'yes' : value === 1 ? 'no' : 'unknown';
}

/** The exported form of a row; `risk` is its provider's risk (NaN for no data). */
export function exportedModel(row: CatalogRow, risk: number): ExportedModel {
  const m = row.model;
  return {
    id: m.id,
    name: m.name,
    provider: row.providerName,
    family: m.family,
    opennessLevel: row.level,
    openness: OPENNESS_NAMES[row.level],
    weights: row.weights,
    license: row.entry.license ?? 'unknown',
    licenseTier: row.tier,
    commercialUse: triText(row.commercial),
    userCap: triText(row.userCap),
    restrictions: row.entry.restrictions,
    modalities: m.modalitiesText ?? 'unknown',
    contextWindow: m.contextWindow,
    releaseDate: m.release.date,
    status: row.status,
    channels: row.entry.channels.map(channelLabel),
    providerRisk: Number.isNaN(risk) ? null : Math.round(risk * 10) / 10,
    confidence: m.confidence,
    sources: m.sources.map((s) => s.url),
  };
}

function riskOf(row: CatalogRow, providerRisk: ArrayLike<number>): number {
  return row.providerIdx < 0 ? NaN : (providerRisk[row.providerIdx] ?? NaN);
}

/**
 * A cell a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so opening the file never runs it.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const CSV_COLUMNS: ReadonlyArray<[keyof ExportedModel, string]> = [
  ['id', 'id'],
  ['name', 'name'],
  ['provider', 'provider'],
  ['family', 'family'],
  ['opennessLevel', 'openness_level'],
  ['openness', 'openness'],
  ['weights', 'weights'],
  ['license', 'license'],
  ['licenseTier', 'license_tier'],
  ['commercialUse', 'commercial_use'],
  ['userCap', 'user_cap'],
  ['restrictions', 'restrictions'],
  ['modalities', 'modalities'],
  ['contextWindow', 'context_window'],
  ['releaseDate', 'release_date'],
  ['status', 'status'],
  ['channels', 'channels'],
  ['providerRisk', 'provider_risk'],
  ['confidence', 'confidence'],
  ['sources', 'sources'],
];

function cellText(value: ExportedModel[keyof ExportedModel]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(' | ');
  return String(value);
}

/**
 * The rows at `indices` as CSV (RFC 4180, via papaparse): a header row, then one row per model.
 * The stamp comes first as `#` comment lines (papaparse reads them back with `comments: '#'`).
 */
export function toCatalogCsv(
  rows: readonly CatalogRow[],
  indices: ArrayLike<number>,
  providerRisk: ArrayLike<number>,
  stamp: ExportStamp,
): string {
  const data: string[][] = [];
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k] as number];
    if (!row) continue;
    const model = exportedModel(row, riskOf(row, providerRisk));
    data.push(CSV_COLUMNS.map(([key]) => neutralizeCell(cellText(model[key]))));
  }
  const body = Papa.unparse(
    { fields: CSV_COLUMNS.map(([, header]) => header), data },
    { newline: '\r\n' },
  );
  const header = [
    `# AI Vendor Risk Radar model catalog, as of ${stamp.asOf}`,
    `# methodology ${stamp.methodologyId}; data set ${stamp.datasetVersion}, compiled ${stamp.compiledOn}; ${indices.length} models`,
    `# settings ${JSON.stringify(stamp.settings)}`,
    `# filters ${JSON.stringify(stamp.filters)}`,
  ]
    .map((line) => line.replace(/[\r\n]+/g, ' '))
    .join('\r\n');
  return `${header}\r\n${body}\r\n`;
}

/** The rows at `indices` as a JSON document with its stamp. */
export function toCatalogJson(
  rows: readonly CatalogRow[],
  indices: ArrayLike<number>,
  providerRisk: ArrayLike<number>,
  stamp: ExportStamp,
): string {
  const models: ExportedModel[] = [];
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k] as number];
    if (row) models.push(exportedModel(row, riskOf(row, providerRisk)));
  }
  return JSON.stringify(
    {
      export: 'model-catalog',
      asOf: stamp.asOf,
      methodology: { id: stamp.methodologyId, settings: stamp.settings },
      dataset: { version: stamp.datasetVersion, compiledOn: stamp.compiledOn },
      filters: stamp.filters,
      count: models.length,
      models,
    },
    null,
    2,
  );
}
