import type { Channel } from '@/domain/schema/channel';
import type { Modality, StatusEntry } from '@/domain/schema/model';
import type { PreciseDate } from '@/domain/schema/precise-date';

/*
 * Reviewed model curation, keyed by reference model id. The reference keeps modality, context
 * window and license as free text; this table holds the structured reading of each, and the
 * dataset builder keeps the original text next to it for display.
 *
 * FAMILY RULE. A family is one release of one product line: records that are sizes or variants
 * launched together under one release name share a family (gpt-oss-120b/20b → gpt-oss; Llama 4
 * Scout/Maverick → llama-4; GLM-4.5/4.5-Air → glm-4.5; Phi-4-mini and Phi-4-multimodal, launched
 * together on 2025-02-26 as the next Phi-4 models → phi-4-mini-multimodal, apart from Phi-4 itself,
 * which was an earlier release). Tiers that the vendor names and versions as separate product lines
 * get one family per line and version, even when launched on the same day: Claude Opus 4 and
 * Claude Sonnet 4 (Anthropic later shipped Opus 4.1 alone), Amazon Nova Micro/Lite/Pro/Premier,
 * Gemini Pro vs Flash. Every later version is a new family (gemini-3-pro, gemini-3.1-pro), because
 * the risk engine represents a family by its newest active member and a new version is a new
 * decision by the vendor. Records that already bundle variants (o1 with o1-mini/pro; o3 with
 * o4-mini; Claude 3 Opus with the Claude 3 family) stay one family.
 *
 * MODALITIES. Parsed from the free text by hand: "voice"/"speech" → audio, "vision"/"images" →
 * image; "code/text" is code in and out. Output modalities offered only "in preview" are left out
 * (Gemini 2.0 Flash). Where the text names modalities without a direction ("multimodal (text,
 * image, audio, video, code)" for Gemini 1.0, "text, vision, voice" for Grok 4), they are read as
 * inputs with text output, the one output every source states. A size-specific modality ("text+image
 * (11B/90B)") counts for the record, as the union over its sizes. `null` where the reference has none.
 *
 * CONTEXT WINDOW. The largest figure stated for any size or mode, in tokens, with 1K = 1,000 and
 * 1M = 1,000,000 unless the text gives the exact number (1,048,576). Output limits are never the
 * context window. Gemini 1.5 Pro's "later 2M" and Granite 4.0's "trained to 512K" are the largest
 * stated figures, so they are used; the original text stays in `contextWindowText`.
 */

export interface Modalities {
  input: Modality[];
  output: Modality[];
}

export interface ModelCuration {
  family: string;
  /** Structured modalities; null where the reference states none. */
  modalities: Modalities | null;
  /** Largest stated context window in tokens; null where the reference states none. */
  contextWindow: number | null;
}

const TEXT: Modalities = { input: ['text'], output: ['text'] };
const io = (input: Modality[], output: Modality[]): Modalities => ({ input, output });
const m = (
  family: string,
  modalities: Modalities | null,
  contextWindow: number | null,
): ModelCuration => ({
  family,
  modalities,
  contextWindow,
});

