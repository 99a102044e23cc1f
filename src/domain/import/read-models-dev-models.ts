import { type CatalogRecord } from './catalog-record';
import {
  beginReading,
  modelsDevFacts,
  readFailed,
  type ReadOptions,
  type ReadOutcome,
  sourceIn,
} from './catalog-reading';
import { encodePath, isRecord, str } from './catalog-values';
import { isHttpUrl } from './safe-url';

const CATALOG = 'models.dev models';

/**
 * Read models.dev's provider-agnostic model list (`{ "lab/model": { id, name, release_date,
 * open_weights, license?, weights?: [{ label, url }] } }`): one record per model, addressed
 * `https://models.dev/<lab>/<model>`. Weight links that are not http(s) are dropped, with a warning.
 */
export function readModelsDevModels(json: unknown, options: ReadOptions): ReadOutcome {
  if (!isRecord(json))
    return readFailed('bad-structure', 'Expected an object of "lab/model" entries.');
  const entries = Object.entries(json);
  const begun = beginReading(
    { format: 'models-dev-models', catalogName: CATALOG, ...options },
    entries.length,
    (n) => `The file has ${n} model records`,
  );
  if (!begun.ok) return begun;
  const { reading } = begun;
  const { records, rejected, warnings } = reading;
  for (const [key, model] of entries) {
    if (!isRecord(model)) {
      rejected.push({ key, reason: 'not an object' });
      continue;
    }
    const slash = key.indexOf('/');
    const lab = slash > 0 ? key.slice(0, slash).toLowerCase() : null;
    const externalId = str(model.id) ?? key;
    const facts = modelsDevFacts(model);
    const license = str(model.license)?.trim();
    if (license !== undefined && license !== '') facts.license = license;
    const downloads: CatalogRecord['downloads'] = [];
    if (Array.isArray(model.weights)) {
      for (const w of model.weights) {
        if (isRecord(w) && isHttpUrl(w.url))
          downloads.push({ label: str(w.label) ?? null, url: w.url });
        else warnings.push(`${key}: a weights link that is not an http(s) address was dropped`);
      }
    }
    const source = sourceIn(reading, key, `https://models.dev/${encodePath(key)}`);
    records.push({
      key,
      externalId,
      aliases: externalId === key ? [] : [key],
      name: str(model.name) ?? externalId,
      lab,
      // The lab's model facts, as models.dev keeps them apart from any serving provider.
      role: 'lab',
      channel: null,
      source,
      facts,
      downloads,
      lifecycle: [],
    });
  }
  return { ok: true, reading };
}
