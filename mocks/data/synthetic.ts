import { dayNumber, isoFromDayNumber, preciseDayNumber } from '@/domain/dates';
import type { Channel } from '@/domain/schema/channel';
import type { Dataset } from '@/domain/schema/dataset';
import type { Direction, EventType, RiskEvent } from '@/domain/schema/event';
import type { Modality, Model, OpennessEntry, StatusEntry } from '@/domain/schema/model';
import type { PreciseDate } from '@/domain/schema/precise-date';
import type { Provider, ProviderKind } from '@/domain/schema/provider';
import {
  OPENNESS_COMPONENT_KEYS,
  type ComponentGrade,
  type OpennessComponentKey,
} from '@/domain/openness/openness-components';
import {
  GRADE_CODE,
  defaultOpennessValues,
  type ModelOpenness,
  type ServedComponent,
  type ServedComponentSet,
  type ServedGradeSet,
} from '@/domain/openness/model-openness';
import { channelsFor, type WeightsAvailability } from './curation/models';

/*
 * Synthetic records for performance work (`?mock=scale:N`): N models, N/10 events and N/100
 * providers (at least one), generated from a fixed seed so the same N always gives the same data.
 * Every record has an id starting `syn-` and `synthetic: true`. The spread imitates the real data:
 * mostly closed or permissively licensed models, families of one to four sizes, some unknown
 * modalities and context windows, and some deprecations, retirements and openness changes.
 */

const SEED = 0x2026_1126;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
/** A picker by weight over `[[value, weight], ...]`, with the cumulative weights computed once. */
function weighted<T>(table: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const values = table.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of table) {
    total += w;
    cumulative.push(total);
  }
  return (rng) => {
    const r = rng() * total;
    let i = 0;
    while (i < cumulative.length - 1 && r >= (cumulative[i] ?? total)) i += 1;
    const value = values[i];
    if (value === undefined) throw new Error('pick from an empty table');
    return value;
  };
}
const pad = (n: number, width: number) => String(n).padStart(width, '0');

const FIRST_DAY = dayNumber('2023-01-01');
const LAST_DAY = dayNumber('2026-11-26');

// ISO strings of every day in range, built once: Date#toISOString per record dominated the run time.
let isoDays: string[] | null = null;
function isoOf(day: number): string {
  if (!isoDays) {
    isoDays = [];
    for (let d = FIRST_DAY; d <= LAST_DAY; d += 1) isoDays.push(isoFromDayNumber(d));
  }
  return isoDays[day - FIRST_DAY] ?? isoFromDayNumber(day);
}

// One read-only date object per day and per month, shared by every record of that date: a new
// object per record was garbage for the collector and memory in the page at 100,000 models.
const dayDates = new Map<number, PreciseDate>();
const monthDates = new Map<string, PreciseDate>();
function dateOf(day: number, monthOnly: boolean): PreciseDate {
  const iso = isoOf(day);
  if (monthOnly) {
    const month = iso.slice(0, 7);
    let date = monthDates.get(month);
    if (!date) monthDates.set(month, (date = { date: month, precision: 'month' }));
    return date;
  }
  let date = dayDates.get(day);
  if (!date) dayDates.set(day, (date = { date: iso, precision: 'day' }));
  return date;
}

const COUNTRIES = [
  'United States',
  'China',
  'France',
  'Canada',
  'United Kingdom',
  'Germany',
  'Japan',
  'South Korea',
];
const pickKind = weighted<ProviderKind>([
  ['startup', 6],
  ['big-tech', 3],
  ['frontier-lab', 2],
  ['nonprofit', 1],
]);
const CLOUDS = [
  'Amazon Bedrock',
  'Microsoft Azure',
  'Google Vertex AI',
  'Oracle OCI',
  'IBM watsonx',
];

