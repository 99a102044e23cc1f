import { LAB_PROVIDERS } from './lab-providers';

/** A model identifier reduced for matching, with the steps taken (shown as the match's reason). */
export interface NormalisedId {
  /** Lowercase, prefixes and date or version suffixes removed, dots kept: a candidate for a new id. */
  clean: string;
  /** `clean` with every run of punctuation as one "-": what two spellings of one model share. */
  key: string;
  steps: string[];
}

/** Bedrock's cross-region inference prefixes ("us.anthropic.claude-..."). */
const REGION = /^(us|eu|apac|au|jp|global)\./;

/** Suffixes that name a snapshot, a version or a serving variant of the same model, tried repeatedly. */
const SUFFIXES: [RegExp, string][] = [
  [/@[a-z0-9._-]+$/, 'version suffix'], // Vertex: claude-sonnet-4@20250514, @default
  [/:[a-z][a-z-]*$/, 'variant suffix'], // OpenRouter: :free, :thinking
  [/-v?\d+:\d+$/, 'version suffix'], // Bedrock: -1:0, -v1:0
  [/-\d{4}-\d{2}-\d{2}$/, 'date suffix'], // -2025-04-14
  [/-\d{8}$/, 'date suffix'], // -20250514
  [/-\d{2}-\d{4}$/, 'date suffix'], // Cohere: -03-2024
  [/-\d{4}$/, 'date suffix'], // -0613, -2507, -2512
  [/-\d{3}$/, 'version suffix'], // Google: -001
  [/-v\d+(\.\d+)*$/, 'version suffix'], // -v1, -v0.1 (not when the version is the name: DeepSeek-V3)
  [/-maas$/, 'serving suffix'],
  [/-(instruct|it)$/, 'instruct suffix'],
];

function toKey(value: string): string {
  return value.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Reduce a catalog's model id for matching: lowercase; drop a vendor prefix (`openai/`,
 * `~anthropic/`, `openai.`, `us.anthropic.`); drop date and version suffixes (`-2025-04-14`,
 * `-20250514`, `-0613`, `-1:0`, `@default`, `:free`), `-maas` and `-instruct`/`-it`. A `-latest`
 * id is kept whole: it is a moving alias, not a version of one model.
 */
export function normaliseModelId(raw: string): NormalisedId {
  const steps: string[] = [];
  let id = raw.trim();
  const lower = id.toLowerCase();
  if (lower !== id) steps.push('case');
  id = lower;
  const slash = id.lastIndexOf('/');
  if (slash >= 0) {
    steps.push(`vendor prefix '${id.slice(0, slash + 1)}'`);
    id = id.slice(slash + 1);
  }
  const region = REGION.exec(id);
  if (region !== null) {
    steps.push(`region prefix '${region[0]}'`);
    id = id.slice(region[0].length);
  }
  const dot = id.indexOf('.');
  if (dot > 0 && Object.hasOwn(LAB_PROVIDERS, id.slice(0, dot))) {
    steps.push(`vendor prefix '${id.slice(0, dot + 1)}'`);
    id = id.slice(dot + 1);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [pattern, what] of SUFFIXES) {
      const m = pattern.exec(id);
      // Never strip the whole id ("o1-2024-12-17" keeps "o1"; a bare "2024" stays), nor a
      // "-v3" that is the model's name rather than a revision of it ("deepseek-v3").
      const head = m === null ? '' : id.slice(0, m.index);
      if (m !== null && m.index > 0 && (!/^-v[\d.]+$/.test(m[0]) || /\d/.test(head))) {
        steps.push(`${what} '${m[0]}'`);
        id = id.slice(0, m.index);
        changed = true;
      }
    }
  }
  const key = toKey(id);
  if (key !== id) steps.push('punctuation');
  return { clean: id, key, steps };
}

/** Corporate names that lead some model names ("OpenAI o1", "Amazon Nova Pro") but are never the model's brand. */
const CORPORATE = /^(openai|amazon|meta|anthropic|google|microsoft|ibm|nvidia)\s+/;

/**
 * A model name reduced for matching: the "Vendor: " prefix OpenRouter adds, parenthesised
 * asides ("(free)", "(and 4.1 mini / nano)") and a leading corporate name dropped, then as an id.
 */
export function normaliseModelName(name: string): NormalisedId {
  let n = name.toLowerCase().trim();
  const steps: string[] = ['name'];
  const colon = n.indexOf(': ');
  if (colon > 0 && colon < 40) {
    n = n.slice(colon + 2);
    steps.push('vendor prefix');
  }
  const bare = n.replace(/\([^)]*\)/g, ' ').trim();
  if (bare !== n) steps.push('aside');
  n = bare.replace(CORPORATE, '');
  const id = normaliseModelId(n.replace(/\s+/g, '-'));
  return {
    clean: id.clean,
    key: id.key,
    steps: [...steps, ...id.steps.filter((s) => s !== 'case')],
  };
}
