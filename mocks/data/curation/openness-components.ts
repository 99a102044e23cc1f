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
const llamaCard = (dir: string) => src(`${LM}/blob/main/models/${dir}/MODEL_CARD.md`, `Model card (${dir})`);
const llamaLicense = (dir: string) => src(`${LM}/blob/main/models/${dir}/LICENSE`, `License (${dir})`);
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
    trainingCode: closed(src(`${LM}#running-the-models`, 'llama-models README'), 'The repository offers inference only; no training code.'),
    trainingDataBase: closed(card, 'Described only as a mix of publicly available (and, for Llama 4, licensed and Meta) data.'),
    trainingDataFineTuning: closed(card, 'Described only as public instruction data plus human-annotated or synthetic examples; none released.'),
    inferenceCode: partial(src(`${LM}/blob/main/docs/license_header.txt`, 'llama-models license header'), LLAMA_CODE),
    architecture: open(card, 'Architecture in outline (transformer, sizes, GQA or MoE) and training hardware (GPU type and GPU hours).'),
    technicalReport: docs.technicalReport,
    peerReviewedPaper: docs.peerReviewedPaper,
    modelCard: open(card, 'Architecture, data in outline, compute, evaluations, intended use and limitations.'),
    dataSheet: closed(card, 'Only a one-line data summary and cutoff in the card; no data sheet.'),
    package: partial(llamaDownload, GATED),
    api: unknown('No API is named by the model card or the repository.'),
    license: partial(llamaLicense(dir), 'Community license with a 700M monthly-active-user clause and an acceptable use policy.'),
  };
}

const META: Record<string, OpennessGradeEntry[]> = {
  'llama-2': single(day('2023-07-18'), {
    ...llama('llama2', {
      technicalReport: open(
        src('https://ai.meta.com/research/publications/llama-2-open-foundation-and-fine-tuned-chat-models/', 'Llama 2 paper (linked from the model card)'),
        'Paper on pre-training, fine-tuning, RLHF and safety.',
      ),
      peerReviewedPaper: closed(index('llama-2-chat'), 'The openness index found no peer-reviewed paper.'),
    }),
    trainingCode: closed(src('https://github.com/meta-llama/llama', 'meta-llama/llama README'), '"A minimal example to load Llama 2 models and run inference."'),
    inferenceCode: partial(src('https://github.com/meta-llama/llama', 'meta-llama/llama README'), LLAMA_CODE),
  }),
  'llama-3': single(day('2024-04-18'), llama('llama3', {
    technicalReport: closed(index('llama-3-instruct'), 'No preprint at release (the openness index).'),
    peerReviewedPaper: closed(index('llama-3-instruct'), 'The openness index found no peer-reviewed paper.'),
  })),
  'llama-3.1': single(day('2024-07-23'), llama('llama3_1', {
    technicalReport: open(
      src('https://ai.meta.com/research/publications/the-llama-3-herd-of-models/', 'The Llama 3 Herd of Models (cited by the Llama 3.2 card)'),
      'Meta paper on the Llama 3.1 models (architecture, pre- and post-training, evaluation).',
    ),
    peerReviewedPaper: closed(index('llama-3.1'), 'The openness index found no peer-reviewed paper.'),
  })),
  'llama-3.2': single(day('2024-09-25'), llama('llama3_2', {
    technicalReport: partial(llamaCard('llama3_2'), 'The card cites the Llama 3 Herd paper and describes distillation and quantization; no 3.2 report.'),
    peerReviewedPaper: unknown(),
  })),
  'llama-3.3-70b': single(day('2024-12-06'), llama('llama3_3', {
    baseWeights: unknown('Only the 70B Instruct model is named in the release; no base checkpoint was found.'),
    technicalReport: unknown(),
    peerReviewedPaper: unknown(),
  })),
  'llama-4-scout': single(day('2025-04-05'), llama('llama4', { technicalReport: unknown(), peerReviewedPaper: unknown() })),
  'llama-4-maverick': single(day('2025-04-05'), llama('llama4', { technicalReport: unknown(), peerReviewedPaper: unknown() })),
  'muse-spark': single(day('2026-04-08'), closedRelease('muse-spark', {
    ...UNREAD_DOCS,
    api: unknown('The record names the Meta AI app and website only.'),
  })),
};

// ---------------------------------------------------------------------------------------------
// OpenAI. Closed models from their records; GPT-5's system card (arXiv 2601.03267) read in an
// abstract copy and a summary of its "Model Data and Training" section. gpt-oss from openai/gpt-oss.
const GPT5_CARD = src('https://arxiv.org/abs/2601.03267', 'GPT-5 System Card (arXiv 2601.03267)');
const GPT_OSS = src('https://github.com/openai/gpt-oss', 'openai/gpt-oss README');
const GPT_OSS_CARD = src('https://arxiv.org/abs/2508.10925', 'gpt-oss model card (arXiv 2508.10925, linked from the README)');