export const modelCuration: Record<string, ModelCuration> = {
  'llama-2': m('llama-2', TEXT, 4_096),
  'llama-3': m('llama-3', TEXT, 8_192),
  'llama-3.1': m('llama-3.1', TEXT, 128_000),
  'llama-3.2': m('llama-3.2', io(['text', 'image'], ['text']), 128_000),
  'llama-3.3-70b': m('llama-3.3', TEXT, null),
  'llama-4-scout': m('llama-4', io(['text', 'image'], ['text']), 10_000_000),
  'llama-4-maverick': m('llama-4', io(['text', 'image'], ['text']), 1_000_000),
  'muse-spark': m('muse-spark', io(['audio', 'text', 'image'], ['text']), null),
  'gpt-4': m('gpt-4', io(['text', 'image'], ['text']), 32_000),
  'gpt-4-turbo': m('gpt-4-turbo', io(['text', 'image'], ['text']), 128_000),
  'gpt-4o': m('gpt-4o', io(['text', 'audio', 'image', 'video'], ['text', 'audio', 'image']), null),
  o1: m('o1', io(['text', 'image'], ['text']), 200_000),
  o3: m('o3', io(['text', 'image'], ['text']), 200_000),
  'gpt-4.5': m('gpt-4.5', io(['text', 'image'], ['text']), null),
  'gpt-4.1': m('gpt-4.1', io(['text', 'image'], ['text']), 1_000_000),
  'gpt-oss-120b': m('gpt-oss', TEXT, 128_000),
  'gpt-oss-20b': m('gpt-oss', TEXT, 128_000),
  'gpt-5': m('gpt-5', io(['text', 'image'], ['text']), 400_000),
  'gpt-5.1': m('gpt-5.1', io(['text', 'image'], ['text']), null),
  'gpt-5.2': m('gpt-5.2', null, null),
  'gemini-1.0': m('gemini-1.0', io(['text', 'image', 'audio', 'video', 'code'], ['text']), null),
  'gemini-1.5-pro': m(
    'gemini-1.5-pro',
    io(['text', 'image', 'audio', 'video'], ['text']),
    2_000_000,
  ),
  'gemini-2.0-flash': m(
    'gemini-2.0-flash',
    io(['text', 'image', 'audio', 'video'], ['text']),
    1_000_000,
  ),
  'gemini-2.5-pro': m(
    'gemini-2.5-pro',
    io(['text', 'image', 'audio', 'video'], ['text']),
    1_048_576,
  ),
  'gemini-3-pro': m(
    'gemini-3-pro',
    io(['text', 'code', 'image', 'audio', 'video', 'pdf'], ['text']),
    1_048_576,
  ),
  'gemini-3.1-pro': m(
    'gemini-3.1-pro',
    io(['text', 'audio', 'image', 'video', 'code'], ['text']),
    1_048_576,
  ),
  'gemma-1': m('gemma-1', TEXT, null),
  'gemma-2': m('gemma-2', TEXT, null),
  'gemma-3': m('gemma-3', io(['text', 'image'], ['text']), 128_000),
  'gemma-4': m('gemma-4', io(['text', 'image', 'video', 'audio'], ['text']), 256_000),
  'claude-3-opus': m('claude-3-opus', io(['text', 'image'], ['text']), 200_000),
  'claude-3.5-sonnet': m('claude-3.5-sonnet', io(['text', 'image'], ['text']), 200_000),
  'claude-3.7-sonnet': m('claude-3.7-sonnet', io(['text', 'image'], ['text']), 200_000),
  'claude-opus-4': m('claude-opus-4', io(['text', 'image'], ['text']), 200_000),
  'claude-sonnet-4': m('claude-sonnet-4', io(['text', 'image'], ['text']), 200_000),
  'claude-opus-4.1': m('claude-opus-4.1', null, null),
  'claude-sonnet-4.5': m('claude-sonnet-4.5', io(['text', 'image'], ['text']), 200_000),
  'claude-haiku-4.5': m('claude-haiku-4.5', null, 200_000),
  'claude-opus-4.5': m('claude-opus-4.5', null, null),
  'claude-opus-4.6': m('claude-opus-4.6', null, 1_000_000),
  'claude-mythos-preview': m('claude-mythos-preview', null, null),
  'mistral-7b': m('mistral-7b', TEXT, null),
  'mixtral-8x7b': m('mixtral-8x7b', TEXT, 32_000),
  'mistral-large-1': m('mistral-large-1', TEXT, 32_000),
  'codestral-22b': m('codestral', io(['text', 'code'], ['text', 'code']), null),
  'mistral-large-2': m('mistral-large-2', TEXT, 128_000),
  'mistral-small-3': m('mistral-small-3', TEXT, 32_000),
  'mistral-medium-3': m('mistral-medium-3', io(['text', 'image'], ['text']), 128_000),
  'mistral-large-3': m('mistral-large-3', io(['text', 'image'], ['text']), 256_000),
  'deepseek-v3': m('deepseek-v3', TEXT, 128_000),
  'deepseek-r1': m('deepseek-r1', TEXT, 128_000),
  'deepseek-v3.2-exp': m('deepseek-v3.2-exp', TEXT, null),
  'deepseek-v3.2': m('deepseek-v3.2', TEXT, 128_000),
  'deepseek-v4': m('deepseek-v4', TEXT, 1_000_000),
  'qwen-7b': m('qwen-7b', TEXT, 32_000),
  'qwen2.5': m('qwen2.5', TEXT, 128_000),
  qwen3: m('qwen3', TEXT, 128_000),
  'qwen3-max': m('qwen3-max', TEXT, null),
  'qwen3.5': m('qwen3.5', null, null),
  'grok-1': m('grok-1', TEXT, 8_192),
  'grok-2': m('grok-2', TEXT, 131_000),
  'grok-3': m('grok-3', null, null),
  'grok-4': m('grok-4', io(['text', 'image', 'audio'], ['text']), null),
  'grok-4-fast': m('grok-4-fast', null, 2_000_000),
  'grok-4.20': m('grok-4.20', null, 2_000_000),
  'phi-3': m('phi-3', io(['text', 'image'], ['text']), 128_000),
  'phi-4': m('phi-4', TEXT, 16_000),
  'phi-4-mini': m('phi-4-mini-multimodal', TEXT, 128_000),
  'phi-4-multimodal': m('phi-4-mini-multimodal', io(['text', 'image', 'audio'], ['text']), 128_000),
  'mai-1-preview': m('mai-1-preview', TEXT, null),
  'nemotron-4-340b': m('nemotron-4-340b', TEXT, 4_096),
  'llama-3.1-nemotron-70b': m('llama-3.1-nemotron-70b', TEXT, 128_000),
  'nemotron-3-nano': m('nemotron-3-nano', TEXT, 1_000_000),
  'nemotron-3-super': m('nemotron-3-super', TEXT, null),
  'command-r': m('command-r', TEXT, 128_000),
  'command-r-plus': m('command-r-plus', TEXT, 128_000),
  'command-a': m('command-a', TEXT, 256_000),
  'command-a-plus': m('command-a-plus', TEXT, null),
  'titan-text-express-lite': m('titan-text-express-lite', TEXT, null),
  'nova-micro': m('nova-micro', TEXT, null),
  'nova-lite': m('nova-lite', io(['text', 'image', 'video'], ['text']), 300_000),
  'nova-pro': m('nova-pro', io(['text', 'image', 'video'], ['text']), null),
  'nova-premier': m('nova-premier', io(['text', 'image'], ['text']), 1_000_000),
  'nova-2-lite': m('nova-2-lite', io(['text', 'image', 'video'], ['text']), null),
  'granite-3.0': m('granite-3.0', TEXT, null),
  'granite-3.1': m('granite-3.1', TEXT, 128_000),
  'granite-4.0': m('granite-4.0', TEXT, 512_000),
  'granite-4.1': m('granite-4.1', TEXT, 512_000),
  'olmo-1': m('olmo-1', TEXT, null),
  'olmo-2': m('olmo-2', TEXT, null),
  'olmo-3': m('olmo-3', TEXT, null),
  'kimi-k2': m('kimi-k2', TEXT, 128_000),
  'kimi-k2-thinking': m('kimi-k2-thinking', TEXT, 256_000),
  'kimi-k2.5': m('kimi-k2.5', io(['text', 'image'], ['text']), 256_000),
  'glm-4.5': m('glm-4.5', TEXT, 128_000),
  'glm-4.5-air': m('glm-4.5', TEXT, null),
  'glm-4.6': m('glm-4.6', TEXT, 200_000),
  'glm-5': m('glm-5', TEXT, 200_000),
};

