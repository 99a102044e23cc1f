import { toCsv, type CsvCell } from '../export/to-csv';
import { toJson } from '../export/to-json';
import { OPENNESS_NAMES } from '../openness';
import {
  OPENNESS_COMPONENT_KEYS,
  type ComponentGrade,
  type OpennessComponentKey,
} from '../openness/openness-components';
import { roundDecimal } from '../round-decimal';
import { CSV_STAMP_COLUMNS, csvStampCells } from '../risk/settings-line';
import type { RiskSettings } from '../risk/settings';
import type { Channel } from '../schema/channel';
import type { CatalogFilters } from './catalog-filters';
import { providerRiskOf, type CatalogRow, type TriState } from './catalog-row';
import { DEFAULT_VIEW, writeCatalogSearch } from './catalog-url';

/** What every export is stamped with: the view, the methodology and the data set it came from. */
export interface ExportStamp {
  asOf: string;
  methodologyId: string;
  /** Risk settings in force (weights, half-life, jurisdiction). */
  settings: RiskSettings;
  datasetVersion: string;
  compiledOn: string;
  /** The data set's newest dated fact (ISO day or month), null when it has none. */
  factsCurrentTo: string | null;
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
  /** Openness score 0-100 at the as-of date, one decimal; null when the model is not graded. */
  opennessScore: number | null;
  /** G7 tier and MOF class ids; "not graded" when the model is not graded. */
  g7Tier: string;
  mofClass: string;
  /** The fourteen component grades in force on the as-of date, with their evidence. */
  components: Record<OpennessComponentKey, ExportedComponent> | null;
  confidence: string;
  sources: string[];
}

/** One component in an export: its grade and where it was read (null: unknown, or no evidence). */
export interface ExportedComponent {
  grade: ComponentGrade;
  source: string | null;
  checked: string | null;
  note: string | null;
}

const NOT_GRADED = 'not graded';

/** The CSV column of a component's grade: "grade_training_data_base". */
export function componentColumn(key: OpennessComponentKey): string {
  return `grade_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
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
    providerRisk: Number.isFinite(risk) ? roundDecimal(risk, 1) : null,
    opennessScore: Number.isNaN(row.score) ? null : roundDecimal(row.score, 1),
    g7Tier: row.g7 ?? NOT_GRADED,
    mofClass: row.mof ?? NOT_GRADED,
    components: row.gradeSet
      ? (Object.fromEntries(
          OPENNESS_COMPONENT_KEYS.map((key) => {
            const c = row.gradeSet?.components[key];
            return [
              key,
              {
                grade: c?.grade ?? 'unknown',
                source: c?.source?.url ?? null,
                checked: c?.checked ?? null,
                note: c?.note ?? null,
              },
            ];
          }),
        ) as Record<OpennessComponentKey, ExportedComponent>)
      : null,
    confidence: m.confidence,
    sources: m.sources.map((s) => s.url),
  };
}

type ScalarKey = Exclude<keyof ExportedModel, 'components'>;

const CSV_COLUMNS: ReadonlyArray<[ScalarKey, string]> = [
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
  ['opennessScore', 'openness_score'],
  ['g7Tier', 'g7_tier'],
  ['mofClass', 'mof_class'],
  ['confidence', 'confidence'],
  ['sources', 'sources'],
];

function cell(value: ExportedModel[ScalarKey]): CsvCell {
  if (Array.isArray(value)) return value.join(' | ');
  return value;
}

/** The filters as a shared link writes them ("openness=4,5; q=llama"), or "none". */
export function filtersLine(filters: CatalogFilters): string {
  const params = writeCatalogSearch(new URLSearchParams(), { ...DEFAULT_VIEW, filters });
  const parts = [...params].map(([key, value]) => `${key}=${value}`);
  return parts.length > 0 ? parts.join('; ') : 'none';
}

/**
 * The rows at `indices` as CSV (the export module's `toCsv`): a header row, then one row per
 * model, numbers as numbers, text neutralised against formulas, and the stamp (as-of date,
 * methodology, settings, data set, filters) in quoted columns of every row, so that any CSV
 * reader reads a rectangular table and a row copied on its own keeps its context.
 */
export function toCatalogCsv(
  rows: readonly CatalogRow[],
  indices: ArrayLike<number>,
  providerRisk: ArrayLike<number>,
  stamp: ExportStamp,
): string {
  const stampCells = [
    ...csvStampCells({
      ...stamp,
      dataset: {
        version: stamp.datasetVersion,
        compiledOn: stamp.compiledOn,
        factsCurrentTo: stamp.factsCurrentTo,
      },
    }),
    filtersLine(stamp.filters),
  ];
  const data: CsvCell[][] = [];
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k] as number];
    if (!row) continue;
    const model = exportedModel(row, providerRiskOf(row, providerRisk));
    data.push([
      ...CSV_COLUMNS.map(([key]) => cell(model[key])),
      // The grades only: a CSV cell per component; the JSON carries the evidence.
      ...OPENNESS_COMPONENT_KEYS.map((key) => model.components?.[key].grade ?? NOT_GRADED),
      ...stampCells,
    ]);
  }
  return toCsv(
    [
      ...CSV_COLUMNS.map(([, header]) => header),
      ...OPENNESS_COMPONENT_KEYS.map(componentColumn),
      ...CSV_STAMP_COLUMNS,
      'filters',
    ],
    data,
  );
}

/** The rows at `indices` as a JSON document with its stamp (the export module's `toJson`: text neutralised). */
export function toCatalogJson(
  rows: readonly CatalogRow[],
  indices: ArrayLike<number>,
  providerRisk: ArrayLike<number>,
  stamp: ExportStamp,
): string {
  const models: ExportedModel[] = [];
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k] as number];
    if (row) models.push(exportedModel(row, providerRiskOf(row, providerRisk)));
  }
  return toJson({
    export: 'model-catalog',
    asOf: stamp.asOf,
    methodology: { id: stamp.methodologyId, settings: stamp.settings },
    dataset: {
      version: stamp.datasetVersion,
      compiledOn: stamp.compiledOn,
      factsCurrentTo: stamp.factsCurrentTo,
    },
    filters: stamp.filters,
    count: models.length,
    models,
  });
}