function gptOss(size: '120b' | '20b'): ComponentEvidenceSet {
  const hf = src(`https://huggingface.co/openai/gpt-oss-${size}`, `gpt-oss-${size} on Hugging Face (README link)`);
  return {
    baseWeights: closed(GPT_OSS, 'The release is the two post-trained reasoning models only; no base checkpoint.'),
    endWeights: open(hf, 'Public download on Hugging Face.'),
    trainingCode: closed(GPT_OSS, 'Reference inference implementations (PyTorch, Triton, Metal) and tools only.'),
    trainingDataBase: unknown('The model card was not read.'),
    trainingDataFineTuning: unknown('The model card was not read.'),
    inferenceCode: open(GPT_OSS, 'Reference implementations under Apache-2.0.'),
    architecture: partial(GPT_OSS, 'Parameters, active parameters and MoE MXFP4 quantization stated; training hardware not in the README.'),
    technicalReport: unknown('The arXiv model card is the report; its contents were not read.'),
    peerReviewedPaper: unknown(),
    modelCard: open(GPT_OSS_CARD, 'A model card published on arXiv.', 'recalled'),
    dataSheet: unknown(),
    package: open(GPT_OSS, '`pip install gpt-oss`; weights on Hugging Face.'),
    api: unknown('The README names third-party and local serving, not an OpenAI API.'),
    license: open(GPT_OSS, 'Apache-2.0.'),
  };
}

const OPENAI: Record<string, OpennessGradeEntry[]> = {
  'gpt-4': single(day('2023-03-14'), closedRelease('gpt-4', {
    ...UNREAD_DOCS,
    architecture: closed(ref('gpt-4'), 'The technical report withheld architecture and size (the record).'),
    technicalReport: partial(ref('gpt-4'), 'A technical report exists but withholds architecture, size and training data (the record).'),
    dataSheet: closed(ref('gpt-4'), 'Training data withheld (the record).'),
    api: unknown(),
  })),
  'gpt-4-turbo': single(day('2023-11-06'), closedRelease('gpt-4-turbo', { ...UNREAD_DOCS, api: apiFromRecord('gpt-4-turbo', 'DevDay price per 1K tokens, GA 2024-04-09') })),
  'gpt-4o': single(day('2024-05-13'), closedRelease('gpt-4o', { ...UNREAD_DOCS, api: apiFromRecord('gpt-4o', 'API aliases named in the record') })),
  o1: single(day('2024-09-12'), closedRelease('o1', { ...UNREAD_DOCS, api: apiFromRecord('o1', 'o1-pro API price') })),
  o3: single(day('2025-04-16'), closedRelease('o3', { ...UNREAD_DOCS, api: apiFromRecord('o3', 'API price cut of 2025-06-10') })),
  'gpt-4.5': single(day('2025-02-27'), closedRelease('gpt-4.5', { ...UNREAD_DOCS, api: apiFromRecord('gpt-4.5', 'API price; the API was retired on 2025-07-14') })),
  'gpt-4.1': single(day('2025-04-14'), closedRelease('gpt-4.1', { ...UNREAD_DOCS, api: apiFromRecord('gpt-4.1', 'released API-only') })),
  'gpt-oss-120b': single(day('2025-08-05'), gptOss('120b')),
  'gpt-oss-20b': single(day('2025-08-05'), gptOss('20b')),
  'gpt-5': single(day('2025-08-07'), closedRelease('gpt-5', {
    trainingDataBase: closed(GPT5_CARD, 'Described only as public internet data, third-party partner data, user and trainer data (a summary of the card read).'),
    architecture: partial(GPT5_CARD, 'A system of a fast model, a reasoning model and a router, in outline; no size or hardware.'),
    technicalReport: partial(GPT5_CARD, 'A system card on evaluations and safety, no training details.'),
    peerReviewedPaper: unknown(),
    modelCard: partial(GPT5_CARD, 'The system card serves as model card; training left out.'),
    dataSheet: partial(GPT5_CARD, 'A short section on data sources and filtering.'),
    api: apiFromRecord('gpt-5', 'launch API price; also Azure OpenAI'),
  })),
  'gpt-5.1': single(day('2025-11-12'), closedRelease('gpt-5.1', { ...UNREAD_DOCS, api: apiFromRecord('gpt-5.1', 'API price reported unchanged from GPT-5') })),
  'gpt-5.2': single(day('2025-12-11'), closedRelease('gpt-5.2', { ...UNREAD_DOCS, api: unknown() })),
};