/** The reference's weights availability values. */
export type WeightsAvailability =
  'open-weight' | 'closed-weight' | 'API-only' | 'restricted-access';

/**
 * CHANNEL RULE: a model's channels from its weights availability and its provider's channels.
 * - open-weight: the provider's weights downloads, its own API(s) if it has one, and its
 *   third-party clouds;
 * - closed-weight: own API(s) and third-party clouds;
 * - API-only: own API(s) only;
 * - restricted-access: a private preview.
 * Consumer apps are not added by the rule: the reference does not say which models each app
 * serves, and an app is never an enterprise integration path. `channelOverrides` replace the rule
 * where a record's own notes or restrictions say otherwise.
 */
export function channelsFor(weights: WeightsAvailability, provider: readonly Channel[]): Channel[] {
  const of = (kind: Channel['kind']) => provider.filter((c) => c.kind === kind);
  switch (weights) {
    case 'open-weight':
      return [...of('weights-download'), ...of('own-api'), ...of('cloud')];
    case 'closed-weight':
      return [...of('own-api'), ...of('cloud')];
    case 'API-only':
      return of('own-api');
    case 'restricted-access':
      return [{ kind: 'private-preview', name: null }];
  }
}

const ch = (kind: Channel['kind'], name: string | null): Channel => ({ kind, name });