interface Terms {
  weights: WeightsAvailability;
  license: string | null;
  restrictions: string[];
  training: boolean;
  /** Which table of plausible component grades the model draws from (`PROFILES`). */
  profile: Profile;
}
// License texts that `licenseTier` reads: permissive, restricted-commercial, non-commercial,
// proprietary and unknown (open weights, no license), in roughly the real data's proportions.
const pickTerms = weighted<Terms>([
  [
    {
      weights: 'closed-weight',
      license: 'Proprietary',
      restrictions: ['API terms of use'],
      training: false,
      profile: 'closed',
    },
    30,
  ],
  [
    {
      weights: 'API-only',
      license: 'Proprietary',
      restrictions: ['API terms of use'],
      training: false,
      profile: 'closed',
    },
    10,
  ],
  [
    {
      weights: 'restricted-access',
      license: 'Proprietary',
      restrictions: ['Named partners only'],
      training: false,
      profile: 'preview',
    },
    2,
  ],
  [
    {
      weights: 'open-weight',
      license: 'Apache-2.0',
      restrictions: [],
      training: false,
      profile: 'permissive',
    },
    20,
  ],
  [
    {
      weights: 'open-weight',
      license: 'MIT',
      restrictions: [],
      training: false,
      profile: 'permissive',
    },
    8,
  ],
  [
    {
      weights: 'open-weight',
      license: 'Apache-2.0',
      restrictions: ['None; training data and code also released'],
      training: true,
      profile: 'open-source',
    },
    2,
  ],
  [
    {
      weights: 'open-weight',
      license: 'Synthetic Community License',
      restrictions: [
        'Licensees with more than 700M monthly active users must request a separate license',
        'Acceptable Use Policy',
      ],
      training: false,
      profile: 'community',
    },
    10,
  ],
  [
    {
      weights: 'open-weight',
      license: 'Synthetic Open Model License',
      restrictions: ['Acceptable Use Policy'],
      training: false,
      profile: 'open-model',
    },
    5,
  ],
  [
    {
      weights: 'open-weight',
      license: 'CC-BY-NC-4.0',
      restrictions: ['Non-commercial use only'],
      training: false,
      profile: 'non-commercial',
    },
    5,
  ],
  [
    {
      weights: 'open-weight',
      license: 'Synthetic Research License',
      restrictions: ['Research use only'],
      training: false,
      profile: 'non-commercial',
    },
    3,
  ],
  [
    {
      weights: 'open-weight',
      license: null,
      restrictions: [],
      training: false,
      profile: 'no-license',
    },
    5,
  ],
]);

type Profile =
  | 'closed'
  | 'preview'
  | 'permissive'
  | 'open-source'
  | 'community'
  | 'open-model'
  | 'non-commercial'
  | 'no-license';

/** Odds of open, partial, closed and unknown for one component. */
type Odds = readonly [open: number, partial: number, closed: number, unknown: number];

const CLOSED_ALWAYS: Odds = [0, 0, 1, 0];
const OPEN_ALWAYS: Odds = [1, 0, 0, 0];
/** Documentation of a closed model: a system card at best, often not found. */
const CLOSED_DOCS: Partial<Record<OpennessComponentKey, Odds>> = {
  architecture: [0, 2, 5, 3],
  technicalReport: [0, 5, 3, 2],
  peerReviewedPaper: [0, 0, 6, 4],
  modelCard: [0, 6, 2, 2],
  dataSheet: [0, 2, 5, 3],
};
/** Documentation of an open-weight model: model cards and reports are common, papers rare. */
const OPEN_DOCS: Partial<Record<OpennessComponentKey, Odds>> = {
  trainingCode: [1, 3, 4, 4],
  trainingDataBase: [0, 2, 6, 3],
  trainingDataFineTuning: [0, 2, 5, 4],
  inferenceCode: [6, 2, 0, 2],
  architecture: [5, 3, 0, 2],
  technicalReport: [5, 2, 1, 3],
  peerReviewedPaper: [1, 0, 5, 4],
  modelCard: [6, 2, 0, 2],
  dataSheet: [1, 2, 4, 4],
  baseWeights: [5, 0, 3, 2],
  api: [5, 1, 1, 3],
};

/**
 * Plausible grades per kind of release, imitating the graded real data: a closed model has no
 * weights, code, data or download and proprietary terms; an open-weight model's license grade
 * follows its tier; gated community weights are partial. Unknowns appear where the real data has
 * them (papers, data sheets, training code).
 */
