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
  thousands,
  modalitiesOf,
  preciseDateOf,
  str,
} from './catalog-values';
import { isHttpUrl } from './safe-url';

const CATALOG = 'models.dev models';

/**
 * Read models.dev's provider-agnostic model list (`{ "lab/model": { id, name, release_date,
 * open_weights, license?, weights?: [{ label, url }] } }`): one record per model, addressed
 * `https://models.dev/<lab>/<model>`. Weight links that are not http(s) are dropped, with a warning.
 */
export function readModelsDevModels(
  json: unknown,
  options: { catalogDate: string; limits?: ImportLimits },
): { ok: true; reading: CatalogReading } | { ok: false; problem: ImportProblem } {
  const limits = options.limits ?? IMPORT_LIMITS;
  if (!isRecord(json))
    return {
      ok: false,
      problem: { code: 'bad-structure', message: 'Expected an object of "lab/model" entries.' },
    };
  const entries = Object.entries(json);
  if (entries.length > limits.maxRecords) {
    return {
      ok: false,
      problem: {
        code: 'too-many-records',
        message: `The file has ${thousands(entries.length)} model records; the importer reads up to ${thousands(limits.maxRecords)}.`,
      },
    };
  }
  const date = options.catalogDate;
  const records: CatalogRecord[] = [];
  const rejected: CatalogReading['rejected'] = [];
  const warnings: string[] = [];
  for (const [key, model] of entries) {
    if (!isRecord(model)) {
      rejected.push({ key, reason: 'not an object' });
      continue;
    }
    const slash = key.indexOf('/');
    const lab = slash > 0 ? key.slice(0, slash).toLowerCase() : null;
    const externalId = str(model.id) ?? key;
    const facts: CatalogRecord['facts'] = {};
    const release = preciseDateOf(model.release_date);
    if (release !== null) facts.release = release;
    if (typeof model.open_weights === 'boolean') facts.openWeights = model.open_weights;
    const license = str(model.license)?.trim();
    if (license !== undefined && license !== '') facts.license = license;
    const limit = isRecord(model.limit) ? model.limit : {};
    if (typeof limit.context === 'number' && Number.isInteger(limit.context) && limit.context > 0)
      facts.contextWindow = limit.context;
    if (isRecord(model.modalities)) {
      const input = modalitiesOf(model.modalities.input);
      const output = modalitiesOf(model.modalities.output);
      if (input.length > 0 && output.length > 0) facts.modalities = { input, output };
    }
    const downloads: CatalogRecord['downloads'] = [];
    if (Array.isArray(model.weights)) {
      for (const w of model.weights) {
        if (isRecord(w) && isHttpUrl(w.url))
          downloads.push({ label: str(w.label) ?? null, url: w.url });
        else warnings.push(`${key}: a weights link that is not an http(s) address was dropped`);
      }
    }
    const source = catalogSource(
      'models-dev-models',
      CATALOG,
      date,
      key,
      `https://models.dev/${encodePath(key)}`,
    );
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
  return {
    ok: true,
    reading: {
      format: 'models-dev-models',
      catalogName: CATALOG,
      catalogDate: date,
      recordsRead: entries.length,
      records,
      rejected,
      warnings,
    },
  };
}