/** Per-model channel overrides, each backed by the record's notes, restrictions or provider text. */
export const channelOverrides: Record<string, Channel[]> = {
  // "available in Meta AI app/website" and "private API preview for select partners only".
  'muse-spark': [ch('own-app', 'Meta AI app'), ch('private-preview', 'Muse Spark API preview')],
  // Notes: launched "with a Microsoft/Azure distribution partnership", so not own API only.
  'mistral-large-1': [
    ch('own-api', 'La Plateforme / Mistral AI Studio'),
    ch('cloud', 'Azure AI Foundry'),
  ],
  // OpenAI's channel text: "gpt-oss only, Hugging Face; also hosted on Azure, AWS and others";
  // the OpenAI API does not serve gpt-oss.
  'gpt-oss-120b': [
    ch('weights-download', 'Hugging Face'),
    ch('cloud', 'Microsoft Azure'),
    ch('cloud', 'Amazon Web Services'),
  ],
  'gpt-oss-20b': [
    ch('weights-download', 'Hugging Face'),
    ch('cloud', 'Microsoft Azure'),
    ch('cloud', 'Amazon Web Services'),
  ],
  // "Public testing on LMArena; API access for trusted testers"; Microsoft's channel text puts MAI
  // models in Copilot.
  'mai-1-preview': [ch('private-preview', 'MAI trusted-tester API'), ch('own-app', 'Copilot')],
  // Notes: full release "via Qwen Chat and Model Studio API".
  'qwen3-max': [ch('own-api', 'Alibaba Cloud Model Studio'), ch('own-app', 'Qwen Chat')],
  // "access limited to Project Glasswing partners".
  'claude-mythos-preview': [ch('private-preview', 'Project Glasswing')],
};

/**
 * Training code and training-data information published (OSI OSAID 1.0). True only where the
 * reference says so: OLMo ("weights, training data, code, checkpoints and logs") and Nemotron 3
 * Nano ("pre/post-training data and recipes also released"; its NVIDIA Open Model License still
 * caps it at level 3).
 */
export const trainingPublished: Record<string, { code: boolean; data: boolean }> = {
  'olmo-1': { code: true, data: true },
  'olmo-2': { code: true, data: true },
  'olmo-3': { code: true, data: true },
  'nemotron-3-nano': { code: true, data: true },
};

/** One openness entry before the published record: how a model was offered at first. */
export interface EarlierOpenness {
  from: PreciseDate;
  weights: 'open' | 'closed';
  license: string | null;
  restrictions: string[];
  channels: Channel[];
  eventId: string | null;
}