const PROFILES: Record<Profile, Partial<Record<OpennessComponentKey, Odds>>> = {
  closed: { ...CLOSED_DOCS, api: [9, 1, 0, 0] },
  preview: { ...CLOSED_DOCS, api: [0, 1, 0, 0] },
  permissive: { ...OPEN_DOCS, endWeights: OPEN_ALWAYS, package: OPEN_ALWAYS, license: OPEN_ALWAYS },
  'open-source': {
    ...OPEN_DOCS,
    baseWeights: OPEN_ALWAYS,
    endWeights: OPEN_ALWAYS,
    trainingCode: OPEN_ALWAYS,
    trainingDataBase: [3, 1, 0, 0],
    trainingDataFineTuning: [3, 1, 0, 0],
    inferenceCode: OPEN_ALWAYS,
    dataSheet: [3, 1, 0, 1],
    package: OPEN_ALWAYS,
    license: OPEN_ALWAYS,
  },
  community: {
    ...OPEN_DOCS,
    baseWeights: [0, 3, 1, 1],
    endWeights: [1, 3, 0, 0],
    inferenceCode: [2, 5, 0, 1],
    package: [1, 3, 0, 0],
    license: [0, 1, 0, 0],
  },
  'open-model': {
    ...OPEN_DOCS,
    endWeights: OPEN_ALWAYS,
    package: OPEN_ALWAYS,
    license: [0, 1, 0, 0],
  },
  'non-commercial': {
    ...OPEN_DOCS,
    endWeights: OPEN_ALWAYS,
    package: OPEN_ALWAYS,
    license: CLOSED_ALWAYS,
  },
  'no-license': {
    ...OPEN_DOCS,
    endWeights: OPEN_ALWAYS,
    package: OPEN_ALWAYS,
    license: [0, 0, 0, 1],
  },
};

const GRADE_ORDER: readonly ComponentGrade[] = ['open', 'partial', 'closed', 'unknown'];
// One shared, read-only object per grade: synthetic components carry no evidence.
const GRADE_ONLY: Record<ComponentGrade, ServedComponent> = {
  open: { grade: 'open' },
  partial: { grade: 'partial' },
  closed: { grade: 'closed' },
  unknown: { grade: 'unknown' },
};
const PICK_GRADE: Record<
  Profile,
  Record<OpennessComponentKey, (rng: Rng) => ComponentGrade>
> = Object.fromEntries(
  (Object.keys(PROFILES) as Profile[]).map((profile) => [
    profile,
    Object.fromEntries(
      OPENNESS_COMPONENT_KEYS.map((key) => {
        const odds = PROFILES[profile][key] ?? CLOSED_ALWAYS;
        return [key, weighted(GRADE_ORDER.map((g, i) => [g, odds[i] ?? 0] as const))];
      }),
    ),
  ]),
) as Record<Profile, Record<OpennessComponentKey, (rng: Rng) => ComponentGrade>>;

/** The pickers of a profile in the order of OPENNESS_COMPONENT_KEYS. */
const PICK_GRADE_LIST = Object.fromEntries(
  (Object.keys(PICK_GRADE) as Profile[]).map((profile) => [
    profile,
    OPENNESS_COMPONENT_KEYS.map((key) => PICK_GRADE[profile][key]),
  ]),
) as Record<Profile, ((rng: Rng) => ComponentGrade)[]>;

/**
 * A component set drawn for `profile`, with its grade code (`gradeCode`). Sets of the same grades
 * are one shared, read-only object (`interned`, per generated data set): many releases share
 * their grades, and each distinct set is made once.
 */
function syntheticGrades(
  rng: Rng,
  profile: Profile,
  interned: Map<number, ServedComponentSet>,
): { set: ServedComponentSet; code: number } {
  const pickers = PICK_GRADE_LIST[profile];
  let code = 0;
  for (let i = 0; i < pickers.length; i++) {
    const grade = (pickers[i] as (rng: Rng) => ComponentGrade)(rng);
    GRADE_SCRATCH[i] = grade;
    code |= GRADE_CODE[grade] << (2 * i);
  }
  let set = interned.get(code);
  if (!set) {
    const made = {} as Record<OpennessComponentKey, ServedComponent>;
    OPENNESS_COMPONENT_KEYS.forEach((key, i) => {
      made[key] = GRADE_ONLY[GRADE_SCRATCH[i] ?? 'unknown'];
    });
    set = made as ServedComponentSet;
    interned.set(code, set);
  }
  return { set, code };
}
const GRADE_SCRATCH: ComponentGrade[] = [];

