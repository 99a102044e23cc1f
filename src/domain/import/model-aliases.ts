/**
 * Aliases: external model identifiers mapped to the data set's model ids, for names that no
 * normalisation can reach. Keys are lowercase. A mapping a user chooses for an unmatched record
 * is added with `withAlias` and kept for the next import.
 */
export type ModelAliases = Readonly<Record<string, string>>;

/**
 * The built-in table: API names that the data set's own records give for their models (in the
 * record's name or in the events about it).
 */
export const DEFAULT_MODEL_ALIASES: ModelAliases = {
  // "GPT-4.5 (research preview)"; the API retired it as gpt-4.5-preview (openai-2025-07-14 event).
  'gpt-4.5-preview': 'gpt-4.5',
  // "Gemini 3 Pro (preview)", shut down as gemini-3-pro-preview (google-2026-03 event).
  'gemini-3-pro-preview': 'gemini-3-pro',
  // "Gemini 3.1 Pro (preview)".
  'gemini-3.1-pro-preview': 'gemini-3.1-pro',
  // "Mistral Large 3 (mistral-large-2512)".
  'mistral-large-2512': 'mistral-large-3',
  // "Mistral Large 2 (Mistral-Large-Instruct-2407 / 2411)".
  'mistral-large-2407': 'mistral-large-2',
  'mistral-large-2411': 'mistral-large-2',
  // "Mistral Small 3 (Mistral-Small-24B-Instruct-2501)".
  'mistral-small-2501': 'mistral-small-3',
  'mistral-small-24b-instruct-2501': 'mistral-small-3',
  // "Command A (c4ai-command-a-03-2025)".
  'c4ai-command-a-03-2025': 'command-a',
};

/** The model id an alias table gives an external identifier, or null. */
export function aliasTarget(aliases: ModelAliases, externalId: string): string | null {
  const key = externalId.trim().toLowerCase();
  return Object.hasOwn(aliases, key) ? (aliases[key] ?? null) : null;
}

/** The table with one more alias (a user's mapping of an unmatched record), without changing the input. */
export function withAlias(
  aliases: ModelAliases,
  externalId: string,
  modelId: string,
): ModelAliases {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(aliases)) out[k] = v;
  out[externalId.trim().toLowerCase()] = modelId;
  return out;
}
