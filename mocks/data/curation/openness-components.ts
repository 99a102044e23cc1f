import type {
  ComponentEvidence,
  ComponentEvidenceSet,
  ComponentGrade,
  OpennessGradeEntry,
} from '@/domain/openness/openness-components';
import type { PreciseDate } from '@/domain/schema/precise-date';
import type { Confidence, Source } from '@/domain/schema/source';
import referenceJson from '../reference/ai-landscape.json';

/*
 * Openness components of every model, graded by the rules in docs/methodology.md ("Openness
 * components"). Keyed by reference model id; each model has a list of dated grade sets (`from` a
 * release or change date), one for most models. A grade names the page it was read from; a
 * component no source we read states is `unknown` with source null, never guessed.
 *
 * HOW THE GRADES WERE READ (2026-12-02). Repositories were read from snapshots of GitHub (model
 * cards in meta-llama/llama-models, READMEs and licenses of the providers' repositories). The
 * openness index of Liesenfeld & Dingemanse (opening-up-chatgpt/opening-up-chatgpt.github.io,
 * entries of March 2025) is cited where its entry states an absence (no peer-reviewed paper, no
 * training code) for the same release. A closed-weight record's own reference source (an API- or
 * app-only release) is cited for "no weights, code or data released", as the note says.
 * `recalled` marks a grade from memory with the address we know it by: not read today.
 */

const CHECKED = '2026-12-02';

interface ReferenceModel {
  id: string;
  source: string;
}
const referenceModels: ReferenceModel[] = referenceJson.models;

const src = (url: string, label: string): Source => ({ url, label });

function grade(
  g: Exclude<ComponentGrade, 'unknown'>,
  source: Source,
  note?: string,
  confidence: Confidence = 'verified',
): ComponentEvidence {
  return note === undefined
    ? { grade: g, source, checked: CHECKED, confidence }
    : { grade: g, source, checked: CHECKED, note, confidence };
}
const open = (s: Source, note?: string, c?: Confidence) => grade('open', s, note, c);
const partial = (s: Source, note?: string, c?: Confidence) => grade('partial', s, note, c);
const closed = (s: Source, note?: string, c?: Confidence) => grade('closed', s, note, c);
/** Not stated by any source we read; `verified` means we looked. */
const unknown = (note?: string): ComponentEvidence =>
  note === undefined
    ? { grade: 'unknown', source: null, checked: CHECKED, confidence: 'verified' }
    : { grade: 'unknown', source: null, checked: CHECKED, note, confidence: 'verified' };

/** The reference record's own first source for a model. */
function ref(id: string): Source {
  const m = referenceModels.find((r) => r.id === id);
  if (!m) throw new Error(`No reference model ${id}`);
  return src(m.source, 'Reference record source');
}

const NOTHING_RELEASED =
  "The record's source describes a closed-weight, proprietary release (API or app only): no weights, code or data are released.";

/**
 * A closed-weight release: weights, code, data, download and license follow from the record's
 * source; the documentation and API components are given per model.
 */
function closedRelease(
  id: string,
  docs: Pick<
    ComponentEvidenceSet,
    'api' | 'architecture' | 'technicalReport' | 'peerReviewedPaper' | 'modelCard' | 'dataSheet'
  > &
    Partial<Pick<ComponentEvidenceSet, 'trainingDataBase' | 'trainingDataFineTuning'>>,
): ComponentEvidenceSet {
  const r = ref(id);
  return {
    baseWeights: closed(r, NOTHING_RELEASED),
    endWeights: closed(r, NOTHING_RELEASED),
    trainingCode: closed(r, NOTHING_RELEASED),
    trainingDataBase: docs.trainingDataBase ?? closed(r, NOTHING_RELEASED),
    trainingDataFineTuning: docs.trainingDataFineTuning ?? closed(r, NOTHING_RELEASED),
    inferenceCode: closed(r, NOTHING_RELEASED),
    architecture: docs.architecture,
    technicalReport: docs.technicalReport,
    peerReviewedPaper: docs.peerReviewedPaper,
    modelCard: docs.modelCard,
    dataSheet: docs.dataSheet,
    package: closed(r, NOTHING_RELEASED),
    api: docs.api,
    license: closed(r, 'Proprietary terms (the reference record).'),
  };
}

/** An API whose price or model id the record's source gives. */
const apiFromRecord = (id: string, what: string) =>
  open(ref(id), `Generally available API: ${what} (the record's source).`);

const UNREAD_DOCS = {
  architecture: unknown(),
  technicalReport: unknown(),
  peerReviewedPaper: unknown(),
  modelCard: unknown(),
  dataSheet: unknown(),
} as const;

// Open-weight records we could not read further: end weights and download follow from the record
// ("open-weight"); whether the download is gated was not checked.
const recordWeights = (id: string) =>
  open(
    ref(id),
    'The record lists the release as open-weight; whether the download is gated was not checked.',
  );

/** An open-weight release known only from its record: weights, download and license; the rest unknown. */
function openRecordOnly(id: string, license: ComponentEvidence): ComponentEvidenceSet {
  return {
    baseWeights: unknown(),
    endWeights: recordWeights(id),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: unknown(),
    ...UNREAD_DOCS,
    package: recordWeights(id),
    api: unknown(),
    license,
  };
}

/**
 * The documentation of a closed model that has a system card (evaluations and safety, training in
 * general terms): technical report and model card partial; the rest as given.
 */
function systemCard(
  card: Source,
  what: string,
  rest: Partial<
    Pick<
      ComponentEvidenceSet,
      'architecture' | 'dataSheet' | 'peerReviewedPaper' | 'trainingDataBase'
    >
  > = {},
) {
  return {
    architecture: rest.architecture ?? unknown(),
    technicalReport: partial(
      card,
      `A system card (${what}): evaluations and safety, no training details.`,
    ),
    peerReviewedPaper: rest.peerReviewedPaper ?? unknown(),
    modelCard: partial(
      card,
      'The system card serves as model card; training described only in general terms.',
    ),
    dataSheet: rest.dataSheet ?? unknown(),
    ...(rest.trainingDataBase ? { trainingDataBase: rest.trainingDataBase } : {}),
  };
}

/** A model with one grade set, from its release. */
const single = (from: PreciseDate, components: ComponentEvidenceSet): OpennessGradeEntry[] => [
  { from, components },
];
const day = (date: string): PreciseDate => ({ date, precision: 'day' });
const month = (date: string): PreciseDate => ({ date, precision: 'month' });

/** Openness index entry (Liesenfeld & Dingemanse) of a release, read in its repository. */
const index = (entry: string) =>
  src(
    `https://github.com/opening-up-chatgpt/opening-up-chatgpt.github.io/blob/main/projects/${entry}.yaml`,
    `Openness index entry ${entry}`,
  );

// ---------------------------------------------------------------------------------------------
// Meta. Model cards, licenses and download steps from meta-llama/llama-models (and meta-llama/llama
// for Llama 2). Weights are gated: "Read and accept the license. Once your request is approved
// you will receive a signed URL". The reference code is licensed under each model's license.
const LM = 'https://github.com/meta-llama/llama-models';
const llamaDownload = src(`${LM}#download`, 'llama-models README: Download');
const llamaCard = (dir: string) =>
  src(`${LM}/blob/main/models/${dir}/MODEL_CARD.md`, `Model card (${dir})`);
const llamaLicense = (dir: string) =>
  src(`${LM}/blob/main/models/${dir}/LICENSE`, `License (${dir})`);
const GATED = 'Downloadable only after accepting the license and an approval by Meta.';
const LLAMA_CODE =
  'Reference inference code; its license header puts it under the per-model Llama license, not an OSI license.';

function llama(
  dir: string,
  docs: Pick<ComponentEvidenceSet, 'technicalReport' | 'peerReviewedPaper'> &
    Partial<Pick<ComponentEvidenceSet, 'baseWeights'>>,
): ComponentEvidenceSet {
  const card = llamaCard(dir);
  return {
    baseWeights: docs.baseWeights ?? partial(llamaDownload, GATED),
    endWeights: partial(llamaDownload, GATED),
    trainingCode: closed(
      src(`${LM}#running-the-models`, 'llama-models README'),
      'The repository offers inference only; no training code.',
    ),
    trainingDataBase: closed(
      card,
      'Described only as a mix of publicly available (and, for Llama 4, licensed and Meta) data.',
    ),
    trainingDataFineTuning: closed(
      card,
      'Described only as public instruction data plus human-annotated or synthetic examples; none released.',
    ),
    inferenceCode: partial(
      src(`${LM}/blob/main/docs/license_header.txt`, 'llama-models license header'),
      LLAMA_CODE,
    ),
    architecture: open(
      card,
      'Architecture in outline (transformer, sizes, GQA or MoE) and training hardware (GPU type and GPU hours).',
    ),
    technicalReport: docs.technicalReport,
    peerReviewedPaper: docs.peerReviewedPaper,
    modelCard: open(
      card,
      'Architecture, data in outline, compute, evaluations, intended use and limitations.',
    ),
    dataSheet: closed(card, 'Only a one-line data summary and cutoff in the card; no data sheet.'),
    package: partial(llamaDownload, GATED),
    api: unknown('No API is named by the model card or the repository.'),
    license: partial(
      llamaLicense(dir),
      'Community license with a 700M monthly-active-user clause and an acceptable use policy.',
    ),
  };
}

