import { IMPORT_LIMITS, type CatalogRecord } from './catalog-record';
import {
  emptyReading,
  modelsDevFacts,
  readFailed,
  sourceIn,
  statusClaim,
  tooManyRecords,
  type ReadOptions,
  type ReadOutcome,
} from './catalog-reading';
import { encodePath, isRecord, slug, str, thousands } from './catalog-values';
import { providerOfBrand, providerOfLab } from './lab-providers';

const CATALOG = 'models.dev';

/** Distributors among models.dev's providers, with the channel slug of their lifecycle clock. */
const DISTRIBUTORS: Readonly<Record<string, string>> = {
  'amazon-bedrock': 'bedrock',
  azure: 'azure',
  'google-vertex': 'vertex',
  groq: 'groq',
  togetherai: 'together',
};

/**
 * The provider that owns a distributor, whose own models it serves as their own API (Bedrock is
 * Amazon's API, Azure AI Foundry Microsoft's). Vertex is not listed: Google's models keep a
 * Vertex clock apart from the Gemini API's.
 */
const OWNER: Readonly<Record<string, string>> = { 'amazon-bedrock': 'amazon', azure: 'microsoft' };

/** The lab token an id names: its "lab/" or "lab." prefix (after a region prefix), or its brand's lab. */
function labOfId(id: string): string | null {
  const lower = id.toLowerCase();
  const slash = lower.indexOf('/');
  if (slash > 0) return lower.slice(0, slash).replace(/^~/, '');
  const tail = lower.replace(/^(us|eu|apac|au|jp|global)\./, '');
  const dot = tail.indexOf('.');
  if (dot > 0 && providerOfLab(tail.slice(0, dot)) !== null) return tail.slice(0, dot);
  return providerOfBrand(tail);
}

/**
 * Read models.dev's api.json (`{ provider: { id, name, models: { id: {...} } } }`): one record
 * per provider and model, addressed `https://models.dev/<provider>/<model>`. A lab's own provider
 * gives the lab's facts; a distributor's (Bedrock, Azure, Vertex, Groq, Together, or a lab
 * serving another lab's model) gives its offering and its lifecycle channel. `status:
 * "deprecated"` becomes a deprecation without a stated date.
 */
export function readModelsDevApi(json: unknown, options: ReadOptions): ReadOutcome {
  if (!isRecord(json)) return readFailed('bad-structure', 'Expected an object of providers.');
  const { catalogDate: date, limits = IMPORT_LIMITS } = options;
  const reading = emptyReading('models-dev-api', CATALOG, date);
  const { records, rejected, warnings } = reading;
  for (const [providerKey, provider] of Object.entries(json)) {
    if (!isRecord(provider) || !isRecord(provider.models)) {
      rejected.push({ key: providerKey, reason: 'a provider without a models object' });
      continue;
    }
    const providerLab = providerOfLab(providerKey);
    const distributorChannel = Object.hasOwn(DISTRIBUTORS, providerKey)
      ? DISTRIBUTORS[providerKey]
      : undefined;
    for (const [modelKey, model] of Object.entries(provider.models)) {
      reading.recordsRead += 1;
      if (reading.recordsRead > limits.maxRecords) {
        const max = thousands(limits.maxRecords);
        return tooManyRecords(`The file has more than ${max} model records`, limits);
      }
      const key = `${providerKey}/${modelKey}`;
      if (!isRecord(model)) {
        rejected.push({ key, reason: 'not an object' });
        continue;
      }
      const externalId = str(model.id) ?? modelKey;
      const name = str(model.name) ?? externalId;
      const idLab = labOfId(externalId);
      const idProvider = providerOfLab(idLab) ?? (idLab !== null ? providerOfBrand(idLab) : null);
      let role: CatalogRecord['role'];
      let lab: string | null;
      let channel: string | null = null;
      if (providerLab !== null && (idProvider === null || idProvider === providerLab)) {
        role = 'lab';
        lab = providerKey;
      } else if (
        distributorChannel !== undefined &&
        Object.hasOwn(OWNER, providerKey) &&
        idProvider === OWNER[providerKey]
      ) {
        role = 'lab';
        lab = idLab;
      } else {
        role = 'distributor';
        lab = idLab;
        channel = distributorChannel ?? slug(providerKey);
      }
      const facts = modelsDevFacts(model);
      if (facts.release === undefined && model.release_date !== undefined)
        warnings.push(`${key}: release date "${String(model.release_date).slice(0, 40)}" not read`);
      const source = sourceIn(reading, key, `https://models.dev/${encodePath(key)}`);
      const lifecycle =
        model.status === 'deprecated'
          ? [statusClaim(channel, 'deprecated', date, source, { dateStated: false })]
          : [];
      records.push({
        key,
        externalId,
        aliases: [],
        name,
        lab,
        role,
        channel,
        source,
        facts,
        downloads: [],
        lifecycle,
      });
    }
  }
  return { ok: true, reading };
}