// ---------------------------------------------------------------------------------------------
// Google. Gemini from the records (reports recalled); Gemma from google-deepmind/gemma (library
// under Apache-2.0 for Gemma 2, 3, 3n and 4, its README linking the reports and the Gemma 4 card).
const GEMMA = src('https://github.com/google-deepmind/gemma', 'google-deepmind/gemma README');
const GEMMA_TUNING = 'The library has fine-tuning and LoRA tutorials; no pre-training code.';

function gemma(
  docs: Pick<ComponentEvidenceSet, 'technicalReport' | 'modelCard' | 'license' | 'architecture'> &
    Partial<Pick<ComponentEvidenceSet, 'baseWeights' | 'endWeights' | 'package' | 'dataSheet' | 'inferenceCode'>>,
): ComponentEvidenceSet {
  return {
    baseWeights: docs.baseWeights ?? unknown('Access terms of the download not read.'),
    endWeights: docs.endWeights ?? unknown('Access terms of the download not read.'),
    trainingCode: partial(GEMMA, GEMMA_TUNING),
    trainingDataBase: unknown(),
    trainingDataFineTuning: unknown(),
    inferenceCode: docs.inferenceCode ?? open(GEMMA, 'Apache-2.0 library; "the same ChatSampler API works with all Gemma versions (2, 3, 3n, 4)".'),
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
const GEMMA_TERMS = (id: string) => partial(ref(id), 'Gemma Terms of Use with a prohibited use policy (the record).');

const GOOGLE: Record<string, OpennessGradeEntry[]> = {
  'gemini-1.0': single(day('2023-12-06'), closedRelease('gemini-1.0', {
    ...UNREAD_DOCS,
    technicalReport: partial(src('https://arxiv.org/abs/2312.11805', 'Gemini: A Family of Highly Capable Multimodal Models'), 'Report on capabilities and evaluation; training in outline.', 'recalled'),
    api: unknown(),
  })),
  'gemini-1.5-pro': single(day('2024-02-15'), closedRelease('gemini-1.5-pro', {
    ...UNREAD_DOCS,
    technicalReport: partial(src('https://arxiv.org/abs/2403.05530', 'Gemini 1.5 technical report'), 'Report on capabilities and evaluation; training in outline.', 'recalled'),
    api: unknown(),
  })),
  'gemini-2.0-flash': single(day('2024-12-11'), closedRelease('gemini-2.0-flash', { ...UNREAD_DOCS, api: unknown() })),
  'gemini-2.5-pro': single(day('2025-03-25'), closedRelease('gemini-2.5-pro', { ...UNREAD_DOCS, api: unknown() })),
  'gemini-3-pro': single(day('2025-11-18'), closedRelease('gemini-3-pro', {
    ...UNREAD_DOCS,
    api: open(ref('gemini-3-pro'), 'Vertex AI model page with preview price (the record); the preview was shut down in March 2026.'),
  })),
  'gemini-3.1-pro': single(day('2026-02-19'), closedRelease('gemini-3.1-pro', { ...UNREAD_DOCS, api: unknown() })),
  'gemma-1': single(day('2024-02-21'), gemma({
    baseWeights: partial(index('gemma-instruct'), 'Shared through Kaggle after an access request (the openness index).'),
    endWeights: partial(index('gemma-instruct'), 'Shared through Kaggle after an access request (the openness index).'),
    inferenceCode: unknown('The current library names Gemma 2 and later.'),
    architecture: partial(index('gemma-instruct'), 'Described in general terms in the model card (the openness index).'),
    technicalReport: open(src('https://goo.gle/GemmaReport', 'Gemma report (linked from the gemma README)'), 'Architecture, training and evaluation; pre-training data in general terms.'),
    modelCard: open(src('https://www.kaggle.com/models/google/gemma', 'Gemma model card (Kaggle)'), 'Model internals and evaluation (the openness index).'),
    dataSheet: closed(index('gemma-instruct'), 'No data sheet (the openness index).'),
    package: partial(index('gemma-instruct'), 'Gated through Kaggle, Vertex Model Garden and Google Cloud.'),
    license: GEMMA_TERMS('gemma-1'),
  })),
  'gemma-2': single(day('2024-06-27'), gemma({
    architecture: unknown(),
    technicalReport: open(src('https://goo.gle/gemma2report', 'Gemma 2 report (linked from the gemma README)'), 'Technical report on the release.'),
    modelCard: unknown(),
    license: GEMMA_TERMS('gemma-2'),
  })),
  'gemma-3': single(month('2025-03'), gemma({
    architecture: unknown(),
    technicalReport: open(src('https://storage.googleapis.com/deepmind-media/gemma/Gemma3Report.pdf', 'Gemma 3 report (linked from the gemma README)'), 'Technical report on the release.'),
    modelCard: unknown(),
    license: GEMMA_TERMS('gemma-3'),
  })),
  'gemma-4': single(day('2026-04-02'), gemma({
    architecture: unknown(),
    technicalReport: unknown('The gemma README links a model card, not a report, for Gemma 4.'),
    modelCard: open(src('https://ai.google.dev/gemma/docs/core/model_card_4', 'Gemma 4 model card (linked from the gemma README)'), 'Linked as the Gemma 4 documentation of capabilities and metrics.'),
    license: open(ref('gemma-4'), 'Apache-2.0 (the record).'),
  })),
};

// ---------------------------------------------------------------------------------------------
// Anthropic. All closed; the Claude 4 system card's training-data passage read as quoted by the
// Stanford Foundation Model Transparency Index report, hardware from Anthropic's transparency hub.
const CLAUDE4_CARD = src('https://www-cdn.anthropic.com/6be99a52cb68eb70eb9572b4cafad13df32ed995.pdf', 'Claude Opus 4 and Sonnet 4 system card');
const ANTHROPIC_HUB = src('https://www.anthropic.com/transparency', 'Anthropic transparency hub: model report for Claude 4');

function claude4(id: string): ComponentEvidenceSet {
  return closedRelease(id, {
    trainingDataBase: closed(CLAUDE4_CARD, '"A proprietary mix of publicly available information on the Internet, non-public data from third parties, ..." (as quoted by the FMTI 2025 report).'),
    architecture: partial(ANTHROPIC_HUB, 'Hardware and software named (AWS and Google Cloud, PyTorch, JAX, Triton); no architecture or size.'),
    technicalReport: partial(CLAUDE4_CARD, 'System card on evaluations and safety.'),
    peerReviewedPaper: unknown(),
    modelCard: partial(CLAUDE4_CARD, 'System card; training described only in general terms.'),
    dataSheet: partial(CLAUDE4_CARD, 'A passage on data sources and the crawler (robots.txt, no sign-in pages).'),
    api: apiFromRecord(id, 'price per M tokens'),
  });
}

const ANTHROPIC: Record<string, OpennessGradeEntry[]> = {
  'claude-3-opus': single(day('2024-03-04'), closedRelease('claude-3-opus', { ...UNREAD_DOCS, api: apiFromRecord('claude-3-opus', 'launch price per M tokens') })),
  'claude-3.5-sonnet': single(day('2024-06-20'), closedRelease('claude-3.5-sonnet', { ...UNREAD_DOCS, api: apiFromRecord('claude-3.5-sonnet', 'retired from the Claude API 2025-10-28') })),
  'claude-3.7-sonnet': single(day('2025-02-24'), closedRelease('claude-3.7-sonnet', { ...UNREAD_DOCS, api: apiFromRecord('claude-3.7-sonnet', '$3/$15 per M tokens') })),
  'claude-opus-4': single(day('2025-05-22'), claude4('claude-opus-4')),
  'claude-sonnet-4': single(day('2025-05-22'), claude4('claude-sonnet-4')),
  'claude-opus-4.1': single(day('2025-08-05'), closedRelease('claude-opus-4.1', { ...UNREAD_DOCS, api: apiFromRecord('claude-opus-4.1', 'model id claude-opus-4-1-20250805') })),
  'claude-sonnet-4.5': single(day('2025-09-29'), closedRelease('claude-sonnet-4.5', { ...UNREAD_DOCS, api: apiFromRecord('claude-sonnet-4.5', 'model id and price per M tokens') })),
  'claude-haiku-4.5': single(day('2025-10-15'), closedRelease('claude-haiku-4.5', { ...UNREAD_DOCS, api: apiFromRecord('claude-haiku-4.5', 'listed in the Claude API release notes') })),
  'claude-opus-4.5': single(day('2025-11-24'), closedRelease('claude-opus-4.5', { ...UNREAD_DOCS, api: apiFromRecord('claude-opus-4.5', '$5/$25 per M tokens') })),
  'claude-opus-4.6': single(month('2026-02'), closedRelease('claude-opus-4.6', { ...UNREAD_DOCS, api: apiFromRecord('claude-opus-4.6', 'model id claude-opus-4-6-20260205 (weakly sourced)') })),
  'claude-mythos-preview': single(day('2026-04-07'), closedRelease('claude-mythos-preview', {
    ...UNREAD_DOCS,
    api: partial(ref('claude-mythos-preview'), 'Restricted access for named partners only (the record).'),
  })),
};

/** Every model's dated grade sets, by reference model id (the other providers follow). */
export const opennessComponentCuration: Record<string, OpennessGradeEntry[]> = {
  ...META,
  ...OPENAI,
  ...GOOGLE,
  ...ANTHROPIC,
};
