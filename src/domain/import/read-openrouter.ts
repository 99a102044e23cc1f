import { type CatalogFacts } from './catalog-record';
import {
  addSizeFacts,
  beginReading,
  entryId,
  readFailed,
  type ReadOptions,
  type ReadOutcome,
  sourceIn,
  statusClaim,
} from './catalog-reading';
import { encodePath, isRecord, isoDayOf, str } from './catalog-values';

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
export function readOpenRouter(json: unknown, options: ReadOptions): ReadOutcome {
  if (!isRecord(json) || !Array.isArray(json.data))
    return readFailed('bad-structure', 'Expected { "data": [ ...models ] }.');
  const begun = beginReading(
    { format: 'openrouter', catalogName: CATALOG, ...options },
    json.data.length,
    (n) => `The file has ${n} model records`,
  );
  if (!begun.ok) return begun;
  const { reading } = begun;
  const { records, rejected } = reading;
  json.data.forEach((model, i) => {
    const id = entryId(model);
    if (!isRecord(model) || id === null) {
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
    const facts: CatalogFacts = {};
    if (hf !== undefined && hf !== '') facts.openWeights = true;
    const arch = isRecord(model.architecture) ? model.architecture : {};
    addSizeFacts(facts, model.context_length, arch.input_modalities, arch.output_modalities);
    const listed = dayOfUnix(model.created);
    if (listed !== null) facts.listed = { date: listed, precision: 'day' };
    const source = sourceIn(reading, id, `https://openrouter.ai/${encodePath(id)}`);
    const expires = isoDayOf(model.expiration_date);
    const lifecycle =
      expires === null ? [] : [statusClaim('openrouter', 'retired', expires, source)];
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
  return { ok: true, reading };
}