/**
 * Models whose openness changed after release. The reference record describes the model as it is
 * now; these are the earlier states, and the current state starts at `currentFrom` with `eventId`.
 */
export const opennessChanges: Record<
  string,
  { earlier: EarlierOpenness[]; currentFrom: PreciseDate; eventId: string }
> = {
  // Notes: "Closed at launch (Aug 2024); weights published on Hugging Face 2025-08-23".
  'grok-2': {
    earlier: [
      {
        from: { date: '2024-08', precision: 'month' },
        weights: 'closed',
        license: 'Proprietary',
        restrictions: [],
        channels: [ch('own-api', 'xAI API'), ch('own-app', 'Grok app and X')],
        eventId: null,
      },
    ],
    currentFrom: { date: '2025-08-23', precision: 'day' },
    eventId: 'xai-2025-08-23-grok25-weights',
  },
  // Notes: "Initially available only on Azure AI Foundry; weights released on Hugging Face under
  // MIT on 2025-01-08". The terms of the Azure-only period are not in the reference: null.
  'phi-4': {
    earlier: [
      {
        from: { date: '2024-12-12', precision: 'day' },
        weights: 'closed',
        license: null,
        restrictions: ['Available only on Azure AI Foundry; weights not published'],
        channels: [ch('own-api', 'Azure AI Foundry')],
        eventId: null,
      },
    ],
    currentFrom: { date: '2025-01-08', precision: 'day' },
    eventId: 'microsoft-2025-01-08-phi4-weights',
  },
};

const day = (date: string): PreciseDate => ({ date, precision: 'day' });

/**
 * Status changes after release, from the deprecation and retirement events only (a model's own
 * notes are not enough: Nova Premier's "EOL 2026-09-14" has no event, so it is not entered).
 * Not entered on purpose: o1-preview's retirement (the o1 record also covers o1, o1-mini and o1-pro,
 * which stayed), Claude 3 Sonnet's deprecation (inside the Claude 3 Opus record), ChatGPT-only
 * removals of GPT-4o and GPT-4.1 (the API models stayed) and the chatgpt-4o-latest alias.
 */
export const statusChanges: Record<string, StatusEntry[]> = {
  'gpt-4.5': [
    { from: day('2025-04-14'), status: 'deprecated', eventId: 'openai-2025-04-14-gpt41' },
    { from: day('2025-07-14'), status: 'retired', eventId: 'openai-2025-07-14-gpt45-api-retired' },
  ],
  'claude-3-opus': [
    {
      from: day('2025-06-30'),
      status: 'deprecated',
      eventId: 'anthropic-2025-06-30-claude3-opus-deprecation',
    },
    {
      from: day('2026-01-05'),
      status: 'retired',
      eventId: 'anthropic-2026-01-05-claude3-opus-retired',
    },
  ],
  'claude-3.5-sonnet': [
    {
      from: day('2025-10-28'),
      status: 'retired',
      eventId: 'anthropic-2025-10-28-claude35-retired',
    },
  ],
  // The same event deprecated 3.7 Sonnet and announced its retirement on 2026-02-19.
  'claude-3.7-sonnet': [
    {
      from: day('2025-10-28'),
      status: 'deprecated',
      eventId: 'anthropic-2025-10-28-claude35-retired',
    },
    {
      from: day('2026-02-19'),
      status: 'retired',
      eventId: 'anthropic-2025-10-28-claude35-retired',
    },
  ],
  'command-r': [
    {
      from: day('2025-09-15'),
      status: 'deprecated',
      eventId: 'cohere-2025-09-15-command-r-deprecated',
    },
  ],
  // Month only: sources disagree on the day (2026-03-09 vs 2026-03-26).
  'gemini-3-pro': [
    {
      from: { date: '2026-03', precision: 'month' },
      status: 'retired',
      eventId: 'google-2026-03-gemini3-preview-shutdown',
    },
  ],
};
