import type { Direction, EventType } from '@/domain/schema/event';

/*
 * The REVIEWED rating table: every reference event with its type, a short title, the providers it
 * binds, its related models and its direction, severity and scored flag, by the rule in
 * docs/methodology.md ("Event ratings") and docs/data.md ("Events"):
 *
 * - Openness changes point their way. Severity 5 when the provider's flagship line changes
 *   openness, 4 a change covering all its open models, 3 one major model's terms, 2 a minor model.
 * - Continuity: a flagship retirement with under 6 months' notice 4, another retirement or
 *   deprecation 2, a documented multi-hour outage 3, a security incident 4.
 * - Regulatory: a ban or block in a major market 4, binding obligations taking effect 3,
 *   guidance 2, relief (a delay) shown but not scored.
 * - Launches, pricing, corporate and market events are neutral with severity 0 unless they change
 *   openness.
 *
 * `type` maps the reference's snake_case type to the app's kebab-case type, except that an event
 * that ends a model's availability is a `retirement` (the reference files those as deprecations).
 * `appliesTo` defaults to the event's own provider; industry-wide events (provider null) list the
 * providers they bind. `ratingNote` says why wherever the rating is a judgement.
 */

export interface EventCuration {
  type: EventType;
  title: string;
  /** Providers the event binds; omitted means `[providerId]`. */
  appliesTo?: string[];
  relatedModelIds: string[];
  direction: Direction;
  severity: 0 | 1 | 2 | 3 | 4 | 5;
  /** False only for relief (a postponed obligation): shown, never scored. */
  scored: boolean;
  ratingNote: string | null;
}

/**
 * EU AI Act scope: every provider in the data set places general-purpose AI models on the EU
 * market, through an API or app offered in the EU or through open weights published for download
 * (the Act's open-source exemptions remove some duties, not the copyright policy or the
 * training-data summary), so the EU events bind all 16.
 */
export const EU_GPAI_PROVIDERS = [
  'meta',
  'openai',
  'google',
  'anthropic',
  'mistral',
  'deepseek',
  'alibaba',
  'xai',
  'microsoft',
  'nvidia',
  'cohere',
  'amazon',
  'ibm',
  'ai2',
  'moonshot',
  'zhipu',
];

/** Signatories named by the 2025-08-01 event (xAI signed the Safety and Security chapter only). */
const GPAI_CODE_SIGNATORIES = [
  'amazon',
  'anthropic',
  'cohere',
  'google',
  'ibm',
  'microsoft',
  'mistral',
  'openai',
  'xai',
];

/**
 * California SB 53 binds "large frontier developers" (frontier-scale training compute and over
 * US$500M revenue). The reference does not list them; taken here as the US labs whose flagship
 * models are frontier-scale in the data: OpenAI, Anthropic, Google, Meta and xAI.
 */
const SB53_PROVIDERS = ['openai', 'anthropic', 'google', 'meta', 'xai'];

type Row = Omit<EventCuration, 'scored' | 'ratingNote'> & { scored?: boolean; ratingNote?: string };

const launch = (title: string, relatedModelIds: string[], ratingNote?: string): Row => ({
  type: 'model-launch',
  title,
  relatedModelIds,
  direction: 'neutral',
  severity: 0,
  ...(ratingNote ? { ratingNote } : {}),
});
const neutral = (
  type: EventType,
  title: string,
  relatedModelIds: string[] = [],
  ratingNote?: string,
): Row => ({
  type,
  title,
  relatedModelIds,
  direction: 'neutral',
  severity: 0,
  ...(ratingNote ? { ratingNote } : {}),
});