const META: Record<string, OpennessGradeEntry[]> = {
  'llama-2': single(day('2023-07-18'), {
    ...llama('llama2', {
      technicalReport: open(
        src(
          'https://ai.meta.com/research/publications/llama-2-open-foundation-and-fine-tuned-chat-models/',
          'Llama 2 paper (linked from the model card)',
        ),
        'Paper on pre-training, fine-tuning, RLHF and safety.',
      ),
      peerReviewedPaper: closed(
        index('llama-2-chat'),
        'The openness index found no peer-reviewed paper.',
      ),
    }),
    trainingCode: closed(
      src('https://github.com/meta-llama/llama', 'meta-llama/llama README'),
      '"A minimal example to load Llama 2 models and run inference."',
    ),
    inferenceCode: partial(
      src('https://github.com/meta-llama/llama', 'meta-llama/llama README'),
      LLAMA_CODE,
    ),
  }),
  'llama-3': single(
    day('2024-04-18'),
    llama('llama3', {
      technicalReport: closed(
        index('llama-3-instruct'),
        'No preprint at release (the openness index).',
      ),
      peerReviewedPaper: closed(
        index('llama-3-instruct'),
        'The openness index found no peer-reviewed paper.',
      ),
    }),
  ),
  'llama-3.1': single(
    day('2024-07-23'),
    llama('llama3_1', {
      technicalReport: open(
        src(
          'https://ai.meta.com/research/publications/the-llama-3-herd-of-models/',
          'The Llama 3 Herd of Models (cited by the Llama 3.2 card)',
        ),
        'Meta paper on the Llama 3.1 models (architecture, pre- and post-training, evaluation).',
      ),
      peerReviewedPaper: closed(
        index('llama-3.1'),
        'The openness index found no peer-reviewed paper.',
      ),
    }),
  ),
  'llama-3.2': single(
    day('2024-09-25'),
    llama('llama3_2', {
      technicalReport: partial(
        llamaCard('llama3_2'),
        'The card cites the Llama 3 Herd paper and describes distillation and quantization; no 3.2 report.',
      ),
      peerReviewedPaper: unknown(),
    }),
  ),
  'llama-3.3-70b': single(
    day('2024-12-06'),
    llama('llama3_3', {
      baseWeights: unknown(
        'Only the 70B Instruct model is named in the release; no base checkpoint was found.',
      ),
      technicalReport: unknown(),
      peerReviewedPaper: unknown(),
    }),
  ),
  'llama-4-scout': single(
    day('2025-04-05'),
    llama('llama4', { technicalReport: unknown(), peerReviewedPaper: unknown() }),
  ),
  'llama-4-maverick': single(
    day('2025-04-05'),
    llama('llama4', { technicalReport: unknown(), peerReviewedPaper: unknown() }),
  ),
  'muse-spark': single(
    day('2026-04-08'),
    closedRelease('muse-spark', {
      ...UNREAD_DOCS,
      api: partial(
        src(
          'https://techjacksolutions.com/ai-brief/agentic-ai-news-meta-launches-muse-spark-first-model-from-it',
          'Meta launches Muse Spark (report)',
        ),
        'Meta announced a limited API preview for select partners only.',
      ),
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// OpenAI. Closed models from their records; GPT-5's system card (arXiv 2601.03267) read in an
// abstract copy and a summary of its "Model Data and Training" section. gpt-oss from openai/gpt-oss.
const GPT5_CARD = src('https://arxiv.org/abs/2601.03267', 'GPT-5 System Card (arXiv 2601.03267)');
const GPT_OSS = src('https://github.com/openai/gpt-oss', 'openai/gpt-oss README');
const GPT_OSS_CARD = src(
  'https://arxiv.org/abs/2508.10925',
  'gpt-oss model card (arXiv 2508.10925, linked from the README)',
);

function gptOss(size: '120b' | '20b'): ComponentEvidenceSet {
  const hf = src(
    `https://huggingface.co/openai/gpt-oss-${size}`,
    `gpt-oss-${size} on Hugging Face (README link)`,
  );
  return {
    baseWeights: closed(
      GPT_OSS,
      'The release is the two post-trained reasoning models only; no base checkpoint.',
    ),
    endWeights: open(hf, 'Public download on Hugging Face.'),
    trainingCode: closed(
      GPT_OSS,
      'Reference inference implementations (PyTorch, Triton, Metal) and tools only.',
    ),
    trainingDataBase: unknown('The model card was not read.'),
    trainingDataFineTuning: unknown('The model card was not read.'),
    inferenceCode: open(GPT_OSS, 'Reference implementations under Apache-2.0.'),
    architecture: partial(
      GPT_OSS,
      'Parameters, active parameters and MoE MXFP4 quantization stated; training hardware not in the README.',
    ),
    technicalReport: unknown('The arXiv model card is the report; its contents were not read.'),
    peerReviewedPaper: unknown(),
    modelCard: open(GPT_OSS_CARD, 'A model card published on arXiv.', 'recalled'),
    dataSheet: unknown(),
    package: open(GPT_OSS, '`pip install gpt-oss`; weights on Hugging Face.'),
    api: unknown('The README names third-party and local serving, not an OpenAI API.'),
    license: open(GPT_OSS, 'Apache-2.0.'),
  };
}

const OPENAI_CARDS = src(
  'https://comparativeai.org/en/companies/openai/model-card/',
  'Archive of OpenAI system cards (comparativeai.org)',
);
const GPT41_NO_CARD = src(
  'https://neweconworld.com/openai-ships-gpt-4-1-without-a-safety-report',
  'OpenAI ships GPT-4.1 without a safety report (TechCrunch report, reprinted)',
);
const GENERIC_OPENAI_DATA =
  'Pre-training data described only as public, partner-licensed and in-house data.';

const OPENAI: Record<string, OpennessGradeEntry[]> = {
  'gpt-4': single(
    day('2023-03-14'),
    closedRelease('gpt-4', {
      ...UNREAD_DOCS,
      modelCard: partial(
        OPENAI_CARDS,
        'A stand-alone system card of about 60 pages (March 2023), on risks and mitigations (the archive of OpenAI system cards).',
      ),
      architecture: closed(
        ref('gpt-4'),
        'The technical report withheld architecture and size (the record).',
      ),
      technicalReport: partial(
        ref('gpt-4'),
        'A technical report exists but withholds architecture, size and training data (the record).',
      ),
      dataSheet: closed(ref('gpt-4'), 'Training data withheld (the record).'),
      api: unknown(),
    }),
  ),
  'gpt-4-turbo': single(
    day('2023-11-06'),
    closedRelease('gpt-4-turbo', {
      ...UNREAD_DOCS,
      modelCard: closed(
        OPENAI_CARDS,
        'No stand-alone system card for GPT-4 Turbo (the archive of OpenAI system cards).',
      ),
      api: apiFromRecord('gpt-4-turbo', 'DevDay price per 1K tokens, GA 2024-04-09'),
    }),
  ),
  'gpt-4o': single(
    day('2024-05-13'),
    closedRelease('gpt-4o', {
      ...systemCard(
        src('https://openai.com/index/gpt-4o-system-card/', 'GPT-4o System Card'),
        'published 2024-08-08',
        {
          architecture: partial(
            src('https://openai.com/index/gpt-4o-system-card/', 'GPT-4o System Card'),
            'An autoregressive omni model trained end to end across text, vision and audio; no size or hardware.',
          ),
          dataSheet: partial(
            src('https://openai.com/index/gpt-4o-system-card/', 'GPT-4o System Card'),
            'Lists the data components (web, code and math, multimodal) and the pre-training filters.',
          ),
          trainingDataBase: closed(
            src('https://openai.com/index/gpt-4o-system-card/', 'GPT-4o System Card'),
            GENERIC_OPENAI_DATA,
          ),
        },
      ),
      api: apiFromRecord('gpt-4o', 'API aliases named in the record'),
    }),
  ),
  o1: single(
    day('2024-09-12'),
    closedRelease('o1', {
      ...systemCard(
        src('https://arxiv.org/abs/2412.16720', 'OpenAI o1 System Card (arXiv 2412.16720)'),
        'December 2024',
        {
          dataSheet: partial(
            src('https://arxiv.org/abs/2412.16720', 'OpenAI o1 System Card'),
            'A "Model data and training" section on data sources (public, partnerships, in-house) and filtering.',
          ),
          trainingDataBase: closed(
            src('https://arxiv.org/abs/2412.16720', 'OpenAI o1 System Card'),
            GENERIC_OPENAI_DATA,
          ),
        },
      ),
      api: apiFromRecord('o1', 'o1-pro API price'),
    }),
  ),
  o3: single(
    day('2025-04-16'),
    closedRelease('o3', {
      ...systemCard(
        src(
          'https://openai.com/index/o3-o4-mini-system-card/',
          'OpenAI o3 and o4-mini System Card',
        ),
        'April 2025',
        {
          dataSheet: partial(
            src(
              'https://openai.com/index/o3-o4-mini-system-card/',
              'OpenAI o3 and o4-mini System Card',
            ),
            'A "Model Data and Training" section on data sources and filtering.',
          ),
          trainingDataBase: closed(
            src(
              'https://openai.com/index/o3-o4-mini-system-card/',
              'OpenAI o3 and o4-mini System Card',
            ),
            GENERIC_OPENAI_DATA,
          ),
        },
      ),
      api: apiFromRecord('o3', 'API price cut of 2025-06-10'),
    }),
  ),
  'gpt-4.5': single(
    day('2025-02-27'),
    closedRelease('gpt-4.5', {
      ...systemCard(
        src('https://openai.com/index/gpt-4-5-system-card/', 'OpenAI GPT-4.5 System Card'),
        'February 2025; training named as SFT and RLHF',
      ),
      api: apiFromRecord('gpt-4.5', 'API price; the API was retired on 2025-07-14'),
    }),
  ),
  'gpt-4.1': single(
    day('2025-04-14'),
    closedRelease('gpt-4.1', {
      ...UNREAD_DOCS,
      technicalReport: closed(
        GPT41_NO_CARD,
        '"GPT-4.1 is not a frontier model, so there won\'t be a separate system card released for it" (OpenAI to TechCrunch, as reported).',
      ),
      modelCard: closed(GPT41_NO_CARD, 'No system card.'),
      api: apiFromRecord('gpt-4.1', 'released API-only'),
    }),
  ),
  'gpt-oss-120b': single(day('2025-08-05'), gptOss('120b')),
  'gpt-oss-20b': single(day('2025-08-05'), gptOss('20b')),
  'gpt-5': single(
    day('2025-08-07'),
    closedRelease('gpt-5', {
      trainingDataBase: closed(
        GPT5_CARD,
        'Described only as public internet data, third-party partner data, user and trainer data (a summary of the card read).',
      ),
      architecture: partial(
        GPT5_CARD,
        'A system of a fast model, a reasoning model and a router, in outline; no size or hardware.',
      ),
      technicalReport: partial(
        GPT5_CARD,
        'A system card on evaluations and safety, no training details.',
      ),
      peerReviewedPaper: unknown(),
      modelCard: partial(GPT5_CARD, 'The system card serves as model card; training left out.'),
      dataSheet: partial(GPT5_CARD, 'A short section on data sources and filtering.'),
      api: apiFromRecord('gpt-5', 'launch API price; also Azure OpenAI'),
    }),
  ),
  'gpt-5.1': single(
    day('2025-11-12'),
    closedRelease('gpt-5.1', {
      ...systemCard(
        ref('gpt-5.1'),
        'an addendum to the GPT-5 card with updated safety metrics, November 2025',
      ),
      api: apiFromRecord('gpt-5.1', 'API price reported unchanged from GPT-5'),
    }),
  ),
  'gpt-5.2': single(
    day('2025-12-11'),
    closedRelease('gpt-5.2', {
      ...systemCard(
        src(
          'https://wiki.techstora.com/blog/knowledge-base-2/understanding-the-gpt52-system-card-safety-updates-and-implementation-guide-459',
          'GPT-5.2 system card update (summary)',
        ),
        'an update to the GPT-5 card, December 2025, read in a summary',
      ),
      api: unknown(),
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// Google. Gemini from the records (reports recalled); Gemma from google-deepmind/gemma (library
// under Apache-2.0 for Gemma 2, 3, 3n and 4, its README linking the reports and the Gemma 4 card).
const GEMMA = src('https://github.com/google-deepmind/gemma', 'google-deepmind/gemma README');
const GEMMA_TUNING = 'The library has fine-tuning and LoRA tutorials; no pre-training code.';

function gemma(
  docs: Pick<ComponentEvidenceSet, 'technicalReport' | 'modelCard' | 'license' | 'architecture'> &
    Partial<
      Pick<
        ComponentEvidenceSet,
        'baseWeights' | 'endWeights' | 'package' | 'dataSheet' | 'inferenceCode'
      >
    >,
): ComponentEvidenceSet {
  return {
    baseWeights: docs.baseWeights ?? unknown('Access terms of the download not read.'),
    endWeights: docs.endWeights ?? unknown('Access terms of the download not read.'),
    trainingCode: partial(GEMMA, GEMMA_TUNING),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode:
      docs.inferenceCode ??
      open(
        GEMMA,
        'Apache-2.0 library; "the same ChatSampler API works with all Gemma versions (2, 3, 3n, 4)".',
      ),
    architecture: docs.architecture,
    technicalReport: docs.technicalReport,
    peerReviewedPaper: unknown(),
    modelCard: docs.modelCard,
    dataSheet: docs.dataSheet ?? unknown(),
    package: docs.package ?? unknown(),
    api: unknown(),
    license: docs.license,
  };
}
const GEMMA_TERMS = (id: string) =>
  partial(ref(id), 'Gemma Terms of Use with a prohibited use policy (the record).');

const GEMINI25_REPORT = src(
  'https://arxiv.org/abs/2507.06261',
  'Gemini 2.5: Pushing the Frontier with Advanced Reasoning, Multimodality, Long Context, and Next Generation Agentic Capabilities',
);
const GEMINI20_VERTEX = src(
  'https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/2-0-flash',
  'Vertex AI: Gemini 2.0 Flash',
);
const GEMINI3_CARD = src(
  'https://www.libertify.com/es/interactive-library/gemini-3-pro-model-card-deepmind-ai-benchmarks',
  'Gemini 3 Pro model card (summary)',
);
const GEMMA2_HF = src(
  'https://huggingface.co/google/gemma-2-9B',
  'Gemma 2 model card on Hugging Face',
);
const GEMMA3_HF = src(
  'https://huggingface.co/google/gemma-3-27b-pt',
  "Gemma 3 model card on Hugging Face (the record's source)",
);

const GOOGLE: Record<string, OpennessGradeEntry[]> = {
  'gemini-1.0': single(
    day('2023-12-06'),
    closedRelease('gemini-1.0', {
      ...UNREAD_DOCS,
      technicalReport: partial(
        src(
          'https://arxiv.org/abs/2312.11805',
          'Gemini: A Family of Highly Capable Multimodal Models',
        ),
        'Report on capabilities and evaluation; training in outline.',
        'recalled',
      ),
      api: unknown(),
    }),
  ),
  'gemini-1.5-pro': single(
    day('2024-02-15'),
    closedRelease('gemini-1.5-pro', {
      ...UNREAD_DOCS,
      technicalReport: partial(
        src('https://arxiv.org/abs/2403.05530', 'Gemini 1.5 technical report'),
        'Report on capabilities and evaluation; training in outline.',
        'recalled',
      ),
      api: unknown(),
    }),
  ),
  'gemini-2.0-flash': single(
    day('2024-12-11'),
    closedRelease('gemini-2.0-flash', {
      ...UNREAD_DOCS,
      technicalReport: partial(
        GEMINI25_REPORT,
        'The Gemini 2.5 report also covers Gemini 2.0 Flash (its abstract).',
        'recalled',
      ),
      modelCard: partial(
        GEMINI20_VERTEX,
        'A model card with benchmarks, training-data information, sustainability, intended use and limitations, as the Vertex AI page describes it; not read itself.',
      ),
      api: open(GEMINI20_VERTEX, 'Generally available on Vertex AI from 2025-02-05.'),
    }),
  ),
  'gemini-2.5-pro': single(
    day('2025-03-25'),
    closedRelease('gemini-2.5-pro', {
      ...UNREAD_DOCS,
      architecture: partial(
        src('https://site.server489.com/?p=6145', 'Summary of the Gemini 2.5 technical report'),
        'A sparse mixture-of-experts transformer trained on TPUv5p pods; no size.',
      ),
      technicalReport: partial(
        GEMINI25_REPORT,
        'Report on capabilities, architecture in outline and evaluation; the arXiv id is recalled, the abstract read in a copy.',
        'recalled',
      ),
      api: unknown(),
    }),
  ),
  'gemini-3-pro': single(
    day('2025-11-18'),
    closedRelease('gemini-3-pro', {
      ...UNREAD_DOCS,
      architecture: partial(
        GEMINI3_CARD,
        'A sparse mixture-of-experts transformer trained on TPUs; no size or compute.',
      ),
      modelCard: open(
        GEMINI3_CARD,
        'Architecture, training data, hardware, evaluations, intended use and limitations, in outline (read in a summary).',
      ),
      dataSheet: partial(GEMINI3_CARD, 'A training-dataset section of the model card.'),
      api: open(
        ref('gemini-3-pro'),
        'Vertex AI model page with preview price (the record); the preview was shut down in March 2026.',
      ),
    }),
  ),
  'gemini-3.1-pro': single(
    day('2026-02-19'),
    closedRelease('gemini-3.1-pro', {
      ...UNREAD_DOCS,
      modelCard: partial(
        src(
          'https://filings.nysgpt.com/documents/gemini-3-1-pro-model-card',
          'Gemini 3.1 Pro Model Card, February 2026 (copy)',
        ),
        'A 9-page card: model information, limitations and safety; the architecture is given only as "based on Gemini 3 Pro".',
      ),
      api: unknown(),
    }),
  ),
  'gemma-1': single(
    day('2024-02-21'),
    gemma({
      baseWeights: partial(
        index('gemma-instruct'),
        'Shared through Kaggle after an access request (the openness index).',
      ),
      endWeights: partial(
        index('gemma-instruct'),
        'Shared through Kaggle after an access request (the openness index).',
      ),
      inferenceCode: unknown('The current library names Gemma 2 and later.'),
      architecture: partial(
        index('gemma-instruct'),
        'Described in general terms in the model card (the openness index).',
      ),
      technicalReport: open(
        src('https://goo.gle/GemmaReport', 'Gemma report (linked from the gemma README)'),
        'Architecture, training and evaluation; pre-training data in general terms.',
      ),
      modelCard: open(
        src('https://www.kaggle.com/models/google/gemma', 'Gemma model card (Kaggle)'),
        'Model internals and evaluation (the openness index).',
      ),
      dataSheet: closed(index('gemma-instruct'), 'No data sheet (the openness index).'),
      package: partial(
        index('gemma-instruct'),
        'Gated through Kaggle, Vertex Model Garden and Google Cloud.',
      ),
      license: GEMMA_TERMS('gemma-1'),
    }),
  ),
  'gemma-2': single(
    day('2024-06-27'),
    gemma({
      baseWeights: partial(
        GEMMA2_HF,
        '"Open weights for both pre-trained variants and instruction-tuned variants"; download after accepting Google\'s usage license on Hugging Face.',
      ),
      endWeights: partial(
        GEMMA2_HF,
        'Gated: accept the conditions to access the files; "requests are processed immediately".',
      ),
      package: partial(GEMMA2_HF, 'Gated download on Hugging Face.'),
      architecture: unknown(),
      technicalReport: open(
        src('https://goo.gle/gemma2report', 'Gemma 2 report (linked from the gemma README)'),
        'Technical report on the release.',
      ),
      modelCard: unknown(),
      license: GEMMA_TERMS('gemma-2'),
    }),
  ),
  'gemma-3': single(
    month('2025-03'),
    gemma({
      baseWeights: partial(
        GEMMA3_HF,
        '"Open weights for both pre-trained variants and instruction-tuned variants"; download after acknowledging the license on Hugging Face.',
      ),
      endWeights: partial(
        GEMMA3_HF,
        'Gated: "review and agree to Google\'s usage license. Requests are processed immediately."',
      ),
      package: partial(GEMMA3_HF, 'Gated download on Hugging Face.'),
      architecture: unknown(),
      technicalReport: open(
        src(
          'https://storage.googleapis.com/deepmind-media/gemma/Gemma3Report.pdf',
          'Gemma 3 report (linked from the gemma README)',
        ),
        'Technical report on the release.',
      ),
      modelCard: partial(
        GEMMA3_HF,
        'Model card on Hugging Face; its training sections were not read.',
      ),
      license: GEMMA_TERMS('gemma-3'),
    }),
  ),
  'gemma-4': single(
    day('2026-04-02'),
    gemma({
      baseWeights: open(
        src(
          'https://huggingface.co/collections/google/gemma-4',
          'Gemma 4 collection on Hugging Face',
        ),
        'Pre-trained checkpoints (google/gemma-4-31B) listed beside the -it models; whether the download is gated was not checked.',
      ),
      endWeights: recordWeights('gemma-4'),
      package: recordWeights('gemma-4'),
      architecture: unknown(),
      technicalReport: unknown('The gemma README links a model card, not a report, for Gemma 4.'),
      modelCard: open(
        src(
          'https://ai.google.dev/gemma/docs/core/model_card_4',
          'Gemma 4 model card (linked from the gemma README)',
        ),
        'Linked as the Gemma 4 documentation of capabilities and metrics.',
      ),
      license: open(ref('gemma-4'), 'Apache-2.0 (the record).'),
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// Anthropic. All closed; the Claude 4 system card's training-data passage read as quoted by the
// Stanford Foundation Model Transparency Index report, hardware from Anthropic's transparency hub.
const CLAUDE4_CARD = src(
  'https://www-cdn.anthropic.com/6be99a52cb68eb70eb9572b4cafad13df32ed995.pdf',
  'Claude Opus 4 and Sonnet 4 system card',
);
const ANTHROPIC_HUB = src(
  'https://www.anthropic.com/transparency',
  'Anthropic transparency hub: model report for Claude 4',
);

function claude4(id: string): ComponentEvidenceSet {
  return closedRelease(id, {
    trainingDataBase: closed(
      CLAUDE4_CARD,
      '"A proprietary mix of publicly available information on the Internet, non-public data from third parties, ..." (as quoted by the FMTI 2025 report).',
    ),
    architecture: partial(
      ANTHROPIC_HUB,
      'Hardware and software named (AWS and Google Cloud, PyTorch, JAX, Triton); no architecture or size.',
    ),
    technicalReport: partial(CLAUDE4_CARD, 'System card on evaluations and safety.'),
    peerReviewedPaper: unknown(),
    modelCard: partial(CLAUDE4_CARD, 'System card; training described only in general terms.'),
    dataSheet: partial(
      CLAUDE4_CARD,
      'A passage on data sources and the crawler (robots.txt, no sign-in pages).',
    ),
    api: apiFromRecord(id, 'price per M tokens'),
  });
}

const CLAUDE3_CARD = src(
  'https://www.scribd.com/document/799864025/Claude-3-Model-Card',
  'Claude 3 Model Card, with the Claude 3.5 addenda (copy)',
);
const CLAUDE37_CARD = src(
  'https://assets.anthropic.com/m/785e231869ea8b3b/original/claude-3-7-sonnet-system-card.pdf',
  'Claude 3.7 Sonnet System Card',
);
const HUB_REPORT = src(
  'https://www.anthropic.com/transparency/model-report',
  'Anthropic transparency hub: model reports',
);
const CLAUDE_HARDWARE =
  'Hardware and frameworks named (AWS and Google Cloud, PyTorch, JAX, Triton) and training methods in outline; no architecture or size.';

const ANTHROPIC: Record<string, OpennessGradeEntry[]> = {
  'claude-3-opus': single(
    day('2024-03-04'),
    closedRelease('claude-3-opus', {
      ...systemCard(CLAUDE3_CARD, 'the Claude 3 Model Card, March 2024', {
        architecture: partial(CLAUDE3_CARD, CLAUDE_HARDWARE),
      }),
      api: apiFromRecord('claude-3-opus', 'launch price per M tokens'),
    }),
  ),
  'claude-3.5-sonnet': single(
    day('2024-06-20'),
    closedRelease('claude-3.5-sonnet', {
      ...systemCard(CLAUDE3_CARD, 'an addendum to the Claude 3 Model Card, June 2024'),
      api: apiFromRecord('claude-3.5-sonnet', 'retired from the Claude API 2025-10-28'),
    }),
  ),
  'claude-3.7-sonnet': single(
    day('2025-02-24'),
    closedRelease('claude-3.7-sonnet', {
      ...systemCard(CLAUDE37_CARD, 'February 2025', {
        architecture: partial(
          src(
            'https://anthropic.com/transparency',
            'Anthropic transparency hub: Claude 3.7 Sonnet',
          ),
          CLAUDE_HARDWARE,
        ),
        dataSheet: partial(
          CLAUDE37_CARD,
          'Training data sources named (public web to November 2024, third-party, labeling services, internal data; no user data), as summarised.',
        ),
        trainingDataBase: closed(
          CLAUDE37_CARD,
          '"A proprietary mix" of public web, non-public third-party and internal data.',
        ),
      }),
      api: apiFromRecord('claude-3.7-sonnet', '$3/$15 per M tokens'),
    }),
  ),
  'claude-opus-4': single(day('2025-05-22'), claude4('claude-opus-4')),
  'claude-sonnet-4': single(day('2025-05-22'), claude4('claude-sonnet-4')),
  'claude-opus-4.1': single(
    day('2025-08-05'),
    closedRelease('claude-opus-4.1', {
      ...systemCard(
        src(
          'https://bhakthan.substack.com/p/claude-opus-41-system-card',
          'Claude Opus 4.1 System Card Addendum (summary)',
        ),
        'an addendum of August 2025, read in a summary',
      ),
      api: apiFromRecord('claude-opus-4.1', 'model id claude-opus-4-1-20250805'),
    }),
  ),
  'claude-sonnet-4.5': single(
    day('2025-09-29'),
    closedRelease('claude-sonnet-4.5', {
      ...systemCard(
        src('https://www.modelcards.net/documents/5', 'Claude Sonnet 4.5 System Card (summary)'),
        'September 2025, read in a summary',
        {
          architecture: partial(
            src(
              'https://www.anthropic.com/transparency',
              'Anthropic transparency hub: Claude Sonnet 4.5',
            ),
            CLAUDE_HARDWARE,
          ),
        },
      ),
      api: apiFromRecord('claude-sonnet-4.5', 'model id and price per M tokens'),
    }),
  ),
  'claude-haiku-4.5': single(
    day('2025-10-15'),
    closedRelease('claude-haiku-4.5', {
      ...systemCard(
        src('https://www.modelcards.net/documents/6', 'Claude Haiku 4.5 System Card (summary)'),
        'October 2025, read in a summary',
        {
          architecture: partial(HUB_REPORT, CLAUDE_HARDWARE),
        },
      ),
      api: apiFromRecord('claude-haiku-4.5', 'listed in the Claude API release notes'),
    }),
  ),
  'claude-opus-4.5': single(
    day('2025-11-24'),
    closedRelease('claude-opus-4.5', {
      ...systemCard(
        src(
          'https://www.lesswrong.com/posts/gfby4vqNtLbehqbot/claude-opus-4-5-model-card-alignment-and-safety',
          'Claude Opus 4.5 system card (review)',
        ),
        'about 150 pages, November 2025, read in reviews',
      ),
      api: apiFromRecord('claude-opus-4.5', '$5/$25 per M tokens'),
    }),
  ),
  'claude-opus-4.6': single(
    month('2026-02'),
    closedRelease('claude-opus-4.6', {
      ...systemCard(
        src(
          'https://researchaudio.io/p/claude-opus-4-6-system-card-explained-adaptive-thinking-agent-safety-edges-and-a-builder-checklist',
          'Claude Opus 4.6 system card (explainer)',
        ),
        'February 2026, read in an explainer',
      ),
      api: apiFromRecord('claude-opus-4.6', 'model id claude-opus-4-6-20260205 (weakly sourced)'),
    }),
  ),
  'claude-mythos-preview': single(
    day('2026-04-07'),
    closedRelease('claude-mythos-preview', {
      ...systemCard(
        src(
          'https://hugobowne.github.io/mythos-preview-model-card/sources/01-introduction',
          'Claude Mythos Preview System Card (section summaries)',
        ),
        'about 240 pages, April 2026, the first without general availability',
      ),
      api: partial(
        ref('claude-mythos-preview'),
        'Restricted access for named partners only (the record).',
      ),
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// Mistral AI. mistralai/mistral-inference (Apache-2.0 library; direct weight downloads and their
// licenses); the openness index entries for Mistral 7B and Mixtral 8x7B.
const MISTRAL_INF = src(
  'https://github.com/mistralai/mistral-inference',
  'mistralai/mistral-inference README',
);
const MISTRAL_CODE = open(
  MISTRAL_INF,
  'Inference library under Apache-2.0 ("pip install mistral-inference").',
);

const MS3_BASE = src(
  'https://huggingface.co/mistralai/Mistral-Small-24B-Base-2501',
  'Mistral-Small-24B-Base-2501 model card',
);
const OSAI_ML3 = src(
  'https://osai-index.eu/news/mistral-3-large',
  'European Open Source AI Index: Mistral 3 (Liesenfeld, 2025-12-02)',
);
const ML3_BASE = src(
  'https://huggingface.co/mistralai/Mistral-Large-3-675B-Base-2512',
  'Mistral-Large-3-675B-Base-2512 model card',
);

const MISTRAL: Record<string, OpennessGradeEntry[]> = {
  'mistral-7b': single(day('2023-09-27'), {
    baseWeights: open(MISTRAL_INF, '"7B Base" listed for direct download.'),
    endWeights: open(MISTRAL_INF, '"7B Instruct" listed for direct download.'),
    trainingCode: closed(
      index('mistral-7B'),
      'Minimal code to run the model only (the openness index).',
    ),
    trainingDataBase: closed(
      index('mistral-7B'),
      'No information on pre-training data (the openness index).',
    ),
    trainingDataFineTuning: closed(
      index('mistral-7B'),
      'Only "a variety of publicly available" data (the openness index).',
    ),
    inferenceCode: MISTRAL_CODE,
    architecture: partial(
      index('mistral-7B'),
      'Some architecture information in the repository and preprint (the openness index).',
    ),
    technicalReport: partial(
      src('https://arxiv.org/abs/2310.06825', 'Mistral 7B (arXiv 2310.06825)'),
      'No details on pre-training or instruction data (the openness index).',
    ),
    peerReviewedPaper: closed(index('mistral-7B'), 'No peer-reviewed paper (the openness index).'),
    modelCard: closed(
      index('mistral-7B'),
      'The Hugging Face card points to a blog post (the openness index).',
    ),
    dataSheet: closed(index('mistral-7B'), 'No data sheet (the openness index).'),
    package: open(MISTRAL_INF, 'Direct download links and an installable library.'),
    api: open(
      src(
        'https://docs.mistral.ai/api',
        'Mistral API documentation (linked by the openness index)',
      ),
      'Public API.',
    ),
    license: open(ref('mistral-7b'), 'Apache-2.0 (the record).'),
  }),
  'mixtral-8x7b': single(month('2023-12'), {
    baseWeights: open(
      src(
        'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1',
        'Mixtral-8x7B-v0.1 (linked by the openness index)',
      ),
      'Shared via torrent and Hugging Face (the openness index).',
    ),
    endWeights: open(MISTRAL_INF, '"8x7B Instruct" listed for direct download.'),
    trainingCode: closed(index('mixtral-8x7B-instruct'), 'No training code (the openness index).'),
    trainingDataBase: closed(
      index('mixtral-8x7B-instruct'),
      'No information on pre-training data (the openness index).',
    ),
    trainingDataFineTuning: closed(
      index('mixtral-8x7B-instruct'),
      'No information online or in the preprint (the openness index).',
    ),
    inferenceCode: MISTRAL_CODE,
    architecture: partial(
      index('mixtral-8x7B-instruct'),
      'Mixture of experts described in the repository and preprint; no hardware.',
    ),
    technicalReport: partial(
      src('https://arxiv.org/abs/2401.04088', 'Mixtral of Experts (arXiv 2401.04088)'),
      'Architecture and evaluation; no data details (the openness index).',
    ),
    peerReviewedPaper: closed(
      index('mixtral-8x7B-instruct'),
      'No peer-reviewed paper (the openness index).',
    ),
    modelCard: closed(
      index('mixtral-8x7B-instruct'),
      'The Hugging Face card points to a blog post (the openness index).',
    ),
    dataSheet: closed(index('mixtral-8x7B-instruct'), 'No data sheet (the openness index).'),
    package: open(MISTRAL_INF, 'Direct download links and an installable library.'),
    api: unknown(
      'The openness index notes paid API access only; which model it serves was not checked.',
    ),
    license: open(ref('mixtral-8x7b'), 'Apache-2.0 (the record).'),
  }),
  'mistral-large-1': single(
    day('2024-02-26'),
    closedRelease('mistral-large-1', {
      ...UNREAD_DOCS,
      api: open(ref('mistral-large-1'), "Launched on Mistral's platform and Azure (the record)."),
    }),
  ),
  'codestral-22b': single(day('2024-05-29'), {
    baseWeights: unknown(),
    endWeights: open(MISTRAL_INF, '"Codestral 22B" listed for direct download.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: MISTRAL_CODE,
    ...UNREAD_DOCS,
    package: open(MISTRAL_INF, 'Direct download link.'),
    api: unknown(),
    license: closed(MISTRAL_INF, 'Mistral AI Non-Production License (MNPL), non-commercial.'),
  }),
  'mistral-large-2': single(month('2024-07'), {
    baseWeights: unknown(),
    endWeights: open(MISTRAL_INF, '"Mistral Large 2" (instruct 2407) listed for direct download.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: MISTRAL_CODE,
    ...UNREAD_DOCS,
    package: open(MISTRAL_INF, 'Direct download link.'),
    api: unknown(),
    license: closed(MISTRAL_INF, 'Mistral AI Research License (MRL), research use only.'),
  }),
  'mistral-small-3': single(day('2025-01-30'), {
    baseWeights: partial(
      MS3_BASE,
      'Mistral-Small-24B-Base-2501 on Hugging Face under Apache-2.0; the repository is gated (a community note on the release).',
    ),
    endWeights: partial(MS3_BASE, 'Mistral-Small-24B-Instruct-2501, gated like the base model.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: MISTRAL_CODE,
    architecture: partial(
      MS3_BASE,
      '24B parameters, 32k context and tokenizer stated; no hardware.',
    ),
    technicalReport: unknown(),
    peerReviewedPaper: unknown(),
    modelCard: partial(MS3_BASE, 'Key features and benchmarks; no training details.'),
    dataSheet: unknown(),
    package: partial(MS3_BASE, 'Gated download on Hugging Face.'),
    api: unknown(),
    license: open(ref('mistral-small-3'), 'Apache-2.0 (the record).'),
  }),
  'mistral-medium-3': single(
    day('2025-05-07'),
    closedRelease('mistral-medium-3', {
      ...UNREAD_DOCS,
      architecture: closed(
        src(
          'https://hivebook.wiki/wiki/mistral-medium-3-mistral-s-cost-efficient-mid-tier-model',
          'Mistral Medium 3 overview (hivebook)',
        ),
        'Parameter count and architecture not disclosed.',
      ),
      api: apiFromRecord('mistral-medium-3', '$0.40/$2.00 per M tokens'),
    }),
  ),
  'mistral-large-3': single(day('2025-12-02'), {
    baseWeights: open(
      ML3_BASE,
      'The base pre-trained model is released (read in a copy of the card); whether the download is gated was not checked.',
    ),
    endWeights: recordWeights('mistral-large-3'),
    trainingCode: unknown(),
    trainingDataBase: closed(
      OSAI_ML3,
      '"Mistral has released model weights but kept training data under wraps."',
    ),
    trainingDataFineTuning: closed(OSAI_ML3, 'Training data not documented or released.'),
    inferenceCode: unknown('Not listed in the mistral-inference README read.'),
    architecture: open(
      ML3_BASE,
      'A granular MoE of 675B total / 41B active parameters with a 2.5B vision encoder, "trained from scratch with 3000 H200s".',
    ),
    technicalReport: unknown(),
    peerReviewedPaper: unknown(),
    modelCard: partial(
      ML3_BASE,
      'Architecture, capabilities and deployment; training data not described.',
    ),
    dataSheet: closed(
      src(
        'https://raw.githubusercontent.com/AIAccountabilityLab/gpai-training-transparency/9b59d877246254be133ea75795e900ae5a01d4d7/public/evals/mistral-3-5/index.html',
        'GPAI training-transparency review of Mistral Large 3 Base',
      ),
      '"We could not find any public summary document for this model" (no training-data summary).',
    ),
    package: recordWeights('mistral-large-3'),
    api: apiFromRecord('mistral-large-3', '$0.50/$1.50 per M tokens'),
    license: open(ref('mistral-large-3'), 'Apache-2.0 (the record).'),
  }),
};

// ---------------------------------------------------------------------------------------------
// DeepSeek. deepseek-ai/DeepSeek-V3, DeepSeek-R1 and DeepSeek-V3.2-Exp READMEs (code and weights
// licenses, Hugging Face links, reports, API). No repository snapshot of V3.2 or V4.
const DSV3 = src('https://github.com/deepseek-ai/DeepSeek-V3', 'deepseek-ai/DeepSeek-V3 README');
const DSR1 = src('https://github.com/deepseek-ai/DeepSeek-R1', 'deepseek-ai/DeepSeek-R1 README');
const DSV32E = src(
  'https://github.com/deepseek-ai/DeepSeek-V3.2-Exp',
  'deepseek-ai/DeepSeek-V3.2-Exp README',
);
const DSV4 = src(
  'https://huggingface.co/deepseek-ai/DeepSeek-V4-Flash',
  'DeepSeek-V4-Flash model card (read in a cached copy)',
);
const DS_API = 'OpenAI-compatible API at platform.deepseek.com.';

/** DeepSeek-R1 as released; its peer-reviewed Nature paper (2025-09-17) is a later dated set. */
const R1_AT_RELEASE: ComponentEvidenceSet = {
  baseWeights: open(
    DSR1,
    'DeepSeek-R1-Zero and R1 are trained on DeepSeek-V3-Base, itself on Hugging Face; R1-Zero published too.',
  ),
  endWeights: open(DSR1, 'DeepSeek-R1 on Hugging Face.'),
  trainingCode: closed(DSR1, 'The repository has the paper and usage notes; no training code.'),
  trainingDataBase: closed(DSR1, 'No data released.'),
  trainingDataFineTuning: closed(DSR1, 'No RL or SFT data released.'),
  inferenceCode: open(
    DSV3,
    'The R1 README sends users to the DeepSeek-V3 repository (MIT code) to run R1 locally.',
  ),
  architecture: unknown(),
  technicalReport: open(
    src(
      'https://arxiv.org/abs/2501.12948',
      'DeepSeek-R1 (arXiv 2501.12948, linked from the README)',
    ),
    'Paper on the RL training and the distilled models.',
  ),
  peerReviewedPaper: closed(DSR1, 'At release the README cites only the arXiv preprint.'),
  modelCard: unknown(),
  dataSheet: unknown(),
  package: open(DSR1, 'Weights downloadable from Hugging Face.'),
  api: open(DSR1, DS_API),
  license: open(DSR1, 'Code and weights under the MIT License.'),
};
const R1_NATURE = open(
  src(
    'https://www.nature.com/articles/s41586-025-09422-z',
    'DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning (Nature 645, 2025)',
  ),
  'Peer-reviewed journal version of the R1 paper, published 17 September 2025 (read in copies of the abstract and reports of the issue).',
);

const DEEPSEEK: Record<string, OpennessGradeEntry[]> = {
  'deepseek-v3': single(day('2024-12-26'), {
    baseWeights: open(DSV3, 'DeepSeek-V3-Base on Hugging Face.'),
    endWeights: open(DSV3, 'DeepSeek-V3 on Hugging Face.'),
    trainingCode: closed(DSV3, 'The repository holds inference code only.'),
    trainingDataBase: closed(
      DSV3,
      'Described only as "14.8 trillion diverse and high-quality tokens".',
    ),
    trainingDataFineTuning: unknown('The report was not read for its post-training data.'),
    inferenceCode: open(DSV3, 'Inference code under the MIT License (LICENSE-CODE).'),
    architecture: open(
      DSV3,
      'MoE architecture (671B total, 37B active) and 2.664M H800 GPU hours stated.',
    ),
    technicalReport: open(
      src('https://arxiv.org/abs/2412.19437', 'DeepSeek-V3 Technical Report'),
      'Architecture, pre-training, post-training and evaluation.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(DSV3, 'Weights downloadable from Hugging Face.'),
    api: open(DSV3, DS_API),
    license: partial(
      DSV3,
      'Weights under the DeepSeek Model License (use restrictions); code MIT.',
    ),
  }),
  'deepseek-r1': [
    { from: day('2025-01-20'), components: R1_AT_RELEASE },
    { from: day('2025-09-17'), components: { ...R1_AT_RELEASE, peerReviewedPaper: R1_NATURE } },
  ],
  'deepseek-v3.2-exp': single(day('2025-09-29'), {
    baseWeights: unknown(),
    endWeights: open(DSV32E, 'Weights on Hugging Face (inference demo converts them).'),
    trainingCode: closed(DSV32E, 'Inference demo and kernels only.'),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: open(DSV32E, 'Inference demo and open kernels under MIT.'),
    architecture: partial(DSV32E, 'DeepSeek Sparse Attention described; no hardware.'),
    technicalReport: open(
      src(
        'https://github.com/deepseek-ai/DeepSeek-V3.2-Exp/blob/main/DeepSeek_V3_2.pdf',
        'DeepSeek-V3.2 report (in the repository)',
      ),
      'Report published with the release.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(DSV32E, 'Weights downloadable from Hugging Face.'),
    api: apiFromRecord('deepseek-v3.2-exp', 'API prices cut 50%+ at launch'),
    license: open(DSV32E, 'Repository and weights under the MIT License.'),
  }),
  'deepseek-v3.2': single(day('2025-12-01'), {
    ...openRecordOnly('deepseek-v3.2', open(ref('deepseek-v3.2'), 'MIT (the record).')),
  }),
  'deepseek-v4': single(day('2026-04-24'), {
    baseWeights: open(
      DSV4,
      'DeepSeek-V4-Pro-Base and V4-Flash-Base released with the chat models (as reported from the Hugging Face collection).',
    ),
    endWeights: open(DSV4, 'DeepSeek-V4-Flash (and V4-Pro) on Hugging Face.'),
    trainingCode: unknown(),
    trainingDataBase: unknown('Described only by its size (about 32T tokens, as reported).'),
    trainingDataFineTuning: unknown(),
    inferenceCode: unknown(),
    architecture: partial(
      DSV4,
      'MoE sizes (1.6T/49B, 284B/13B), hybrid CSA/HCA attention, mHC and the Muon optimizer; no training hardware.',
    ),
    technicalReport: open(
      DSV4,
      'A technical report is linked from the model card; its contents were not read.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: partial(
      DSV4,
      'Architecture, efficiency and evaluation; training data in outline only.',
    ),
    dataSheet: unknown(),
    package: open(DSV4, 'Weights on Hugging Face and ModelScope.'),
    api: open(DSV4, 'DeepSeek API (deepseek-v4-pro, deepseek-v4-flash).'),
    license: open(DSV4, 'MIT License (model card tag).'),
  }),
};

// ---------------------------------------------------------------------------------------------
// Alibaba (Qwen). QwenLM/Qwen, QwenLM/Qwen2.5 (now the Qwen3 README), QwenLM/Qwen3, QwenLM/Qwen3.5.
const QWEN1 = src('https://github.com/QwenLM/Qwen', 'QwenLM/Qwen README');
const QWEN25 = src(
  'https://github.com/QwenLM/Qwen2.5/blob/950bb45/README.md',
  'QwenLM/Qwen2.5 README (2024)',
);
const QWEN_SERVING =
  'Served through third-party libraries (Transformers, vLLM, SGLang); the repository has examples only.';
const QWEN25_REPORT = src(
  'https://arxiv.org/abs/2412.15115',
  'Qwen2.5 Technical Report (arXiv 2412.15115)',
);
const QWEN25_DOCS = {
  technicalReport: open(
    QWEN25_REPORT,
    'Pre-training (18T tokens), post-training (1M SFT samples, multistage RL) and evaluation, per its abstract.',
  ),
  architecture: partial(
    QWEN25_REPORT,
    'Dense transformers with GQA, SwiGLU, RoPE and a byte-level BPE tokenizer (summaries of the report); hardware not noted.',
  ),
};
const QWEN3 = src('https://github.com/QwenLM/Qwen3', 'QwenLM/Qwen3 README');
const QWEN35 = src('https://github.com/QwenLM/Qwen3.5', 'QwenLM/Qwen3.5 README');

const ALIBABA: Record<string, OpennessGradeEntry[]> = {
  'qwen-7b': single(month('2023-08'), {
    baseWeights: open(QWEN1, 'Base models (Qwen-7B) on Hugging Face and ModelScope.'),
    endWeights: open(QWEN1, 'Chat models (Qwen-7B-Chat) on Hugging Face and ModelScope.'),
    trainingCode: partial(
      QWEN1,
      'Fine-tuning scripts (finetune.py, LoRA, Q-LoRA); no pre-training code.',
    ),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: partial(
      QWEN1,
      'Demo and API code in a repository under the Tongyi Qianwen license.',
    ),
    architecture: unknown(),
    technicalReport: open(
      src('https://arxiv.org/abs/2309.16609', 'Qwen Technical Report (linked from the README)'),
      'Technical report on the Qwen series.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(QWEN1, 'Weights on Hugging Face and ModelScope.'),
    api: open(
      QWEN1,
      'DashScope API (Alibaba Cloud) serves Qwen; its models are in-house versions.',
    ),
    license: partial(QWEN1, 'Tongyi Qianwen License Agreement (commercial use with conditions).'),
  }),
  'qwen2.5': single(day('2024-09-19'), {
    baseWeights: open(QWEN25, 'Base variants of every size on Hugging Face.'),
    endWeights: open(QWEN25, 'Instruct variants of every size on Hugging Face.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: unknown(),
    ...UNREAD_DOCS,
    ...QWEN25_DOCS,
    package: open(QWEN25, 'Weights on Hugging Face and ModelScope.'),
    api: unknown(),
    license: partial(
      ref('qwen2.5'),
      'Apache-2.0 for most sizes; 3B and 72B under separate Qwen licenses (the record).',
    ),
  }),
  qwen3: single(day('2025-04-29'), {
    baseWeights: unknown(),
    endWeights: open(QWEN3, 'Qwen3 checkpoints on Hugging Face and ModelScope.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: partial(QWEN3, QWEN_SERVING),
    architecture: unknown(),
    technicalReport: open(
      src('https://arxiv.org/abs/2505.09388', 'Qwen3 Technical Report (cited in the README)'),
      'Technical report on the Qwen3 release.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(QWEN3, 'Weights on Hugging Face and ModelScope.'),
    api: unknown(),
    license: open(QWEN3, '"All our open-weight models are licensed under Apache 2.0."'),
  }),
  'qwen3-max': single(
    month('2025-09'),
    closedRelease('qwen3-max', {
      ...UNREAD_DOCS,
      architecture: partial(
        ref('qwen3-max'),
        "A mixture-of-experts model of over 1T parameters pre-trained on about 36T tokens (the record's source); no hardware.",
      ),
      technicalReport: unknown(
        "The record's source says details follow in a later technical report.",
      ),
      api: apiFromRecord('qwen3-max', 'Model Studio API'),
    }),
  ),
  'qwen3.5': single(month('2026-02'), {
    baseWeights: unknown(),
    endWeights: open(QWEN35, 'Open-weight models with their licenses on Hugging Face.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: partial(QWEN35, QWEN_SERVING),
    architecture: unknown(),
    technicalReport: unknown('The README has a "Paper" heading without a link.'),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(QWEN35, 'Weights on Hugging Face.'),
    api: open(QWEN35, 'Official API on Alibaba Cloud Model Studio.'),
    license: open(
      QWEN35,
      '"All our open-weight models are licensed under Apache 2.0." The reference record has no license.',
    ),
  }),
};

// ---------------------------------------------------------------------------------------------
// xAI. xai-org/grok-1 README; Grok 2's weights from its record (closed at launch, published on
// Hugging Face 2025-08-23); the Grok 3 and 4 lines from their records.
const GROK1 = src('https://github.com/xai-org/grok-1', 'xai-org/grok-1 README');

const GROK2_OPEN: ComponentEvidenceSet = {
  ...openRecordOnly('grok-2', partial(ref('grok-2'), 'Grok 2 Community License (the record).')),
};
const GROK2_LAUNCH: ComponentEvidenceSet = {
  ...GROK2_OPEN,
  endWeights: closed(ref('grok-2'), 'Closed at launch (Aug 2024), the record.'),
  package: closed(ref('grok-2'), 'No download before 2025-08-23 (the record).'),
  license: closed(ref('grok-2'), 'Proprietary until the weights were published (the record).'),
};

const XAI_API = src(
  'https://promptfoo.dev/docs/providers/xai',
  'promptfoo: xAI provider (models of the xAI API)',
);

const XAI: Record<string, OpennessGradeEntry[]> = {
  'grok-1': single(day('2024-03-17'), {
    baseWeights: open(GROK1, 'Raw base checkpoint via torrent and Hugging Face.'),
    endWeights: closed(
      ref('grok-1'),
      'Only the raw base checkpoint was released, not the fine-tuned chatbot (the record).',
    ),
    trainingCode: closed(GROK1, '"JAX example code for loading and running" only.'),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: open(GROK1, 'Example inference code under Apache-2.0.'),
    architecture: partial(
      GROK1,
      'Parameters, experts, layers, heads, embedding size and tokenizer; no training hardware.',
    ),
    technicalReport: unknown(),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(GROK1, 'Torrent and Hugging Face download.'),
    api: unknown(),
    license: open(GROK1, 'Code and weights under Apache-2.0.'),
  }),
  'grok-2': [
    { from: month('2024-08'), components: GROK2_LAUNCH },
    { from: day('2025-08-23'), components: GROK2_OPEN },
  ],
  'grok-3': single(
    day('2025-02-17'),
    closedRelease('grok-3', { ...UNREAD_DOCS, api: open(XAI_API, 'grok-3 on the xAI API.') }),
  ),
  'grok-4': single(
    day('2025-07-09'),
    closedRelease('grok-4', {
      ...UNREAD_DOCS,
      modelCard: partial(
        src(
          'https://www.bytegoose.com/docs/text_generation/grok/Grok%204.html',
          'Grok 4 model card (summary)',
        ),
        'A model card of August 2025 on safety mitigations and evaluations, read in a summary.',
      ),
      api: open(
        src(
          'https://docs.public.oneportal.content.oci.oraclecloud.com/de-de/iaas/Content/generative-ai/xai-grok-4.htm',
          'OCI Generative AI: xAI Grok 4',
        ),
        'On-demand API on Oracle Cloud (OCI Generative AI).',
      ),
    }),
  ),
  'grok-4-fast': single(
    month('2025-09'),
    closedRelease('grok-4-fast', {
      ...UNREAD_DOCS,
      api: open(XAI_API, 'grok-4-fast-reasoning and -non-reasoning on the xAI API.'),
    }),
  ),
  'grok-4.20': single(
    day('2026-03-10'),
    closedRelease('grok-4.20', {
      ...UNREAD_DOCS,
      api: apiFromRecord('grok-4.20', 'API GA 2026-03-10 at $2/$6 per M tokens'),
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// Microsoft. Phi-3 from the openness index entry; Phi-4 changed from Azure-only to open weights
// on 2025-01-08 (its record); the other Phi-4 models and MAI-1 from their records.
const PHI4_CARD = src(
  'https://huggingface.co/microsoft/phi-4',
  'phi-4 model card (read in a copy of its README)',
);
const PHI4_OPEN: ComponentEvidenceSet = {
  ...openRecordOnly('phi-4', open(ref('phi-4'), 'MIT (the record).')),
  trainingDataBase: closed(
    PHI4_CARD,
    'A blend of synthetic data, filtered public websites and acquired books and Q&A data, described in general terms.',
  ),
  architecture: open(
    PHI4_CARD,
    '14B dense decoder-only transformer, trained on 1920 H100-80G GPUs for 21 days on 9.8T tokens.',
  ),
  technicalReport: open(
    src(
      'https://arxiv.org/abs/2412.08905',
      'Phi-4 Technical Report (arXiv 2412.08905, tagged on the model page)',
    ),
    'Tagged on the model page; its coverage of data and training is recalled.',
    'recalled',
  ),
  modelCard: open(
    PHI4_CARD,
    'Architecture, data in outline, GPUs and training time, training dates, evaluation and use.',
  ),
  // Corrected 2026-12-02, when the grades were joined: the open set had the API as unknown, which read as the API closing
  // when the weights opened. The record says the model was "initially available only on Azure
  // AI Foundry" and then also on Hugging Face: a channel added, none withdrawn.
  api: open(
    ref('phi-4'),
    'On Azure AI Foundry from launch (the record); publishing the weights on 2025-01-08 added a download and withdrew nothing.',
  ),
};
const PHI4_AZURE: ComponentEvidenceSet = {
  ...PHI4_OPEN,
  endWeights: closed(ref('phi-4'), 'Only on Azure AI Foundry until 2025-01-08 (the record).'),
  package: closed(ref('phi-4'), 'No download before 2025-01-08 (the record).'),
  api: open(ref('phi-4'), 'Available on Azure AI Foundry (the record).'),
  license: unknown('The terms of the Azure-only period are not in the record.'),
};

const MAI1 = src(
  'https://techbriefly.com/2025/08/29/microsoft-tests-mai-1-preview-ai-model-on-lmarena/',
  'Microsoft tests MAI-1-preview (report)',
);

const PHI4_MINI_REPORT = src(
  'https://arxiv.org/abs/2503.01743',
  'Phi-4-Mini Technical Report (arXiv 2503.01743)',
);

const MICROSOFT: Record<string, OpennessGradeEntry[]> = {
  'phi-3': single(day('2024-04-23'), {
    baseWeights: closed(
      index('phi-3-instruct'),
      'No base model was released (the openness index).',
    ),
    endWeights: open(
      src(
        'https://huggingface.co/microsoft/Phi-3-mini-128k-instruct',
        'Phi-3-mini-128k-instruct (linked by the openness index)',
      ),
      'Instruction-tuned weights on Hugging Face.',
    ),
    trainingCode: closed(index('phi-3-instruct'), 'No training code (the openness index).'),
    trainingDataBase: closed(
      index('phi-3-instruct'),
      'Only generic claims about filtering (the openness index).',
    ),
    trainingDataFineTuning: closed(
      index('phi-3-instruct'),
      'Only generic claims (the openness index).',
    ),
    inferenceCode: open(
      src(
        'https://huggingface.co/microsoft/Phi-3-mini-4k-instruct/tree/0a67737cc96d2554230f90338b163bc6380a2a85',
        'Phi-3-mini-4k-instruct repository files',
      ),
      'The MIT-licensed weights repository ships modeling_phi3.py and configuration_phi3.py (the openness index found no code; we read the file list).',
    ),
    architecture: open(
      src('https://arxiv.org/abs/2404.14219', 'Phi-3 Technical Report (arXiv 2404.14219)'),
      'Architecture described in the model card and report (the openness index).',
    ),
    technicalReport: partial(
      src('https://arxiv.org/abs/2404.14219', 'Phi-3 Technical Report (arXiv 2404.14219)'),
      'Architecture and evaluation, not the training data (the openness index).',
    ),
    peerReviewedPaper: closed(index('phi-3-instruct'), 'No paper found (the openness index).'),
    modelCard: open(
      src('https://huggingface.co/microsoft/Phi-3-mini-128k-instruct', 'Phi-3-mini model card'),
      'A reasonable level of detail (the openness index).',
    ),
    dataSheet: closed(index('phi-3-instruct'), 'No data sheet (the openness index).'),
    package: open(
      src(
        'https://huggingface.co/microsoft/Phi-3-mini-128k-instruct',
        'Phi-3-mini on Hugging Face',
      ),
      'Weights on a public hub.',
    ),
    api: open(
      src(
        'https://ai.azure.com/catalog/models/Phi-3-mini-128k-instruct',
        'Azure AI catalog (the record)',
      ),
      'Offered in the Azure AI model catalog.',
    ),
    license: open(
      src(
        'https://huggingface.co/microsoft/Phi-3-mini-128k-instruct/blob/main/LICENSE',
        'Phi-3-mini LICENSE',
      ),
      'MIT.',
    ),
  }),
  'phi-4': [
    { from: day('2024-12-12'), components: PHI4_AZURE },
    { from: day('2025-01-08'), components: PHI4_OPEN },
  ],
  'phi-4-mini': single(day('2025-02-26'), {
    ...openRecordOnly('phi-4-mini', open(ref('phi-4-mini'), 'MIT (the record).')),
    inferenceCode: open(
      src(
        'https://www.huggingface.co/microsoft/Phi-4-mini-instruct/tree/main',
        'Phi-4-mini-instruct repository files',
      ),
      'modeling_phi3.py and configuration_phi3.py ship in the MIT-licensed repository.',
    ),
    technicalReport: open(
      PHI4_MINI_REPORT,
      'The Phi-4-Mini report (tagged on the model page) covers Phi-4-mini and Phi-4-multimodal; coverage recalled.',
      'recalled',
    ),
  }),
  'phi-4-multimodal': single(day('2025-02-26'), {
    ...openRecordOnly('phi-4-multimodal', open(ref('phi-4-multimodal'), 'MIT (the record).')),
    technicalReport: open(
      PHI4_MINI_REPORT,
      'The Phi-4-Mini report, also shipped as a PDF in the model repository; coverage recalled.',
      'recalled',
    ),
    dataSheet: partial(
      src(
        'https://huggingface.co/microsoft/Phi-4-multimodal-instruct/blob/main/data_summary_card.md',
        'Phi-4-multimodal data summary card',
      ),
      'A data summary card (added December 2025): sources and content by modality with size ranges; not a full data sheet.',
    ),
  }),
  'mai-1-preview': single(
    day('2025-08-28'),
    closedRelease('mai-1-preview', {
      ...UNREAD_DOCS,
      architecture: partial(
        MAI1,
        'A mixture-of-experts model trained on about 15,000 NVIDIA H100 GPUs, as Microsoft stated; no size.',
      ),
      api: partial(
        MAI1,
        'API for trusted testers and an early-access form; public testing on LMArena.',
      ),
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// NVIDIA. Nemotron 3 Nano and Super from NVIDIA-NeMo/Nemotron (training recipes under Apache-2.0,
// Hugging Face links, tech reports, open data collections); the older models from their records.
const NEMO = 'https://github.com/NVIDIA-NeMo/Nemotron/blob/main/docs/nemotron';
const OPEN_SUBSET =
  'The recipes "train exclusively on the open-sourced subset of training data"; the report used additional proprietary data.';

function nemotron3(
  which: 'nano3' | 'super3',
  report: string,
  license: ComponentEvidence,
): ComponentEvidenceSet {
  const doc = src(`${NEMO}/${which}/README.md`, `Nemotron ${which} training guide`);
  return {
    baseWeights: open(doc, 'Base model on Hugging Face.'),
    endWeights: open(doc, 'Post-trained model on Hugging Face.'),
    trainingCode: open(doc, 'Complete Pretrain → SFT → RL recipe in an Apache-2.0 repository.'),
    trainingDataBase: partial(doc, OPEN_SUBSET),
    trainingDataFineTuning: partial(doc, OPEN_SUBSET),
    inferenceCode: unknown(),
    architecture: partial(
      doc,
      'Hybrid Mamba-Transformer MoE with total and active parameters; hardware not in the guide.',
    ),
    technicalReport: open(
      src(report, `Nemotron ${which} technical report`),
      'Linked from the training guide.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(doc, 'Weights on Hugging Face.'),
    api: unknown(),
    license,
  };
}

const N4_CARD = src(
  'https://huggingface.co/nvidia/Nemotron-4-340B-Instruct',
  'Nemotron-4-340B-Instruct model card',
);

const NVIDIA: Record<string, OpennessGradeEntry[]> = {
  'nemotron-4-340b': single(day('2024-06-14'), {
    ...openRecordOnly(
      'nemotron-4-340b',
      partial(ref('nemotron-4-340b'), 'NVIDIA Open Model License (the record).'),
    ),
    baseWeights: open(
      ref('nemotron-4-340b'),
      'Released as Base, Instruct and Reward models (the record).',
    ),
    trainingDataBase: closed(
      N4_CARD,
      '"9 trillion tokens" of English text, 50+ natural and 40+ coding languages: general terms only.',
    ),
    trainingDataFineTuning: partial(
      N4_CARD,
      'About 20K human-annotated examples; over 98% of alignment data synthetic, its generation pipeline described in the report.',
    ),
    technicalReport: open(
      src(
        'https://arxiv.org/abs/2406.08673',
        'Nemotron-4 340B Technical Report (arXiv 2406.08673, tagged on the card)',
      ),
      'The card points to it for the data-generation pipeline.',
    ),
    modelCard: partial(N4_CARD, 'Overview, alignment steps and data in outline; no hardware.'),
    license: partial(N4_CARD, 'NVIDIA Open Model License (June 2024).'),
  }),
  'llama-3.1-nemotron-70b': single(month('2024-10'), {
    ...openRecordOnly(
      'llama-3.1-nemotron-70b',
      partial(
        ref('llama-3.1-nemotron-70b'),
        'Llama 3.1 Community License, inherited (the record).',
      ),
    ),
    trainingDataFineTuning: partial(
      src(
        'https://huggingface.co/nvidia/Llama-3.1-Nemotron-70B-Instruct',
        'Llama-3.1-Nemotron-70B-Instruct on Hugging Face',
      ),
      'The model page names the public nvidia/HelpSteer2 dataset; whether it is all the alignment data was not checked.',
    ),
  }),
  'nemotron-3-nano': single(
    day('2025-12-15'),
    nemotron3(
      'nano3',
      'https://research.nvidia.com/labs/nemotron/files/NVIDIA-Nemotron-3-Nano-Technical-Report.pdf',
      partial(ref('nemotron-3-nano'), 'NVIDIA Open Model License (the record).'),
    ),
  ),
  'nemotron-3-super': single(
    month('2026-03'),
    nemotron3(
      'super3',
      'https://research.nvidia.com/labs/nemotron/files/NVIDIA-Nemotron-3-Super-Technical-Report.pdf',
      partial(
        src(
          'https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-NVFP4',
          'Nemotron 3 Super model card (read in a mirror)',
        ),
        'NVIDIA Nemotron Open Model License, a custom license with use terms; the record has no license.',
      ),
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// Cohere. Command R from the openness index; the others from their records (Hugging Face pages).
const COHERE: Record<string, OpennessGradeEntry[]> = {
  'command-r': single(day('2024-03-11'), {
    baseWeights: closed(
      index('command-r'),
      'No checkpoint before SFT and instruction tuning (the openness index).',
    ),
    endWeights: open(
      src(
        'https://huggingface.co/CohereForAI/c4ai-command-r-v01',
        'c4ai-command-r-v01 (linked by the openness index)',
      ),
      'Fine-tuned weights available for download.',
    ),
    trainingCode: closed(index('command-r'), 'No codebase (the openness index).'),
    trainingDataBase: closed(
      index('command-r'),
      'No documentation of pre-training data (the openness index).',
    ),
    trainingDataFineTuning: unknown(
      'The openness index grades it open citing the Aya collection, which we could not tie to Command R.',
    ),
    inferenceCode: closed(index('command-r'), 'No source code available (the openness index).'),
    architecture: closed(index('command-r'), 'Only sparsely documented (the openness index).'),
    technicalReport: closed(index('command-r'), 'No preprint (the openness index).'),
    peerReviewedPaper: closed(index('command-r'), 'No paper (the openness index).'),
    modelCard: partial(
      index('command-r'),
      'The Hugging Face card leaves out training data and methods (the openness index).',
    ),
    dataSheet: closed(index('command-r'), 'No data sheet (the openness index).'),
    package: open(
      src('https://huggingface.co/CohereForAI/c4ai-command-r-v01', 'c4ai-command-r-v01'),
      'Weights on a public hub.',
    ),
    api: open(
      src('https://docs.cohere.com/v1/docs/command-r', 'Cohere docs: Command R (the record)'),
      'Cohere API after sign-up; deprecated 2025-09-15.',
    ),
    license: closed(
      ref('command-r'),
      'CC-BY-NC-4.0 with the C4AI acceptable use policy: non-commercial (the record).',
    ),
  }),
  'command-r-plus': single(
    month('2024-04'),
    openRecordOnly(
      'command-r-plus',
      closed(ref('command-r-plus'), 'CC-BY-NC-4.0: non-commercial (the record).'),
    ),
  ),
  'command-a': single(month('2025-03'), {
    ...openRecordOnly(
      'command-a',
      closed(ref('command-a'), 'CC-BY-NC-4.0: non-commercial (the record).'),
    ),
    technicalReport: open(
      src(
        'https://arxiv.org/abs/2504.00698',
        'Command A: An Enterprise-Ready Large Language Model (arXiv 2504.00698)',
      ),
      'Report by Cohere authors (listed on Hugging Face); its coverage was not read.',
    ),
  }),
  'command-a-plus': single(
    day('2026-05-20'),
    openRecordOnly(
      'command-a-plus',
      open(ref('command-a-plus'), 'Apache-2.0 (the record, single source).'),
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// Amazon. API-only on Amazon Bedrock; the records' sources are AWS pages.
const bedrock = (id: string) => open(ref(id), "Amazon Bedrock API (the record's AWS source).");
const AMAZON: Record<string, OpennessGradeEntry[]> = {
  'titan-text-express-lite': single(
    month('2023-11'),
    closedRelease('titan-text-express-lite', {
      ...UNREAD_DOCS,
      modelCard: partial(
        ref('titan-text-express-lite'),
        'An AWS AI Service Card (intended use and limitations); training not described.',
      ),
      api: bedrock('titan-text-express-lite'),
    }),
  ),
  'nova-micro': single(
    month('2024-12'),
    closedRelease('nova-micro', { ...UNREAD_DOCS, api: bedrock('nova-micro') }),
  ),
  'nova-lite': single(
    day('2024-12-05'),
    closedRelease('nova-lite', { ...UNREAD_DOCS, api: bedrock('nova-lite') }),
  ),
  'nova-pro': single(
    month('2024-12'),
    closedRelease('nova-pro', { ...UNREAD_DOCS, api: bedrock('nova-pro') }),
  ),
  'nova-premier': single(
    day('2025-10-31'),
    closedRelease('nova-premier', { ...UNREAD_DOCS, api: bedrock('nova-premier') }),
  ),
  'nova-2-lite': single(
    day('2025-12-02'),
    closedRelease('nova-2-lite', {
      ...UNREAD_DOCS,
      dataSheet: partial(
        src(
          'https://raw.githubusercontent.com/AIAccountabilityLab/gpai-training-transparency/eb8ccc3b56763910cfa4de3cecbee9352469cf0c/public/evals/nova-2-lite/index.html',
          'GPAI training-transparency review of Nova 2 Lite',
        ),
        'A public summary of training content, linked from the Bedrock model card (reviewed by a third party; not read itself).',
      ),
      api: bedrock('nova-2-lite'),
    }),
  ),
};

// ---------------------------------------------------------------------------------------------
// IBM. ibm-granite/granite-3.0, -3.1 and -4.0-language-models READMEs (base and instruct models on
// Hugging Face, Apache-2.0, the 3.0 paper in the repository).
const granite = (v: string) =>
  src(
    `https://github.com/ibm-granite/granite-${v}-language-models`,
    `granite-${v}-language-models README`,
  );
function graniteRelease(v: string, technicalReport: ComponentEvidence): ComponentEvidenceSet {
  const r = granite(v);
  return {
    baseWeights: open(r, 'Base models (checkpoints after pre-training) listed on Hugging Face.'),
    endWeights: open(r, 'Instruct models listed on Hugging Face.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(
      'The README describes the data sources in general terms; the paper was not read.',
    ),
    trainingDataFineTuning: unknown(),
    inferenceCode: unknown(),
    architecture: unknown(),
    technicalReport,
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(r, 'Hugging Face collection.'),
    api: unknown(),
    license: open(r, 'Apache-2.0.'),
  };
}
const G41 = src(
  'https://arc-codex.com/article/b152637ab673996f473efcd13d58ff2b',
  'Granite 4.1 technical blog by IBM (copy)',
);

const IBM: Record<string, OpennessGradeEntry[]> = {
  'granite-3.0': single(
    day('2024-10-21'),
    graniteRelease(
      '3.0',
      open(
        src(
          'https://github.com/ibm-granite/granite-3.0-language-models/blob/main/paper.pdf',
          'Granite 3.0 paper',
        ),
        'Data, pre-training, post-training and evaluation (summarised in the README).',
      ),
    ),
  ),
  'granite-3.1': single(
    day('2024-12-16'),
    graniteRelease('3.1', unknown('The README says "Paper (coming soon)".')),
  ),
  'granite-4.0': single(
    day('2025-10-02'),
    graniteRelease('4.0', unknown("The README's mention of a technical report is commented out.")),
  ),
  'granite-4.1': single(month('2026-04'), {
    ...openRecordOnly('granite-4.1', open(G41, 'Apache-2.0 for all Granite 4.1 models.')),
    architecture: open(
      G41,
      'Dense 3B/8B/30B decoder-only transformers with layer, head and MLP sizes; trained on NVIDIA GB200 NVL72 clusters (as reported).',
    ),
    technicalReport: partial(
      G41,
      'A technical blog post on architecture, five pre-training stages, SFT and RL; not an archived report.',
    ),
  }),
};

// ---------------------------------------------------------------------------------------------
// Ai2. allenai/OLMo (OLMo 1 and 2), allenai/OLMo-core (OLMo 3), allenai/open-instruct (Tülu 3
// post-training for OLMo 2) and the openness index entry for OLMo 7B Instruct.
const OLMO = src('https://github.com/allenai/OLMo', 'allenai/OLMo README');
const OLMO_CORE = src('https://github.com/allenai/OLMo-core', 'allenai/OLMo-core README');
const OPEN_INSTRUCT = src(
  'https://github.com/allenai/open-instruct',
  'allenai/open-instruct README',
);
const OLMO3 = src(
  'https://github.com/allenai/OLMo-core/blob/main/src/scripts/official/OLMo3/README.md',
  'OLMo-core: Olmo 3 training README',
);
const OLMO_PEER = unknown(
  'The openness index (March 2025) found no peer-reviewed paper; we recall an ACL 2024 paper but did not check it.',
);

const AI2: Record<string, OpennessGradeEntry[]> = {
  'olmo-1': single(day('2024-02-01'), {
    baseWeights: open(
      src(
        'https://huggingface.co/collections/allenai/olmo-suite-65aeaae8fe5b6b2122b46778',
        'OLMo suite (linked by the openness index)',
      ),
      'OLMo 7B and training checkpoints.',
    ),
    endWeights: open(
      src('https://huggingface.co/allenai/OLMo-7B-Instruct', 'OLMo-7B-Instruct'),
      'Full weights (the openness index).',
    ),
    trainingCode: open(OLMO, 'Training code under Apache-2.0.'),
    trainingDataBase: open(
      src('https://huggingface.co/datasets/allenai/dolma', 'Dolma'),
      'Released and documented (the openness index).',
    ),
    trainingDataFineTuning: open(
      index('olmo-7b-instruct'),
      'Instruction-tuning datasets documented and released (the openness index).',
    ),
    inferenceCode: open(OLMO, 'Apache-2.0.'),
    architecture: open(
      index('olmo-7b-instruct'),
      'Documented in the model card, preprint and blog posts (the openness index).',
    ),
    technicalReport: open(
      src('https://arxiv.org/abs/2402.00838', 'OLMo (arXiv 2402.00838)'),
      'Architecture, data and training pipelines.',
    ),
    peerReviewedPaper: OLMO_PEER,
    modelCard: open(
      src('https://huggingface.co/allenai/OLMo-7B-Instruct', 'OLMo-7B-Instruct model card'),
      'Overview with links to full details (the openness index).',
    ),
    dataSheet: open(
      src('https://huggingface.co/datasets/allenai/dolma', 'Dolma'),
      'Data documentation (the openness index).',
    ),
    package: open(OLMO, '`pip install ai2-olmo`.'),
    api: unknown('Offered through Hugging Face, not an Ai2 API (the openness index).'),
    license: open(ref('olmo-1'), 'Apache-2.0 (the record).'),
  }),
  'olmo-2': single(day('2024-11-26'), {
    baseWeights: open(
      OLMO,
      'All checkpoints, at least every 1000 steps, in OLMo and Hugging Face format.',
    ),
    endWeights: open(OPEN_INSTRUCT, 'SFT, DPO and final OLMo 2 instruct models listed.'),
    trainingCode: open(OLMO, 'Pre-training configs and code (Apache-2.0).'),
    trainingDataBase: open(
      OLMO,
      'OLMo-mix-1124 and Dolmino-mix-1124 on Hugging Face, with provenance files.',
    ),
    trainingDataFineTuning: open(
      OPEN_INSTRUCT,
      'Tülu 3 open post-training recipes and data, updated for OLMo 2.',
    ),
    inferenceCode: open(OLMO, 'Apache-2.0.'),
    architecture: unknown(),
    technicalReport: open(
      src('https://arxiv.org/abs/2501.00656', '2 OLMo 2 Furious (arXiv 2501.00656)'),
      'Linked from the README.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(OLMO, '`pip install ai2-olmo`; weights on Hugging Face.'),
    api: unknown(),
    license: open(ref('olmo-2'), 'Apache-2.0 (the record).'),
  }),
  'olmo-3': single(day('2025-11-20'), {
    baseWeights: open(OLMO3, 'Olmo 3 7B and 32B base models on Hugging Face.'),
    endWeights: open(
      OLMO3,
      'Think and Instruct models (SFT, DPO and final RLVR checkpoints) on Hugging Face.',
    ),
    trainingCode: open(
      OLMO3,
      'Official training scripts for every stage (Apache-2.0); post-training in open-instruct.',
    ),
    trainingDataBase: open(
      OLMO3,
      'Dolma 3, Dolmino and Longmino mixes on Hugging Face, with the exact mix files.',
    ),
    trainingDataFineTuning: partial(
      src(
        'https://github.com/allenai/open-instruct/blob/main/scripts/slurm/sft/README.md',
        'open-instruct SFT scripts',
      ),
      'SFT data (allenai/Dolci-Instruct-SFT, Dolci-Think-SFT) on Hugging Face; preference and RL data not checked.',
    ),
    inferenceCode: open(OLMO_CORE, 'Apache-2.0.'),
    architecture: open(
      OLMO3,
      'Layers, hidden size, heads, KV heads and context per size, and H100 counts per stage.',
    ),
    technicalReport: open(
      src('https://arxiv.org/abs/2512.13961', 'OLMo 3 (arXiv 2512.13961, cited by open-instruct)'),
      'Report on the release.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(OLMO_CORE, 'Weights on Hugging Face.'),
    api: unknown(),
    license: open(ref('olmo-3'), 'Apache-2.0 (the record).'),
  }),
};

// ---------------------------------------------------------------------------------------------
// Moonshot AI. MoonshotAI/Kimi-K2 and Kimi-K2.5 READMEs; K2 Thinking from its record.
const KIMI = src('https://github.com/MoonshotAI/Kimi-K2', 'MoonshotAI/Kimi-K2 README');
const KIMI25 = src('https://github.com/MoonshotAI/Kimi-K2.5', 'MoonshotAI/Kimi-K2.5 README');
const MODIFIED_MIT = 'Modified MIT License (attribution required above a usage threshold).';

const MOONSHOT: Record<string, OpennessGradeEntry[]> = {
  'kimi-k2': single(day('2025-07-11'), {
    baseWeights: open(KIMI, 'Kimi-K2-Base released.'),
    endWeights: open(KIMI, 'Kimi-K2-Instruct released.'),
    trainingCode: closed(KIMI, 'The repository holds the README, docs and report only.'),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: partial(
      src(
        'https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/LICENSE',
        'Kimi-K2-Instruct on Hugging Face',
      ),
      'Custom model code ships in the weights repository (loaded with trust_remote_code) under the Modified MIT License.',
    ),
    architecture: partial(
      KIMI,
      'MoE with 1T total / 32B activated parameters, 61 layers, 384 experts (8 selected, 1 shared); no training hardware.',
    ),
    technicalReport: open(
      src('https://arxiv.org/abs/2507.20534', 'Kimi K2 report (arXiv 2507.20534)'),
      'Full report linked from the README.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(KIMI, 'Weights on Hugging Face.'),
    api: open(KIMI, 'API on platform.moonshot.ai.'),
    license: partial(KIMI, MODIFIED_MIT),
  }),
  'kimi-k2-thinking': single(day('2025-11-06'), {
    ...openRecordOnly(
      'kimi-k2-thinking',
      partial(ref('kimi-k2-thinking'), `${MODIFIED_MIT} (the record).`),
    ),
    api: open(
      src('https://www.promptfoo.dev/docs/providers/moonshot/', 'promptfoo: Moonshot provider'),
      'Served on the Moonshot API as kimi-k2-thinking until it was discontinued in 2026.',
    ),
  }),
  'kimi-k2.5': single(month('2026-01'), {
    baseWeights: unknown('Built on Kimi-K2-Base by continual pre-training; no K2.5 base named.'),
    endWeights: open(KIMI25, 'Kimi K2.5 weights on Hugging Face.'),
    trainingCode: closed(KIMI25, 'The repository holds the README, docs and report only.'),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: unknown(),
    architecture: partial(
      KIMI25,
      'MoE with 1T total / 32B activated parameters, 61 layers, 384 experts; continual pre-training on about 15T tokens atop Kimi-K2-Base; no hardware.',
    ),
    technicalReport: open(
      src(
        'https://github.com/MoonshotAI/Kimi-K2.5/blob/main/tech_report.pdf',
        'Kimi K2.5 full report',
      ),
      'In the repository.',
    ),
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(KIMI25, 'Weights on Hugging Face.'),
    api: open(KIMI25, 'API on platform.moonshot.ai.'),
    license: partial(KIMI25, `${MODIFIED_MIT} The record has no license.`),
  }),
};

// ---------------------------------------------------------------------------------------------
// Zhipu AI (Z.ai). zai-org/GLM-4.5 (covers 4.5, 4.6, 4.7) and zai-org/GLM-5 READMEs.
const GLM45 = src('https://github.com/zai-org/GLM-4.5', 'zai-org/GLM-4.5 README');
const GLM5 = src('https://github.com/zai-org/GLM-5', 'zai-org/GLM-5 README');
const GLM_REPORT = open(
  src('https://arxiv.org/abs/2508.06471', 'GLM-4.5 technical report (arXiv 2508.06471)'),
  'Linked from the README.',
);

function glm(
  base: ComponentEvidence,
  technicalReport: ComponentEvidence,
  license: ComponentEvidence,
  repo: Source,
): ComponentEvidenceSet {
  return {
    baseWeights: base,
    endWeights: open(repo, 'Weights on Hugging Face and ModelScope.'),
    trainingCode: unknown(),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: open(
      repo,
      'Inference examples in an Apache-2.0 repository; model code also in Transformers, vLLM and SGLang.',
    ),
    architecture: partial(repo, 'Total and active parameters of the MoE; no hardware.'),
    technicalReport,
    peerReviewedPaper: unknown(),
    modelCard: unknown(),
    dataSheet: unknown(),
    package: open(repo, 'Weights on Hugging Face and ModelScope.'),
    api: open(repo, 'Z.ai API platform.'),
    license,
  };
}

const ZHIPU: Record<string, OpennessGradeEntry[]> = {
  'glm-4.5': single(
    day('2025-07-28'),
    glm(
      open(GLM45, 'GLM-4.5-Base on Hugging Face.'),
      GLM_REPORT,
      open(GLM45, 'MIT ("can be used commercially").'),
      GLM45,
    ),
  ),
  'glm-4.5-air': single(
    day('2025-07-28'),
    glm(
      open(GLM45, 'GLM-4.5-Air-Base on Hugging Face.'),
      GLM_REPORT,
      open(GLM45, 'MIT ("can be used commercially").'),
      GLM45,
    ),
  ),
  'glm-4.6': single(
    month('2025-09'),
    glm(
      unknown('No GLM-4.6 base model is listed.'),
      unknown('The README links the GLM-4.5 report only.'),
      open(ref('glm-4.6'), 'MIT (the record).'),
      GLM45,
    ),
  ),
  'glm-5': single(day('2026-02-11'), {
    ...glm(
      unknown('No GLM-5 base model is listed.'),
      open(
        src('https://arxiv.org/abs/2602.15763', 'GLM-5 technical report (arXiv 2602.15763)'),
        'Linked from the README.',
      ),
      open(ref('glm-5'), 'MIT (the record).'),
      GLM5,
    ),
    trainingCode: partial(
      GLM5,
      'The asynchronous RL framework used (slime, THUDM/slime) is public; no pre-training code or configuration.',
    ),
  }),
};

/** Every model's dated grade sets, by reference model id. */
export const opennessComponentCuration: Record<string, OpennessGradeEntry[]> = {
  ...META,
  ...OPENAI,
  ...GOOGLE,
  ...ANTHROPIC,
  ...MISTRAL,
  ...DEEPSEEK,
  ...ALIBABA,
  ...XAI,
  ...MICROSOFT,
  ...NVIDIA,
  ...COHERE,
  ...AMAZON,
  ...IBM,
  ...AI2,
  ...MOONSHOT,
  ...ZHIPU,
};