/** Before its weights are published, a release that opens later is closed on every availability component. */
function closedBeforeOpening(open: ServedComponentSet): ServedComponentSet {
  return {
    ...open,
    baseWeights: GRADE_ONLY.closed,
    endWeights: GRADE_ONLY.closed,
    trainingCode: GRADE_ONLY.closed,
    inferenceCode: GRADE_ONLY.closed,
    package: GRADE_ONLY.closed,
    license: GRADE_ONLY.closed,
    api: GRADE_ONLY.open,
  };
}

const pickModalities = weighted<{ input: Modality[]; output: Modality[] } | null>([
  [{ input: ['text'], output: ['text'] }, 45],
  [{ input: ['text', 'image'], output: ['text'] }, 25],
  [{ input: ['text', 'image', 'audio', 'video'], output: ['text'] }, 8],
  [{ input: ['text', 'code'], output: ['text', 'code'] }, 5],
  [{ input: ['text', 'image', 'audio'], output: ['text', 'audio'] }, 4],
  [null, 13],
]);
const pickContext = weighted<number | null>([
  [8_192, 6],
  [32_000, 12],
  [128_000, 30],
  [200_000, 10],
  [256_000, 10],
  [1_000_000, 10],
  [1_048_576, 4],
  [null, 18],
]);
const pickMembers = weighted<number>([
  [1, 5],
  [2, 3],
  [3, 2],
  [4, 1],
]);
const SIZES = ['1B', '3B', '8B', '14B', '32B', '70B', '120B', '400B'];

const pickEventKind = weighted<{ type: EventType; direction: Direction; severities: number[] }>([
  [{ type: 'model-launch', direction: 'neutral', severities: [0] }, 40],
  [{ type: 'pricing-change', direction: 'neutral', severities: [0] }, 8],
  [{ type: 'corporate', direction: 'neutral', severities: [0] }, 5],
  [{ type: 'open-to-closed', direction: 'toward-closed', severities: [3, 4, 5] }, 4],
  [{ type: 'closed-to-open', direction: 'toward-open', severities: [2, 3, 4] }, 4],
  [{ type: 'license-change', direction: 'toward-closed', severities: [2, 3] }, 3],
  [{ type: 'license-change', direction: 'toward-open', severities: [2, 3, 4] }, 4],
  [{ type: 'deprecation', direction: 'neutral', severities: [2] }, 10],
  [{ type: 'retirement', direction: 'neutral', severities: [2, 4] }, 6],
  [{ type: 'outage', direction: 'neutral', severities: [3] }, 5],
  [{ type: 'security-incident', direction: 'neutral', severities: [4] }, 2],
  [{ type: 'regulatory', direction: 'neutral', severities: [2, 3, 4] }, 6],
  [{ type: 'strategy', direction: 'neutral', severities: [0] }, 3],
]);

// One shared, read-only evidence object: a distinct object per record would only add garbage
// for the collector at 100,000 records.
const SYNTHETIC_EVIDENCE = {
  sources: [{ url: 'https://example.com/synthetic', label: 'Synthetic record' }],
  confidence: 'recalled' as const,
  unverifiedFields: [],
};

function makeProvider(rng: Rng, i: number): Provider {
  const id = `syn-p-${pad(i + 1, 4)}`;
  const channels: Channel[] = [{ kind: 'own-api', name: `Synthetic API ${i + 1}` }];
  if (rng() < 0.7) channels.push({ kind: 'weights-download', name: 'Hugging Face' });
  const clouds = int(rng, 0, 3);
  for (let c = 0; c < clouds; c += 1) {
    const name = CLOUDS[(i + c) % CLOUDS.length] ?? 'Amazon Bedrock';
    channels.push({ kind: 'cloud', name });
  }
  if (rng() < 0.5) channels.push({ kind: 'own-app', name: `Synthetic Chat ${i + 1}` });
  return {
    id,
    name: `Synthetic Lab ${i + 1}`,
    shortName: `Syn ${i + 1}`,
    hqCountry: pick(rng, COUNTRIES),
    hqCity: null,
    kind: pickKind(rng),
    accessChannels: channels,
    accessChannelsText: channels.map((c) => `${c.kind} (${c.name ?? 'unnamed'})`),
    notes: null,
    ...SYNTHETIC_EVIDENCE,
    synthetic: true,
  };
}

