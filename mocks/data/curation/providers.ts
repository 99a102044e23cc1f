import type { Channel } from '@/domain/schema/channel';
import type { ProviderKind } from '@/domain/schema/provider';

/** The reference's provider `type` values and the app's provider kinds. */
export const PROVIDER_KIND: Record<string, ProviderKind> = {
  big_tech: 'big-tech',
  startup: 'startup',
  nonprofit: 'nonprofit',
};

export interface ProviderCuration {
  /** Short name for charts and tables. */
  shortName: string;
  /**
   * Structured access channels, parsed by hand from the reference's `access_channels` text.
   * `cloud` is a THIRD-PARTY cloud marketplace; a provider's own cloud (Vertex AI for Google,
   * Bedrock for Amazon, Azure AI Foundry for Microsoft, watsonx.ai for IBM, Model Studio for
   * Alibaba, NIM for NVIDIA) is `own-api`. Consumer apps are `own-app`.
   */
  accessChannels: Channel[];
}

const ch = (kind: Channel['kind'], name: string | null): Channel => ({ kind, name });

/** Reviewed provider curation, keyed by reference provider id. */
export const providerCuration: Record<string, ProviderCuration> = {
  meta: {
    shortName: 'Meta',
    // Meta has no general-availability API of its own in the reference; Llama reaches enterprises
    // through weights and partner clouds. "others" in the clouds text names no cloud, so it is dropped.
    accessChannels: [
      ch('weights-download', 'Hugging Face'),
      ch('weights-download', 'llama.com'),
      ch('cloud', 'Amazon Bedrock'),
      ch('cloud', 'Microsoft Azure'),
      ch('own-app', 'Meta AI app'),
      ch('private-preview', 'Muse Spark API preview'),
    ],
  },
  openai: {
    shortName: 'OpenAI',
    accessChannels: [
      ch('own-api', 'OpenAI API'),
      ch('own-app', 'ChatGPT'),
      ch('cloud', 'Azure OpenAI Service'),
      ch('weights-download', 'Hugging Face'),
    ],
  },
  google: {
    shortName: 'Google',
    // Vertex AI (and its Model Garden) is Google's own cloud, so it is `own-api`, not `cloud`.
    accessChannels: [
      ch('own-api', 'Gemini API / Google AI Studio'),
      ch('own-api', 'Vertex AI'),
      ch('own-app', 'Gemini app'),
      ch('weights-download', 'Hugging Face'),
      ch('weights-download', 'Kaggle'),
      ch('weights-download', 'Ollama'),
    ],
  },
  anthropic: {
    shortName: 'Anthropic',
    accessChannels: [
      ch('own-api', 'Claude API'),
      ch('own-app', 'Claude apps'),
      ch('cloud', 'Amazon Bedrock'),
      ch('cloud', 'Google Cloud Vertex AI'),
      ch('cloud', 'Microsoft Foundry'),
    ],
  },
  mistral: {
    shortName: 'Mistral',
    accessChannels: [
      ch('own-api', 'La Plateforme / Mistral AI Studio'),
      ch('own-app', 'Le Chat'),
      ch('weights-download', 'Hugging Face'),
      ch('cloud', 'Amazon Bedrock'),
      ch('cloud', 'Azure AI Foundry'),
      ch('cloud', 'IBM watsonx'),
    ],
  },
  deepseek: {
    shortName: 'DeepSeek',
    accessChannels: [
      ch('own-api', 'DeepSeek API'),
      ch('own-app', 'DeepSeek app / web chat'),
      ch('weights-download', 'Hugging Face'),
    ],
  },
  alibaba: {
    shortName: 'Alibaba',
    accessChannels: [
      ch('own-api', 'Alibaba Cloud Model Studio'),
      ch('own-app', 'Qwen Chat'),
      ch('weights-download', 'Hugging Face'),
      ch('weights-download', 'ModelScope'),
      ch('weights-download', 'Kaggle'),
    ],
  },
  xai: {
    shortName: 'xAI',
    // The reference says only "Azure AI Foundry trials reported"; kept, as it is the reference's
    // own channel list, and the name says what it is.
    accessChannels: [
      ch('own-api', 'xAI API'),
      ch('own-app', 'Grok app and X'),
      ch('weights-download', 'Hugging Face'),
      ch('cloud', 'Azure AI Foundry'),
    ],
  },
  microsoft: {
    shortName: 'Microsoft',
    // Azure AI Foundry is Microsoft's own cloud: `own-api` for Microsoft's models.
    accessChannels: [
      ch('own-api', 'Azure AI Foundry'),
      ch('weights-download', 'Hugging Face'),
      ch('weights-download', 'Ollama'),
      ch('own-app', 'Copilot'),
    ],
  },
  nvidia: {
    shortName: 'NVIDIA',
    accessChannels: [
      ch('weights-download', 'Hugging Face'),
      ch('own-api', 'NVIDIA NIM / build.nvidia.com'),
    ],
  },
  cohere: {
    shortName: 'Cohere',
    accessChannels: [
      ch('own-api', 'Cohere API'),
      ch('cloud', 'Amazon Bedrock and SageMaker'),
      ch('cloud', 'Azure AI Foundry'),
      ch('cloud', 'Google Vertex AI'),
      ch('cloud', 'Oracle OCI'),
      ch('weights-download', 'Hugging Face'),
    ],
  },
  amazon: {
    shortName: 'Amazon',
    // Bedrock is Amazon's own cloud: `own-api` for Amazon's models.
    accessChannels: [ch('own-api', 'Amazon Bedrock'), ch('own-app', 'nova.amazon.com')],
  },
  ibm: {
    shortName: 'IBM',
    accessChannels: [
      ch('own-api', 'IBM watsonx.ai'),
      ch('weights-download', 'Hugging Face'),
      ch('weights-download', 'Ollama'),
    ],
  },
  ai2: {
    shortName: 'Ai2',
    // The Playground is a research demo, not a production API: an app.
    accessChannels: [ch('weights-download', 'Hugging Face'), ch('own-app', 'Ai2 Playground')],
  },
  moonshot: {
    shortName: 'Moonshot',
    accessChannels: [
      ch('own-api', 'Moonshot AI platform'),
      ch('own-app', 'kimi.com'),
      ch('weights-download', 'Hugging Face'),
    ],
  },
  zhipu: {
    shortName: 'Zhipu',
    accessChannels: [ch('own-api', 'Z.ai API Platform'), ch('weights-download', 'Hugging Face')],
  },
};
