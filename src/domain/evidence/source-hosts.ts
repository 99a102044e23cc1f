/**
 * The host table behind `sourceTier`. Hosts are matched without a leading "www." and cover their
 * subdomains ("mistral.ai" covers docs.mistral.ai). To add a provider, add its id under
 * `providers` with the domains it publishes on (announcements, documentation, licences, status
 * page) and its organisations on GitHub and Hugging Face; docs/data.md says how.
 */

/** Where a provider publishes for itself. */
export interface ProviderHosts {
  /** The provider's own web domains. */
  domains: readonly string[];
  /** Its organisations on github.com (and raw.githubusercontent.com), matched case-insensitively. */
  github: readonly string[];
  /** Its organisations on huggingface.co, matched case-insensitively. */
  huggingface: readonly string[];
}

export interface SourceHosts {
  /** Per provider id: primary only for that provider's own records. */
  providers: Readonly<Record<string, ProviderHosts>>;
  /** Regulators, legislatures and official journals: primary for every record. */
  official: readonly string[];
  /** Reputable news organisations: press. */
  press: readonly string[];
}

export const SOURCE_HOSTS: SourceHosts = {
  providers: {
    meta: {
      // ai.meta.com, about.meta.com, llama.meta.com, about.fb.com; llama.com hosts the licences.
      domains: ['meta.com', 'fb.com', 'llama.com'],
      github: ['meta-llama', 'facebookresearch'],
      huggingface: ['meta-llama', 'facebook'],
    },
    openai: {
      domains: ['openai.com'],
      github: ['openai'],
      huggingface: ['openai'],
    },
    google: {
      // Not all of google.com: sites.google.com and groups.google.com carry anyone's pages.
      domains: [
        'blog.google',
        'ai.google.dev',
        'deepmind.google',
        'deepmind.com',
        'cloud.google.com',
        'developers.googleblog.com',
        'opensource.googleblog.com',
        'research.google',
      ],
      github: ['google-deepmind', 'google', 'google-gemini'],
      huggingface: ['google'],
    },
    anthropic: {
      domains: ['anthropic.com', 'claude.com', 'claude.ai'],
      github: ['anthropics'],
      huggingface: ['anthropic'],
    },
    mistral: {
      domains: ['mistral.ai'],
      github: ['mistralai'],
      huggingface: ['mistralai'],
    },
    deepseek: {
      domains: ['deepseek.com'],
      github: ['deepseek-ai'],
      huggingface: ['deepseek-ai'],
    },
    alibaba: {
      domains: [
        'qwen.ai',
        'qwenlm.github.io',
        'alibabacloud.com',
        'aliyun.com',
        'alibabagroup.com',
      ],
      github: ['QwenLM'],
      huggingface: ['Qwen'],
    },
    xai: {
      domains: ['x.ai'],
      github: ['xai-org'],
      huggingface: ['xai-org'],
    },
    microsoft: {
      // azure.microsoft.com, techcommunity.microsoft.com, learn.microsoft.com, ai.azure.com.
      domains: ['microsoft.com', 'ai.azure.com'],
      github: ['microsoft'],
      huggingface: ['microsoft'],
    },
    nvidia: {
      domains: ['nvidia.com'],
      github: ['NVIDIA'],
      huggingface: ['nvidia'],
    },
    cohere: {
      domains: ['cohere.com', 'cohere.for.ai'],
      github: ['cohere-ai'],
      huggingface: ['CohereLabs', 'CohereForAI'],
    },
    amazon: {
      // docs.aws.amazon.com; aws.eu is the AWS European Sovereign Cloud's documentation.
      domains: ['aws.amazon.com', 'aws.eu', 'aboutamazon.com', 'amazon.science'],
      github: ['aws', 'amazon-science'],
      huggingface: ['amazon'],
    },
    ibm: {
      domains: ['ibm.com'],
      github: ['ibm-granite'],
      huggingface: ['ibm-granite'],
    },
    ai2: {
      domains: ['allenai.org'],
      github: ['allenai'],
      huggingface: ['allenai'],
    },
    moonshot: {
      domains: ['moonshot.ai', 'moonshot.cn', 'kimi.com'],
      github: ['MoonshotAI'],
      huggingface: ['moonshotai'],
    },
    zhipu: {
      domains: ['z.ai', 'zhipuai.cn', 'bigmodel.cn'],
      github: ['zai-org', 'THUDM'],
      huggingface: ['zai-org', 'THUDM'],
    },
  },
  official: [
    // European Union: eur-lex.europa.eu, digital-strategy.ec.europa.eu, edpb.europa.eu.
    'europa.eu',
    // United States federal: the Federal Register, the Commerce Department and its BIS, Congress.
    'federalregister.gov',
    'govinfo.gov',
    'commerce.gov',
    'bis.gov',
    'bis.doc.gov',
    'congress.gov',
    'whitehouse.gov',
    'ftc.gov',
    'sec.gov',
    // California: the legislature's bill texts and the governor's office.
    'leginfo.legislature.ca.gov',
    'gov.ca.gov',
    // National data-protection authorities.
    'garanteprivacy.it',
    'gpdp.it',
    'cnil.fr',
    'ico.org.uk',
    'legislation.gov.uk',
    // Exchange filings (listings and disclosures).
    'hkexnews.hk',
  ],
  press: [
    'reuters.com',
    'bloomberg.com',
    'ft.com',
    'wsj.com',
    'nytimes.com',
    'washingtonpost.com',
    'theguardian.com',
    'bbc.com',
    'bbc.co.uk',
    'apnews.com',
    'axios.com',
    'theinformation.com',
    'economist.com',
    'semafor.com',
    'cnbc.com',
    'theverge.com',
    'techcrunch.com',
    'wired.com',
    'arstechnica.com',
    'theregister.com',
    'venturebeat.com',
    'fortune.com',
  ],
};
