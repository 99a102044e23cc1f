import type { Dataset } from '../schema/dataset';
import type { Model } from '../schema/model';
import { aliasTarget, type ModelAliases } from './model-aliases';
import { LAB_PROVIDERS } from './lab-providers';
import { normaliseModelId, normaliseModelName, type NormalisedId } from './normalise-model-id';

/** How a catalog record was matched to a model of the data set, with the reason shown to the user. */
export interface ModelMatch {
  modelId: string;
  method: 'exact-id' | 'alias' | 'normalised-id' | 'normalised-name';
  /** "vendor prefix 'openai.', version suffix '-1:0'" and the like. */
  detail: string;
  /**
   * True when a date, version or variant suffix was removed: the record is a dated snapshot or
   * a serving variant (`:free`) of the model, whose facts may differ from the model's own.
   */
  snapshot: boolean;
}

export type MatchOutcome = { match: ModelMatch } | { match: null; candidates: string[] };

function matched(
  modelId: string,
  method: ModelMatch['method'],
  detail: string,
  snapshot = false,
): MatchOutcome {
  return { match: { modelId, method, detail, snapshot } };
}

/** What the matcher reads of a record. */
export interface MatchInput {
  externalId: string;
  aliases: readonly string[];
  name: string;
  /** The provider the record's lab maps to; when known, only its models are candidates. */
  providerId: string | null;
}

function isVariantStep(step: string): boolean {
  return (
    step.startsWith('date suffix') ||
    step.startsWith('version suffix') ||
    step.startsWith('variant suffix')
  );
}

function addKey(index: Map<string, Set<string>>, key: string, id: string): void {
  if (key === '') return;
  const set = index.get(key) ?? new Set<string>();
  set.add(id);
  index.set(key, set);
}

/** The candidate spellings of a record, in the order they are tried. */
function candidateIds(input: MatchInput): { norm: NormalisedId; from: string }[] {
  const out: { norm: NormalisedId; from: string }[] = [];
  for (const raw of [input.externalId, ...input.aliases]) {
    const norm = normaliseModelId(raw);
    out.push({ norm, from: raw });
    // A lab word kept in the id ("deepseek.r1" → deepseek-r1) or dropped ("cohere-command-a").
    const tail = raw
      .toLowerCase()
      .slice(raw.lastIndexOf('/') + 1)
      .replace(/^(us|eu|apac|au|jp|global)\./, '');
    const dot = tail.indexOf('.');
    if (dot > 0 && Object.hasOwn(LAB_PROVIDERS, tail.slice(0, dot))) {
      const kept = normaliseModelId(`${tail.slice(0, dot)}-${tail.slice(dot + 1)}`);
      out.push({
        norm: { ...kept, steps: [...kept.steps, `lab word '${tail.slice(0, dot)}' kept`] },
        from: raw,
      });
    }
    const dash = norm.clean.indexOf('-');
    if (dash > 0 && Object.hasOwn(LAB_PROVIDERS, norm.clean.slice(0, dash))) {
      const dropped = normaliseModelId(norm.clean.slice(dash + 1));
      out.push({
        norm: {
          ...dropped,
          steps: [...norm.steps, `lab word '${norm.clean.slice(0, dash + 1)}'`, ...dropped.steps],
        },
        from: raw,
      });
    }
  }
  return out;
}

/**
 * A matcher of catalog records to the data set's models: by exact id (the record's id or one
 * of its aliases equals a model id), then the alias table, then normalised ids, then normalised
 * names, within the record's provider when it is known. Several models sharing the best key
 * make the record ambiguous: it is not matched, and the candidates are listed.
 */
export function createModelMatcher(
  dataset: Dataset,
  aliases: ModelAliases,
): (input: MatchInput) => MatchOutcome {
  const byId = new Map<string, Model>(dataset.models.map((m) => [m.id, m]));
  const idIndex = new Map<string, Set<string>>();
  const nameIndex = new Map<string, Set<string>>();
  for (const m of dataset.models) {
    addKey(idIndex, normaliseModelId(m.id).key, m.id);
    addKey(nameIndex, normaliseModelName(m.name).key, m.id);
    // Our ids are also names: "gpt-oss-120b" matches a record named "GPT OSS 120B".
    addKey(nameIndex, normaliseModelId(m.id).key, m.id);
  }
  const inProvider = (ids: Set<string> | undefined, providerId: string | null): string[] =>
    [...(ids ?? [])]
      .filter((id) => providerId === null || byId.get(id)?.providerId === providerId)
      .sort();

  return (input) => {
    for (const raw of [input.externalId, ...input.aliases]) {
      const m = byId.get(raw.trim());
      if (m !== undefined && (input.providerId === null || m.providerId === input.providerId)) {
        const detail = raw === input.externalId ? 'same id' : `the record's alias '${raw}'`;
        return matched(m.id, 'exact-id', detail);
      }
    }
    for (const raw of [input.externalId, ...input.aliases]) {
      for (const variant of [raw, normaliseModelId(raw).clean]) {
        const target = aliasTarget(aliases, variant);
        const m = target === null ? undefined : byId.get(target);
        if (m !== undefined && (input.providerId === null || m.providerId === input.providerId)) {
          return matched(m.id, 'alias', `alias table: '${variant}' → ${m.id}`);
        }
      }
    }
    // "-latest" ids move from version to version: only an exact id or an alias may match them,
    // never a normalised spelling or their name ("Mistral Large (latest)").
    if (/latest/i.test(input.externalId)) return { match: null, candidates: [] };
    let ambiguous: string[] = [];
    for (const { norm } of candidateIds(input)) {
      const hits = inProvider(idIndex.get(norm.key), input.providerId);
      if (hits.length === 1 && hits[0] !== undefined) {
        const detail = norm.steps.length > 0 ? norm.steps.join(', ') : 'same id';
        return matched(hits[0], 'normalised-id', detail, norm.steps.some(isVariantStep));
      }
      if (hits.length > 1 && ambiguous.length === 0) ambiguous = hits;
    }
    const byName = normaliseModelName(input.name);
    const hits = inProvider(nameIndex.get(byName.key), input.providerId);
    if (hits.length === 1 && hits[0] !== undefined) {
      const detail = byName.steps.join(', ');
      return matched(hits[0], 'normalised-name', detail, byName.steps.some(isVariantStep));
    }
    if (hits.length > 1 && ambiguous.length === 0) ambiguous = hits;
    return { match: null, candidates: ambiguous };
  };
}