function entry(
  from: PreciseDate,
  terms: Terms,
  channels: Channel[],
  eventId: string | null,
): OpennessEntry {
  return {
    from,
    weights: terms.weights === 'open-weight' ? 'open' : 'closed',
    license: terms.license,
    restrictions: terms.restrictions,
    channels,
    trainingCodePublished: terms.training,
    trainingDataPublished: terms.training,
    eventId,
  };
}

/** Events in date order; the day numbers are computed once, not in every comparison. */
function sortByDate(events: RiskEvent[]): RiskEvent[] {
  const keyed = events.map((event, index) => ({ event, day: preciseDayNumber(event.date), index }));
  keyed.sort((a, b) => a.day - b.day || a.index - b.index);
  return keyed.map((k) => k.event);
}

const CLOSED: Terms = {
  weights: 'closed-weight',
  license: 'Proprietary',
  restrictions: ['API terms of use'],
  training: false,
  profile: 'closed',
};

/** `base` plus `n` synthetic models, floor(n/10) events and max(1, floor(n/100)) providers. */
export function withSynthetic(base: Dataset, n: number): Dataset {
  const steps = synthesize(base, n, () => undefined);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `withSynthetic` in slices of about `sliceMs` milliseconds with `pause()` awaited between them,
 * so that making 100,000 models never blocks the page for long (ADR 0013). The same data.
 * `onEarly` receives the data set with its synthetic providers and events, and the base models
 * only, as soon as those are made: the events depend on the models only through each model's id
 * and provider, which a quick first pass draws (a few tens of milliseconds), so the providers and
 * events can be served while the models are still being made.
 */
export async function withSyntheticInSlices(
  base: Dataset,
  n: number,
  pause: () => Promise<void>,
  sliceMs = 8,
  onEarly: (early: Dataset) => void = () => undefined,
): Promise<Dataset> {
  const steps = synthesize(base, n, onEarly);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/**
 * What the main generator draws for one family, in the order it draws it. Every draw of the main
 * generator is here: the first pass (`drawFamilies`) draws them all without making a record, and
 * the models are then made from the draws (their grades come from a generator of their own).
 */
interface FamilyDraw {
  providerIndex: number;
  members: number;
  releaseDay: number;
  monthOnly: boolean;
  terms: Terms;
  opensLater: boolean;
  openDay: number;
  modalities: { input: Modality[]; output: Modality[] } | null;
  contextWindow: number | null;
  deprecated: boolean;
  deprecatedDay: number;
  retired: boolean;
  retiredDay: number;
}

function drawFamily(rng: Rng, providerCount: number, left: number): FamilyDraw {
  const providerIndex = Math.floor(rng() * providerCount);
  const members = Math.min(left, pickMembers(rng));
  const releaseDay = int(rng, FIRST_DAY, LAST_DAY - 30);
  const monthOnly = rng() < 0.1;
  const terms = pickTerms(rng);
  // A few closed-at-launch models publish their weights later (like Grok 2 and Phi-4).
  const opensLater = terms.weights === 'open-weight' && rng() < 0.05;
  const openDay = int(rng, releaseDay + 1, LAST_DAY);
  const modalities = pickModalities(rng);
  const contextWindow = pickContext(rng);
  // Deprecations and retirements: about 12% deprecated, half of those later retired.
  const deprecated = rng() < 0.12;
  const deprecatedDay = int(rng, releaseDay + 30, LAST_DAY);
  const retired = deprecated && deprecatedDay < LAST_DAY && rng() < 0.5;
  const retiredDay = int(rng, deprecatedDay + 1, Math.min(LAST_DAY, deprecatedDay + 365));
  return {
    providerIndex,
    members,
    releaseDay,
    monthOnly,
    terms,
    opensLater,
    openDay,
    modalities,
    contextWindow,
    deprecated,
    deprecatedDay,
    retired,
    retiredDay,
  };
}

// The texts of the few distinct values each draw gives, made once per value rather than per family.
const textsOfModalities = new Map<
  { input: Modality[]; output: Modality[] } | null,
  string | null
>();
function modalitiesTextOf(modalities: { input: Modality[]; output: Modality[] } | null) {
  let text = textsOfModalities.get(modalities);
  if (text === undefined) {
    text = modalities
      ? `${modalities.input.join(', ')} in; ${modalities.output.join(', ')} out`
      : null;
    textsOfModalities.set(modalities, text);
  }
  return text;
}
const textsOfContext = new Map<number | null, string | null>();
function contextWindowTextOf(contextWindow: number | null) {
  let text = textsOfContext.get(contextWindow);
  if (text === undefined) {
    text = contextWindow === null ? null : `${contextWindow} tokens`;
    textsOfContext.set(contextWindow, text);
  }
  return text;
}
const wordsOfEventType = new Map<EventType, string>();
function eventWords(type: EventType): string {
  let words = wordsOfEventType.get(type);
  if (words === undefined) {
    words = type.replace(/-/g, ' ');
    wordsOfEventType.set(type, words);
  }
  return words;
}

const modelId = (index: number) => `syn-m-${pad(index + 1, 6)}`;

/**
 * The generator behind both: providers, the families' draws, the events (which name a model by
 * its index: its id and provider are known from the draws), then the models. It yields every few
 * hundred records, where a pause may go, and hands the data set without its synthetic models to
 * `onEarly` once the events are made.
 */
function* synthesize(
  base: Dataset,
  n: number,
  onEarly: (early: Dataset) => void,
): Generator<void, Dataset> {
  const count = Math.max(0, Math.floor(n));
  if (count === 0) return base;
  const rng = mulberry32(SEED);
  // Grades draw from a generator of their own, so adding them left the rest of the data as it was.
  const gradeRng = mulberry32(SEED ^ 0x0dd5_ea5e);

  const providers = Array.from({ length: Math.max(1, Math.floor(count / 100)) }, (_, i) =>
    makeProvider(rng, i),
  );

  // The first pass: every family's draws, and each model's provider by the model's index.
  const families: FamilyDraw[] = [];
  const providerOfModel = new Int32Array(count);
  for (let made = 0; made < count;) {
    if (families.length % 1024 === 0) yield;
    const family = drawFamily(rng, providers.length, count - made);
    families.push(family);
    providerOfModel.fill(family.providerIndex, made, made + family.members);
    made += family.members;
  }

  const events: RiskEvent[] = [];
  const eventCount = Math.floor(count / 10);
  for (let i = 0; i < eventCount; i += 1) {
    if (i % 256 === 0) yield;
    const id = `syn-e-${pad(i + 1, 6)}`;
    const kind = pickEventKind(rng);
    const words = eventWords(kind.type);
    const modelIndex = Math.floor(rng() * count);
    const modelProviderId = providers[providerOfModel[modelIndex] ?? 0]?.id;
    if (modelProviderId === undefined) throw new Error('no synthetic provider');
    const industryWide = kind.type === 'regulatory' && rng() < 0.3;
    const appliesTo = industryWide
      ? Array.from(new Set(Array.from({ length: int(rng, 2, 5) }, () => pick(rng, providers).id)))
      : [modelProviderId];
    const date = dateOf(int(rng, FIRST_DAY, LAST_DAY), rng() < 0.05);
    events.push({
      id,
      date,
      scheduled: false,
      providerId: industryWide ? null : modelProviderId,
      appliesTo,
      relatedModelIds: industryWide ? [] : [modelId(modelIndex)],
      type: kind.type,
      direction: kind.direction,
      severity: pick(rng, kind.severities),
      scored: true,
      title: `Synthetic ${words} ${i + 1}`,
      summary: `A synthetic ${words} event for performance work.`,
      notes: null,
      ratingNote: null,
      ...SYNTHETIC_EVIDENCE,
      hypothetical: false,
      synthetic: true,
    });
  }
  const early: Dataset = {
    ...base,
    providers: [...base.providers, ...providers],
    events: sortByDate([...base.events, ...events]),
  };
  onEarly(early);

  // The derived values depend only on the grades: computed once per distinct set of grades. A
  // release with one grade set shares its whole openness object with the others of its grades.
  const derived = new Map<number, Pick<ModelOpenness, 'score' | 'mofClass' | 'g7Tier'>>();
  const internedSets = new Map<number, ServedComponentSet>();
  const singleOpenness = new Map<number, ModelOpenness>();
  const derivedOf = (code: number, set: ServedGradeSet) => {
    let values = derived.get(code);
    if (!values) {
      // As modelOpenness gives them (a score that cannot be computed is 0), without its words.
      const d = defaultOpennessValues(set.components, code);
      values = {
        score: Number.isNaN(d.score) ? 0 : d.score,
        mofClass: d.mofClass,
        g7Tier: d.g7Tier,
      };
      derived.set(code, values);
    }
    return values;
  };
  // Every synthetic release is on or before the compile date, so the last set is in force.
  const opennessOf = (sets: ServedGradeSet[], lastCode: number): ModelOpenness => {
    const last = sets[sets.length - 1];
    if (!last) throw new Error('no synthetic grade set');
    if (sets.length === 1) {
      let shared = singleOpenness.get(lastCode);
      if (!shared) {
        shared = {
          asOf: base.compiledOn,
          ...derivedOf(lastCode, last),
          components: last.components,
          history: [],
        };
        singleOpenness.set(lastCode, shared);
      }
      return shared;
    }
    return {
      asOf: base.compiledOn,
      ...derivedOf(lastCode, last),
      components: last.components,
      history: sets,
    };
  };

  // Channels depend only on the provider and the weights: computed once per pair, cached on the
  // provider's index (a string-keyed cache cost more than the rule itself).
  const WEIGHTS: readonly WeightsAvailability[] = [
    'open-weight',
    'closed-weight',
    'API-only',
    'restricted-access',
  ];
  const channelCache = providers.map((p) => WEIGHTS.map((w) => channelsFor(w, p.accessChannels)));
  const channelsOf = (providerIndex: number, weights: WeightsAvailability): Channel[] =>
    channelCache[providerIndex]?.[WEIGHTS.indexOf(weights)] ?? [];

  const models: Model[] = [];
  for (let f = 0; f < families.length; f += 1) {
    if (f % 64 === 0) yield;
    const familyIndex = f + 1;
    const {
      providerIndex,
      members,
      releaseDay,
      monthOnly,
      terms,
      opensLater,
      openDay,
      modalities,
      contextWindow,
      deprecated,
      deprecatedDay,
      retired,
      retiredDay,
    } = families[f] as FamilyDraw;
    const provider = providers[providerIndex];
    if (!provider) throw new Error('no synthetic provider');
    const family = `syn-fam-${pad(familyIndex, 6)}`;
    const release = dateOf(releaseDay, monthOnly);
    const channels = channelsOf(providerIndex, terms.weights);

    // Members of a family share their histories (sizes of one release, read-only data).
    const statusHistory: StatusEntry[] = [{ from: release, status: 'active', eventId: null }];
    if (deprecated)
      statusHistory.push({
        from: dateOf(deprecatedDay, false),
        status: 'deprecated',
        eventId: null,
      });
    if (retired)
      statusHistory.push({ from: dateOf(retiredDay, false), status: 'retired', eventId: null });
    const opennessHistory = opensLater
      ? [
          entry(release, CLOSED, channelsOf(providerIndex, 'closed-weight'), null),
          entry(dateOf(openDay, false), terms, channels, null),
        ]
      : [entry(release, terms, channels, null)];
    const { set: grades, code } = syntheticGrades(gradeRng, terms.profile, internedSets);
    const openness = opennessOf(
      opensLater
        ? [
            { from: release, components: closedBeforeOpening(grades) },
            { from: dateOf(openDay, false), components: grades },
          ]
        : [{ from: release, components: grades }],
      code,
    );
    const modalitiesText = modalitiesTextOf(modalities);
    const contextWindowText = contextWindowTextOf(contextWindow);

    for (let s = 0; s < members; s += 1) {
      const id = modelId(models.length);
      const size = SIZES[(familyIndex + s) % SIZES.length] ?? '8B';
      models.push({
        id,
        providerId: provider.id,
        name: `Syn ${familyIndex} ${size}`,
        family,
        release,
        statusHistory,
        opennessHistory,
        modalities,
        modalitiesText,
        contextWindow,
        contextWindowText,
        parameters: size,
        notes: null,
        sources: SYNTHETIC_EVIDENCE.sources,
        confidence: SYNTHETIC_EVIDENCE.confidence,
        unverifiedFields: SYNTHETIC_EVIDENCE.unverifiedFields,
        openness,
        synthetic: true,
      });
    }
  }

  return { ...early, models: [...base.models, ...models] };
}