const rows: Record<string, Row> = {
  'openai-2023-03-14-gpt4': launch('GPT-4 released', ['gpt-4']),
  'meta-2023-07-18-llama2': {
    type: 'license-change',
    title: 'Llama 2 released under a commercial-use community license',
    relatedModelIds: ['llama-2'],
    direction: 'toward-open',
    severity: 5,
    ratingNote:
      "Meta's flagship line moved to terms that permit commercial use (below 700M MAU): the flagship line changes openness, 5.",
  },
  'mistral-2023-09-27-mistral7b': launch('Mistral 7B released under Apache-2.0', ['mistral-7b']),
  'openai-2023-11-06-devday': neutral('pricing-change', 'GPT-4 Turbo announced with lower prices', [
    'gpt-4-turbo',
  ]),
  'mistral-2023-12-mixtral': launch('Mixtral 8x7B released under Apache-2.0', ['mixtral-8x7b']),
  'google-2023-12-06-gemini1': launch('Gemini 1.0 announced', ['gemini-1.0']),
  'ai2-2024-02-01-olmo': launch('OLMo released fully open', ['olmo-1']),
  'google-2024-02-15-gemini15': launch('Gemini 1.5 Pro announced', ['gemini-1.5-pro']),
  'google-2024-02-21-gemma': {
    type: 'strategy',
    title: 'Google opens the Gemma line of open-weight models',
    relatedModelIds: ['gemma-1'],
    direction: 'toward-open',
    severity: 3,
    ratingNote:
      "Google's first open-weight models, a new open line beside closed Gemini: rated like gpt-oss (one major model line's terms, 3), not as a plain launch.",
  },
  'mistral-2024-02-26-large-msft': {
    type: 'open-to-closed',
    title: 'Mistral Large launched as a proprietary API model',
    relatedModelIds: ['mistral-large-1'],
    direction: 'toward-closed',
    severity: 5,
    ratingNote:
      "Mistral's flagship moved from open weights (Mistral 7B, Mixtral) to API-only: flagship line, 5.",
  },
  'anthropic-2024-03-04-claude3': launch('Claude 3 family launched', ['claude-3-opus']),
  'cohere-2024-03-11-command-r': launch(
    'Command R launched with non-commercial research weights',
    ['command-r'],
    'A launch: the research weights are non-commercial (CC-BY-NC), so the release opens no commercial path; neutral.',
  ),
  'xai-2024-03-17-grok1': {
    type: 'closed-to-open',
    title: 'Grok-1 base weights released under Apache-2.0',
    relatedModelIds: ['grok-1'],
    direction: 'toward-open',
    severity: 5,
    ratingNote:
      "Grok-1 was xAI's only and flagship model, announced closed in 2023-11: flagship line, 5.",
  },
  'meta-2024-04-18-llama3': launch('Llama 3 released', ['llama-3']),
  'microsoft-2024-04-23-phi3': launch('Phi-3 Mini released under MIT', ['phi-3']),
  'openai-2024-05-13-gpt4o': launch('GPT-4o announced', ['gpt-4o']),
  'mistral-2024-05-29-mnpl': {
    type: 'license-change',
    title: 'Codestral released under the new Mistral Non-Production License',
    relatedModelIds: ['codestral-22b'],
    direction: 'toward-closed',
    severity: 3,
    ratingNote:
      "A new license that bars production use, replacing the Apache-2.0 of Mistral's earlier open models for a major (code) model: one major model, 3.",
  },
  'nvidia-2024-06-14-nemotron4': launch(
    'Nemotron-4 340B released under the NVIDIA Open Model License',
    ['nemotron-4-340b'],
  ),
  'anthropic-2024-06-20-claude35': launch('Claude 3.5 Sonnet released', ['claude-3.5-sonnet']),
  'google-2024-06-27-gemma2': launch('Gemma 2 released', ['gemma-2']),
  'meta-2024-07-23-llama31': launch('Llama 3.1 released, including 405B', ['llama-3.1']),
  'eu-2024-08-01-ai-act': {
    type: 'regulatory',
    title: 'EU AI Act enters into force',
    appliesTo: EU_GPAI_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      'Entry into force only; its obligations apply later and are rated on their own dates (2025-02-02, 2025-08-02, 2026-08-02, 2027-08-02). Rated as guidance, 2.',
  },
  'anthropic-2024-09-04-claude1-deprecation': {
    type: 'deprecation',
    title: 'Claude 1.x and Claude Instant deprecated',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 2,
    ratingNote: 'The deprecated models are not in the data set, so no model is related.',
  },
  'openai-2024-09-12-o1': launch('o1-preview and o1-mini released', ['o1']),
  'alibaba-2024-09-19-qwen25': launch(
    'Qwen2.5 released, mostly under Apache-2.0',
    ['qwen2.5'],
    'Qwen open models were already mostly Apache-2.0 since Qwen2 (provider notes): no change of openness, neutral.',
  ),
  'meta-2024-09-25-llama32-eu': {
    type: 'license-change',
    title: "Llama 3.2 vision models' license withheld from EU-based users",
    relatedModelIds: ['llama-3.2'],
    direction: 'toward-closed',
    severity: 3,
    ratingNote: "A regional carve-out for the 11B/90B vision models: one major model's terms, 3.",
  },
  'ibm-2024-10-21-granite3': launch('Granite 3.0 released under Apache-2.0', ['granite-3.0']),
  'ai2-2024-11-26-olmo2': launch('OLMo 2 released', ['olmo-2']),
  'amazon-2024-12-nova-launch': launch('Amazon Nova launched on Bedrock', [
    'nova-micro',
    'nova-lite',
    'nova-pro',
  ]),
  'openai-2024-12-05-o1-pro': neutral(
    'pricing-change',
    'Full o1 and US$200/month ChatGPT Pro tier launched',
    ['o1'],
  ),
  'meta-2024-12-06-llama33': launch('Llama 3.3 70B released', ['llama-3.3-70b']),
  'openai-2024-12-11-outage': {
    type: 'outage',
    title: 'All OpenAI services down for about four hours',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
  },
  'google-2024-12-11-gemini2': launch('Gemini 2.0 Flash (experimental) announced', [
    'gemini-2.0-flash',
  ]),
  'openai-2024-12-20-garante-fine': {
    type: 'regulatory',
    title: 'Italy fines OpenAI EUR 15M over ChatGPT GDPR violations',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
    ratingNote:
      'A binding enforcement order (fine and a mandated campaign) in a major market, short of a block: 3.',
  },
  'deepseek-2024-12-26-v3': launch('DeepSeek-V3 released', ['deepseek-v3']),
  'microsoft-2025-01-08-phi4-weights': {
    type: 'closed-to-open',
    title: 'Phi-4 weights published under MIT',
    relatedModelIds: ['phi-4'],
    direction: 'toward-open',
    severity: 3,
    ratingNote: 'One major model moved from Azure-only to MIT open weights: 3.',
  },
  'zhipu-2025-01-16-entity-list': {
    type: 'regulatory',
    title: 'US adds Zhipu AI to the Entity List',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 4,
    ratingNote: 'US export restrictions on the provider: a block in a major market, 4.',
  },
  'deepseek-2025-01-20-r1-mit': {
    type: 'license-change',
    title: 'DeepSeek-R1 released under MIT; open repositories move to MIT',
    relatedModelIds: ['deepseek-r1'],
    direction: 'toward-open',
    severity: 4,
    ratingNote:
      'DeepSeek switched its open repositories from its custom license to MIT: a change covering all its open models, 4. The DeepSeek-V3 record keeps the license it lists (the reference does not date a change for it).',
  },
  'anthropic-2025-01-21-claude2-deprecation': {
    type: 'deprecation',
    title: 'Claude 2.0, Claude 2.1 and Claude 3 Sonnet deprecated',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      'Claude 2.x is not in the data; Claude 3 Sonnet exists only inside the Claude 3 Opus record, whose status this event does not change, so no model is related.',
  },
  'deepseek-2025-01-27-attack': {
    type: 'security-incident',
    title: 'DeepSeek limits sign-ups after large-scale attacks',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 4,
  },
  'nvidia-2025-01-27-selloff': neutral('market', 'Nvidia shares fall about 17% in one day'),
  'mistral-2025-01-30-small3': {
    type: 'license-change',
    title: 'Mistral Small 3 released under Apache-2.0',
    relatedModelIds: ['mistral-small-3'],
    direction: 'toward-open',
    severity: 3,
    ratingNote:
      'A return to Apache-2.0 for new general models after the MNPL and research licenses, but the flagship (Large 2) stayed research-only: one major model, 3.',
  },
  'deepseek-2025-01-30-italy-block': {
    type: 'regulatory',
    title: "Italy's Garante blocks DeepSeek",
    relatedModelIds: [],
    direction: 'neutral',
    severity: 4,
  },
  'eu-2025-02-02-prohibitions': {
    type: 'regulatory',
    title: 'EU AI Act prohibitions and AI-literacy duties apply',
    appliesTo: EU_GPAI_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
  },
  'xai-2025-02-17-grok3': launch('Grok 3 launched', ['grok-3']),
  'anthropic-2025-02-24-claude37': launch('Claude 3.7 Sonnet released', ['claude-3.7-sonnet']),
  'openai-2025-02-27-gpt45': launch('GPT-4.5 research preview released', ['gpt-4.5']),
  'xai-2025-03-x-merger': neutral('corporate', 'xAI merges with X'),
  'google-2025-03-25-gemini25': launch('Gemini 2.5 Pro (experimental) released', [
    'gemini-2.5-pro',
  ]),
  'meta-2025-04-llama4-benchmark': neutral(
    'strategy',
    'Llama 4 benchmark claims questioned',
    ['llama-4-scout', 'llama-4-maverick'],
    'A credibility question, no change of openness or availability: neutral.',
  ),
  'meta-2025-04-05-llama4': launch('Llama 4 Scout and Maverick released', [
    'llama-4-scout',
    'llama-4-maverick',
  ]),
  'openai-2025-04-14-gpt41': {
    type: 'deprecation',
    title: 'GPT-4.1 launched; GPT-4.5 Preview to leave the API',
    relatedModelIds: ['gpt-4.1', 'gpt-4.5'],
    direction: 'neutral',
    severity: 2,
    ratingNote: 'Rated as the deprecation notice for GPT-4.5 (the launch part is neutral): 2.',
  },
  'openai-2025-04-16-o3': launch('o3 and o4-mini released', ['o3']),
  'alibaba-2025-04-29-qwen3': launch('Qwen3 released under Apache-2.0', ['qwen3']),
  'mistral-2025-05-07-medium3': launch(
    'Mistral Medium 3 launched as a proprietary model',
    ['mistral-medium-3'],
    'Proprietary, but the Medium line was never open and Mistral already had API-only models: no change of openness, neutral.',
  ),
  'anthropic-2025-05-22-claude4': launch('Claude Opus 4 and Sonnet 4 released', [
    'claude-opus-4',
    'claude-sonnet-4',
  ]),
  'meta-2025-06-scale-ai': neutral('corporate', 'Meta takes a 49% stake in Scale AI'),
  'openai-2025-06-10-o3-price-cut': neutral('pricing-change', 'o3 API prices cut 80%', ['o3']),
  'google-2025-06-17-gemini25-ga': launch('Gemini 2.5 generally available', ['gemini-2.5-pro']),
  'meta-2025-06-30-msl': neutral(
    'strategy',
    'Meta Superintelligence Labs formed',
    [],
    'A reorganisation; the openness change it led to is rated on Muse Spark itself (2026-04-08).',
  ),
  'anthropic-2025-06-30-claude3-opus-deprecation': {
    type: 'deprecation',
    title: 'Claude 3 Opus deprecated',
    relatedModelIds: ['claude-3-opus'],
    direction: 'neutral',
    severity: 2,
  },
  'xai-2025-07-grok-antisemitic': {
    type: 'safety-incident',
    title: 'Grok posts antisemitic content on X',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
    ratingNote:
      'The rule rates security incidents 4; a safety incident with no loss of service but EU and national scrutiny is rated one lower, 3.',
  },
  'xai-2025-07-09-grok4': neutral('pricing-change', 'Grok 4 launched with a US$300/month tier', [
    'grok-4',
  ]),
  'eu-2025-07-10-gpai-code': {
    type: 'regulatory',
    title: 'EU General-Purpose AI Code of Practice published',
    appliesTo: EU_GPAI_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 2,
    ratingNote: 'A voluntary code: guidance, 2.',
  },
  'moonshot-2025-07-11-kimi-k2': launch('Kimi K2 released under a modified MIT license', [
    'kimi-k2',
  ]),
  'openai-2025-07-14-gpt45-api-retired': {
    type: 'retirement',
    title: 'GPT-4.5 Preview retired from the API',
    relatedModelIds: ['gpt-4.5'],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      "Three months' notice, but GPT-4.5 was a research preview, never the default production model (GPT-4o was): another retirement, 2.",
  },
  'meta-2025-07-18-eu-code': {
    type: 'regulatory',
    title: 'Meta refuses to sign the EU GPAI Code of Practice',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      'Not an obligation in itself; a non-signatory faces closer scrutiny of its AI Act compliance. Rated as guidance-level, 2.',
  },
  'openai-2025-07-28-o1-preview-retired': {
    type: 'retirement',
    title: 'o1-preview retired from the API',
    relatedModelIds: ['o1'],
    direction: 'neutral',
    severity: 2,
    ratingNote: 'Only the preview retired; the o1 record (o1, o1-mini, o1-pro) stays active.',
  },
  'zhipu-2025-07-28-glm45': launch('GLM-4.5 and GLM-4.5-Air released under MIT', [
    'glm-4.5',
    'glm-4.5-air',
  ]),
  'openai-2025-08-gpt4o-reinstated': {
    type: 'deprecation',
    title: 'GPT-4o removed from ChatGPT, then restored',
    relatedModelIds: ['gpt-4o'],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      'Removed without notice and reversed after backlash; ChatGPT only. Another deprecation, 2.',
  },
  'eu-2025-08-01-code-signatories': {
    type: 'regulatory',
    title: 'GPAI Code of Practice signatories confirmed',
    appliesTo: GPAI_CODE_SIGNATORIES,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      'Binds the signatories the event names (xAI for one chapter); Meta declined and has its own event (2025-07-18). Voluntary commitments: guidance, 2.',
  },
  'eu-2025-08-02-gpai-obligations': {
    type: 'regulatory',
    title: 'EU AI Act obligations for GPAI providers apply',
    appliesTo: EU_GPAI_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
  },
  'openai-2025-08-05-gpt-oss': {
    type: 'closed-to-open',
    title: 'gpt-oss open-weight models released under Apache-2.0',
    relatedModelIds: ['gpt-oss-120b', 'gpt-oss-20b'],
    direction: 'toward-open',
    severity: 3,
    ratingNote:
      'A major open model beside a flagship line that stays closed (GPT-5 two days later): 3.',
  },
  'openai-2025-08-07-gpt5': launch('GPT-5 launched', ['gpt-5']),
  'xai-2025-08-23-grok25-weights': {
    type: 'closed-to-open',
    title: 'Grok 2.5 weights published under the Grok 2 Community License',
    relatedModelIds: ['grok-2'],
    direction: 'toward-open',
    severity: 3,
    ratingNote:
      'A former flagship, superseded by Grok 3 and 4, opened under restrictive terms: one major model, 3.',
  },
  'anthropic-2025-08-28-consumer-data': {
    type: 'policy-change',
    title: 'Claude consumer chats used for training unless users opt out',
    relatedModelIds: [],
    direction: 'neutral',
    severity: 1,
    ratingNote:
      'Consumer plans only; commercial, API, Bedrock and Vertex use are excluded. Shown, of low weight to an enterprise.',
  },
  'microsoft-2025-08-28-mai1': neutral(
    'strategy',
    'Microsoft unveils in-house MAI-1-preview',
    ['mai-1-preview'],
    'A new closed line about supplier independence from OpenAI; no open Microsoft line changed terms (Phi stays MIT): neutral.',
  ),
  'alibaba-2025-09-qwen3-max': launch(
    'Qwen3-Max released as a closed model',
    ['qwen3-max'],
    "Alibaba's largest 'Max' models were always API-only (provider notes): no change of openness, neutral.",
  ),
  'cohere-2025-09-15-command-r-deprecated': {
    type: 'deprecation',
    title: 'Command R (03-2024) deprecated',
    relatedModelIds: ['command-r'],
    direction: 'neutral',
    severity: 2,
  },
  'anthropic-2025-09-17-postmortem': {
    type: 'outage',
    title: 'Anthropic postmortem on weeks of degraded Claude responses',
    relatedModelIds: ['claude-sonnet-4'],
    direction: 'neutral',
    severity: 3,
    ratingNote:
      'Intermittent degradation over weeks rather than a hard outage, documented by a postmortem: rated as a multi-hour outage, 3.',
  },
  'anthropic-2025-09-29-sonnet45': launch('Claude Sonnet 4.5 released', ['claude-sonnet-4.5']),
  'deepseek-2025-09-29-price-cut': neutral(
    'pricing-change',
    'DeepSeek-V3.2-Exp released; API prices cut over 50%',
    ['deepseek-v3.2-exp'],
  ),
  'us-2025-09-29-sb53': {
    type: 'regulatory',
    title: 'California enacts SB 53 frontier AI transparency law',
    appliesTo: SB53_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
    ratingNote:
      'Binding obligations for large frontier developers (taken as OpenAI, Anthropic, Google, Meta and xAI; the reference does not list them). No separate event for the effective date, so rated 3 here.',
  },
  'ibm-2025-10-02-granite4': launch('Granite 4.0 released under Apache-2.0', ['granite-4.0']),
  'openai-2025-10-28-recap': neutral('corporate', 'OpenAI completes its recapitalization as a PBC'),
  'anthropic-2025-10-28-claude35-retired': {
    type: 'retirement',
    title: 'Claude 3.5 Sonnet retired; Claude 3.7 Sonnet deprecated',
    relatedModelIds: ['claude-3.5-sonnet', 'claude-3.7-sonnet'],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      'Neither was the flagship at the time (Sonnet 4.5 and Opus 4.1 were): another retirement, 2.',
  },
  'moonshot-2025-11-06-k2-thinking': launch('Kimi K2 Thinking released', ['kimi-k2-thinking']),
  'openai-2025-11-12-gpt51': launch('GPT-5.1 released', ['gpt-5.1']),
  'google-2025-11-18-gemini3': launch('Gemini 3 Pro (preview) launched', ['gemini-3-pro']),
  'eu-2025-11-19-digital-omnibus': {
    type: 'regulatory',
    title: 'Digital Omnibus proposes delaying AI Act high-risk duties',
    appliesTo: EU_GPAI_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 2,
    scored: false,
    ratingNote:
      'Relief (a proposed delay, not yet adopted): shown at guidance level, never scored.',
  },
  'ai2-2025-11-20-olmo3': launch('OLMo 3 released with the full model flow', ['olmo-3']),
  'anthropic-2025-11-24-opus45-price': neutral(
    'pricing-change',
    'Claude Opus 4.5 released at about a third of Opus 4 prices',
    ['claude-opus-4.5'],
  ),
  'mistral-2025-12-02-mistral3': {
    type: 'closed-to-open',
    title: 'Mistral 3 family, with flagship Large 3, released under Apache-2.0',
    relatedModelIds: ['mistral-large-3'],
    direction: 'toward-open',
    severity: 5,
    ratingNote: 'The flagship line moved from the research-only MRL (Large 2) to Apache-2.0: 5.',
  },
  'amazon-2025-12-02-nova2': launch('Amazon Nova 2.0 available', ['nova-2-lite']),
  'openai-2025-12-11-gpt52': launch('GPT-5.2 released', ['gpt-5.2']),
  'nvidia-2025-12-15-nemotron3': launch(
    'Nemotron 3 Nano released with training data and recipes',
    ['nemotron-3-nano'],
    'Training data and recipes published, but under the same NVIDIA Open Model License as earlier Nemotron models: no change of terms, neutral.',
  ),
  'moonshot-2026-01-k25': launch('Kimi K2.5 released as open weights', ['kimi-k2.5']),
  'anthropic-2026-01-05-claude3-opus-retired': {
    type: 'retirement',
    title: 'Claude 3 Opus retired from the Claude API',
    relatedModelIds: ['claude-3-opus'],
    direction: 'neutral',
    severity: 2,
    ratingNote: "Six months' notice (deprecated 2025-06-30) and no longer the flagship: 2.",
  },
  'zhipu-2026-01-08-ipo': neutral('corporate', 'Zhipu lists in Hong Kong'),
  'alibaba-2026-02-qwen35': launch('Qwen3.5 released as open weights', ['qwen3.5']),
  'xai-2026-02-spacex-merger': neutral('corporate', 'xAI merges with SpaceX'),
  'zhipu-2026-02-11-glm5': launch('GLM-5 released under MIT', ['glm-5']),
  'openai-2026-02-13-chatgpt-retirements': {
    type: 'retirement',
    title: 'GPT-4o, GPT-4.1 and o4-mini retired from ChatGPT',
    relatedModelIds: ['gpt-4o', 'gpt-4.1'],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      'ChatGPT only: the API models stay, so their status is unchanged. o4-mini sits inside the o3 record and is not related. Another retirement, 2.',
  },
  'openai-2026-02-16-chatgpt-4o-latest-api': {
    type: 'retirement',
    title: 'chatgpt-4o-latest API model retired',
    relatedModelIds: ['gpt-4o'],
    direction: 'neutral',
    severity: 2,
    ratingNote:
      "An alias of a non-flagship model with about three months' notice: 2. The gpt-4o API model itself stays active.",
  },
  'google-2026-02-19-gemini31': launch('Gemini 3.1 Pro (preview) released', ['gemini-3.1-pro']),
  'google-2026-03-gemini3-preview-shutdown': {
    type: 'retirement',
    title: 'gemini-3-pro-preview shut down',
    relatedModelIds: ['gemini-3-pro'],
    direction: 'neutral',
    severity: 4,
    ratingNote:
      "The flagship of three months earlier, shut down within weeks of its successor: a flagship retirement with under 6 months' notice, 4.",
  },
  'google-2026-04-02-gemma4-apache': {
    type: 'license-change',
    title: 'Gemma 4 released under Apache-2.0',
    relatedModelIds: ['gemma-4'],
    direction: 'toward-open',
    severity: 4,
    ratingNote:
      "Google's open line drops the custom Gemma Terms of Use for Apache-2.0: a change covering all its open models, 4.",
  },
  'anthropic-2026-04-07-mythos': {
    type: 'strategy',
    title: 'Claude Mythos Preview withheld from public release',
    relatedModelIds: ['claude-mythos-preview'],
    direction: 'toward-closed',
    severity: 3,
    ratingNote:
      'A frontier model kept to named partners instead of the public API: access narrows for one major model (weights were never open), 3. Judgement call.',
  },
  'meta-2026-04-08-muse-spark': {
    type: 'open-to-closed',
    title: 'Meta launches closed-weight Muse Spark',
    relatedModelIds: ['muse-spark'],
    direction: 'toward-closed',
    severity: 5,
    ratingNote:
      "Meta's flagship moves from open-weight Llama to a closed model (app and private preview only): 5.",
  },
  'deepseek-2026-04-24-v4': launch('DeepSeek-V4 previews released under MIT', ['deepseek-v4']),
  'cohere-2026-05-20-apache': {
    type: 'license-change',
    title: 'Command A+ released under Apache-2.0',
    relatedModelIds: ['command-a-plus'],
    direction: 'toward-open',
    severity: 4,
    ratingNote:
      "Cohere's open releases drop the non-commercial CC-BY-NC terms for Apache-2.0: a change covering all its open models, 4.",
  },
  'eu-2026-08-02-general-application': {
    type: 'regulatory',
    title: 'EU AI Act general application and GPAI enforcement begin',
    appliesTo: EU_GPAI_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
  },
  'eu-2027-08-02-legacy-gpai': {
    type: 'regulatory',
    title: 'Deadline for GPAI models placed on the EU market before 2025-08-02',
    appliesTo: EU_GPAI_PROVIDERS,
    relatedModelIds: [],
    direction: 'neutral',
    severity: 3,
    ratingNote: 'Every provider in the data had a model on the market before 2025-08-02.',
  },
};

/** The reviewed rating table, keyed by reference event id. */
export const eventCuration: Record<string, EventCuration> = Object.fromEntries(
  Object.entries(rows).map(([id, row]) => [
    id,
    { ...row, scored: row.scored ?? true, ratingNote: row.ratingNote ?? null },
  ]),
);
