import type { CatalogFormat } from './catalog-record';

export interface DetectedFormat {
  format: CatalogFormat | null;
  /** Why, in words: what was found, or what was expected. */
  reason: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** At most this many entries are looked at: detection stays fast on a huge file. */
const SAMPLE = 20;

function sample(values: unknown[]): unknown[] {
  return values.slice(0, SAMPLE);
}

/**
 * Which catalog format a parsed JSON value is: a model-eol feed (`spec: "model-eol/..."`),
 * OpenRouter's models list (`data: [{ id, canonical_slug | architecture }]`), models.dev's
 * api.json (providers, each with `models`) or its model list (`"lab/model": { id, ... }`).
 */
export function detectFormat(json: unknown): DetectedFormat {
  if (isObject(json)) {
    if (typeof json.spec === 'string' && json.spec.startsWith('model-eol/')) {
      return { format: 'model-eol', reason: `model-eol feed (spec "${json.spec.slice(0, 40)}")` };
    }
    if (Array.isArray(json.data)) {
      const items = sample(json.data);
      if (
        items.length > 0 &&
        items.every(
          (m) =>
            isObject(m) &&
            typeof m.id === 'string' &&
            ('canonical_slug' in m || 'architecture' in m),
        )
      ) {
        return {
          format: 'openrouter',
          reason: "OpenRouter's models list (data[] with canonical_slug and architecture)",
        };
      }
    }
    const values = sample(Object.values(json));
    if (values.length > 0 && values.every((p) => isObject(p) && isObject(p.models))) {
      return {
        format: 'models-dev-api',
        reason: 'models.dev api.json (providers, each with models)',
      };
    }
    const entries = Object.entries(json).slice(0, SAMPLE);
    if (
      entries.length > 0 &&
      entries.every(
        ([key, m]) =>
          key.includes('/') && isObject(m) && typeof m.id === 'string' && 'open_weights' in m,
      )
    ) {
      return { format: 'models-dev-models', reason: 'models.dev model list ("lab/model" entries)' };
    }
  }
  return {
    format: null,
    reason:
      "Not a catalog this importer knows: expected a models.dev api.json or model list, OpenRouter's models list, or a model-eol feed.",
  };
}
