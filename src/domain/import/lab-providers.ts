/**
 * Lab tokens as catalogs spell them (id prefixes, models.dev provider and lab ids, OpenRouter
 * authors) mapped to the data set's provider ids. A lab not listed here is a new provider to
 * propose; a distributor (a cloud serving other labs' models) is not a lab.
 */
export const LAB_PROVIDERS: Readonly<Record<string, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google',
  meta: 'meta',
  'meta-llama': 'meta',
  llama: 'meta',
  mistral: 'mistral',
  mistralai: 'mistral',
  deepseek: 'deepseek',
  'deepseek-ai': 'deepseek',
  alibaba: 'alibaba',
  qwen: 'alibaba',
  xai: 'xai',
  'x-ai': 'xai',
  microsoft: 'microsoft',
  nvidia: 'nvidia',
  cohere: 'cohere',
  amazon: 'amazon',
  ibm: 'ibm',
  'ibm-granite': 'ibm',
  allenai: 'ai2',
  ai2: 'ai2',
  moonshotai: 'moonshot',
  moonshot: 'moonshot',
  zai: 'zhipu',
  'z-ai': 'zhipu',
  'zai-org': 'zhipu',
  zhipuai: 'zhipu',
};

/**
 * Brands a model id starts with, for records that carry no lab prefix (Azure's `gpt-4o`,
 * Vertex's `claude-sonnet-4@20250514`): the first word of the id names its lab.
 */
const BRANDS: Readonly<Record<string, string>> = {
  gpt: 'openai',
  o1: 'openai',
  o3: 'openai',
  o4: 'openai',
  chatgpt: 'openai',
  'dall-e': 'openai',
  whisper: 'openai',
  'text-embedding': 'openai',
  codex: 'openai',
  claude: 'anthropic',
  gemini: 'google',
  gemma: 'google',
  llama: 'meta',
  llama3: 'meta',
  llama4: 'meta',
  mistral: 'mistral',
  mixtral: 'mistral',
  codestral: 'mistral',
  ministral: 'mistral',
  pixtral: 'mistral',
  magistral: 'mistral',
  devstral: 'mistral',
  voxtral: 'mistral',
  deepseek: 'deepseek',
  qwen: 'alibaba',
  qwen2: 'alibaba',
  qwen3: 'alibaba',
  qwq: 'alibaba',
  grok: 'xai',
  phi: 'microsoft',
  mai: 'microsoft',
  nemotron: 'nvidia',
  command: 'cohere',
  c4ai: 'cohere',
  cohere: 'cohere',
  nova: 'amazon',
  titan: 'amazon',
  granite: 'ibm',
  olmo: 'ai2',
  kimi: 'moonshot',
  glm: 'zhipu',
};

/** The data set's provider id for a lab token, or null when the lab is not in the data. */
export function providerOfLab(lab: string | null): string | null {
  if (lab === null) return null;
  const key = lab.toLowerCase().replace(/^~/, '');
  return Object.hasOwn(LAB_PROVIDERS, key) ? (LAB_PROVIDERS[key] ?? null) : null;
}

/** The provider id a model id's first word names ("gpt-4o" → openai), or null. */
export function providerOfBrand(modelId: string): string | null {
  const id = modelId.toLowerCase();
  for (const [brand, provider] of Object.entries(BRANDS)) {
    const next = id.charAt(brand.length);
    // "llama3-1", "qwen2.5", "glm4": a brand may run straight into its version number.
    if (id.startsWith(brand) && (next === '' || next === '-' || next === '.' || /\d/.test(next))) {
      return provider;
    }
  }
  return null;
}
