import {
  IMPORT_LIMITS,
  type CatalogReading,
  type CatalogRecord,
  type ImportLimits,
  type ImportProblem,
} from './catalog-record';
import {
  catalogSource,
  encodePath,
  isRecord,
  isoDayOf,
  modalitiesOf,
  str,
  thousands,
} from './catalog-values';

const CATALOG = 'OpenRouter';

/** The UTC day of a unix time in seconds, or null. */
function dayOfUnix(seconds: unknown): string | null {
  if (
    typeof seconds !== 'number' ||
    !Number.isFinite(seconds) ||
    seconds <= 0 ||
    seconds > 4_102_444_800
  )
    return null;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * Read OpenRouter's `/api/v1/models` answer (`{ data: [{ id, canonical_slug, hugging_face_id,
 * name, created, context_length, architecture, expiration_date }] }`): one record per model,
 * addressed `https://openrouter.ai/<id>`. A Hugging Face id means published weights (its absence
 * says nothing); `created` is the listing day, not a release; `expiration_date` is a retirement
 * on OpenRouter's own channel (`openrouter`).
 */
export function readOpenRouter(
  json: unknown,
  options: { catalogDate: string; limits?: ImportLimits },
): { ok: true; reading: CatalogReading } | { ok: false; problem: ImportProblem } {
  const limits = options.limits ?? IMPORT_LIMITS;
  if (!isRecord(json) || !Array.isArray(json.data)) {
    return {
      ok: false,
      problem: { code: 'bad-structure', message: 'Expected { "data": [ ...models ] }.' },
    };
  }
  if (json.data.length > limits.maxRecords) {
    return {
      ok: false,
      problem: {
        code: 'too-many-records',
        message: `The file has ${thousands(json.data.length)} model records; the importer reads up to ${thousands(limits.maxRecords)}.`,
      },
    };
  }
  const date = options.catalogDate;
  const records: CatalogRecord[] = [];
  const rejected: CatalogReading['rejected'] = [];
  json.data.forEach((model, i) => {
    const id = isRecord(model) ? str(model.id)?.trim() : undefined;
    if (!isRecord(model) || id === undefined || id === '') {
      rejected.push({ key: `data[${i}]`, reason: 'a model without an id' });
      return;
    }
    const slash = id.indexOf('/');
    const lab = slash > 0 ? id.slice(0, slash).replace(/^~/, '').toLowerCase() : null;
    const aliases: string[] = [];
    const canonical = str(model.canonical_slug);
    if (canonical !== undefined && canonical !== id) aliases.push(canonical);
    const hf = str(model.hugging_face_id)?.trim();
    if (hf !== undefined && hf !== '' && hf !== id) aliases.push(hf);
    const facts: CatalogRecord['facts'] = {};
    if (hf !== undefined && hf !== '') facts.openWeights = true;
    const context = model.context_length;
    if (typeof context === 'number' && Number.isInteger(context) && context > 0)
      facts.contextWindow = context;
    const arch = isRecord(model.architecture) ? model.architecture : {};
    const input = modalitiesOf(arch.input_modalities);
    const output = modalitiesOf(arch.output_modalities);
    if (input.length > 0 && output.length > 0) facts.modalities = { input, output };
    const listed = dayOfUnix(model.created);
    if (listed !== null) facts.listed = { date: listed, precision: 'day' };
    const source = catalogSource(
      'openrouter',
      CATALOG,
      date,
      id,
      `https://openrouter.ai/${encodePath(id)}`,
    );
    const expires = isoDayOf(model.expiration_date);
    const lifecycle: CatalogRecord['lifecycle'] =
      expires === null
        ? []
        : [
            {
              channel: 'openrouter',
              status: 'retired',
              date: { date: expires, precision: 'day' },
              dateStated: true,
              precision: 'exact',
              announced: null,
              replacement: null,
              source,
            },
          ];
    records.push({
      key: id,
      externalId: id,
      aliases,
      name: str(model.name) ?? id,
      lab,
      role: 'aggregator',
      channel: 'openrouter',
      source,
      facts,
      downloads: [],
      lifecycle,
    });
  });
  return {
    ok: true,
    reading: {
      format: 'openrouter',
      catalogName: CATALOG,
      catalogDate: date,
      recordsRead: json.data.length,
      records,
      rejected,
      warnings: [],
    },
  };
}
