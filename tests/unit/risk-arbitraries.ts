import fc from 'fast-check';
import { dayNumber, isoFromDayNumber } from '@/domain/dates';
import { FACTOR_KEYS, type RiskSettings } from '@/domain/risk/settings';
import type { Channel } from '@/domain/schema/channel';
import type { Dataset } from '@/domain/schema/dataset';
import type { Direction, EventType, RiskEvent } from '@/domain/schema/event';
import type { Model, OpennessEntry, StatusEntry } from '@/domain/schema/model';
import type { PreciseDate } from '@/domain/schema/precise-date';
import type { Provider } from '@/domain/schema/provider';

/** Generated data spans 2023-01-01 plus up to SPAN days. */
export const BASE_DAY = dayNumber('2023-01-01');
export const SPAN = 1500;

export const SOURCES = [{ url: 'https://example.com/source', label: null }];
export const PROVIDER_IDS = ['p0', 'p1', 'p2'] as const;
const COUNTRIES = ['United States', 'France', 'China'];
const LICENSES = ['Apache-2.0', 'MIT', 'Llama 3 Community License', 'CC-BY-NC-4.0', 'Proprietary', null];
const EVENT_TYPES: EventType[] = [
  'open-to-closed',
  'closed-to-open',
  'license-change',
  'deprecation',
  'retirement',
  'outage',
  'security-incident',
  'regulatory',
  'model-launch',
];
const DIRECTIONS: Direction[] = ['toward-closed', 'toward-open', 'neutral'];

export function isoAt(offset: number): string {
  return isoFromDayNumber(BASE_DAY + offset);
}

export function preciseAt(offset: number, month: boolean): PreciseDate {
  const iso = isoAt(offset);
  return month ? { date: iso.slice(0, 7), precision: 'month' } : { date: iso, precision: 'day' };
}

export function provider(id: string, country: string): Provider {
  return {
    id,
    name: id,
    shortName: id,
    hqCountry: country,
    hqCity: null,
    kind: 'startup',
    accessChannels: [],
    accessChannelsText: [],
    notes: null,
    sources: SOURCES,
    confidence: 'verified',
    unverifiedFields: [],
  };
}

const channelArb: fc.Arbitrary<Channel[]> = fc.subarray<Channel>([
  { kind: 'own-api', name: null },
  { kind: 'cloud', name: 'Cloud A' },
  { kind: 'cloud', name: 'Cloud B' },
  { kind: 'own-app', name: null },
  { kind: 'private-preview', name: null },
]);

const entryArb = fc.record({
  offset: fc.integer({ min: 0, max: 400 }),
  weights: fc.constantFrom<'open' | 'closed'>('open', 'closed'),
  license: fc.constantFrom(...LICENSES),
  channels: channelArb,
  training: fc.boolean(),
});

export interface ModelSpec {
  provider: number;
  family: string;
  release: number;
  month: boolean;
  entries: Array<{ offset: number; weights: 'open' | 'closed'; license: string | null; channels: Channel[]; training: boolean }>;
  status: Array<{ offset: number; status: 'deprecated' | 'retired' | 'active' }>;
}

export const modelSpecArb: fc.Arbitrary<ModelSpec> = fc.record({
  provider: fc.integer({ min: 0, max: PROVIDER_IDS.length - 1 }),
  family: fc.constantFrom('f1', 'f2', 'f3'),
  release: fc.integer({ min: 0, max: SPAN }),
  month: fc.boolean(),
  entries: fc.array(entryArb, { minLength: 1, maxLength: 3 }),
  status: fc.array(
    fc.record({
      offset: fc.integer({ min: 1, max: 600 }),
      status: fc.constantFrom<'deprecated' | 'retired' | 'active'>('deprecated', 'retired', 'active'),
    }),
    { maxLength: 2 },
  ),
});

export function buildModel(spec: ModelSpec, id: string): Model {
  const release = preciseAt(spec.release, spec.month);
  const releaseDay = dayNumber(release.date);
  // The first entry starts at release; later ones at increasing offsets after it.
  let at = 0;
  const opennessHistory: OpennessEntry[] = spec.entries.map((e, i) => {
    at = i === 0 ? 0 : at + e.offset + 1;
    const weights = e.weights;
    return {
      from: i === 0 ? release : { date: isoFromDayNumber(releaseDay + at), precision: 'day' },
      weights,
      license: weights === 'closed' ? 'Proprietary' : e.license,
      restrictions: [],
      channels: weights === 'open' ? [{ kind: 'weights-download', name: 'Hub' }, ...e.channels] : e.channels,
      trainingCodePublished: e.training,
      trainingDataPublished: e.training,
      eventId: null,
    };
  });
  let st = 0;
  const statusHistory: StatusEntry[] = [
    { from: release, status: 'active', eventId: null },
    ...spec.status.map((s) => {
      st += s.offset;
      return { from: { date: isoFromDayNumber(releaseDay + st), precision: 'day' as const }, status: s.status, eventId: null };
    }),
  ];
  return {
    id,
    providerId: PROVIDER_IDS[spec.provider] ?? 'p0',
    name: id,
    family: spec.family,
    release,
    statusHistory,
    opennessHistory,
    modalities: { input: ['text'], output: ['text'] },
    modalitiesText: null,
    contextWindow: null,
    contextWindowText: null,
    parameters: null,
    notes: null,
    sources: SOURCES,
    confidence: 'verified',
    unverifiedFields: [],
  };
}

export interface EventSpec {
  day: number;
  month: boolean;
  provider: number;
  industry: boolean;
  also: number[];
  type: EventType;
  direction: Direction;
  severity: number;
  scored: boolean;
}

export const eventSpecArb: fc.Arbitrary<EventSpec> = fc.record({
  day: fc.integer({ min: 0, max: SPAN + 200 }),
  month: fc.boolean(),
  provider: fc.integer({ min: 0, max: PROVIDER_IDS.length - 1 }),
  industry: fc.boolean(),
  also: fc.subarray([0, 1, 2]),
  type: fc.constantFrom(...EVENT_TYPES),
  direction: fc.constantFrom(...DIRECTIONS),
  severity: fc.integer({ min: 0, max: 5 }),
  scored: fc.boolean(),
});

export function buildEvent(spec: EventSpec, id: string): RiskEvent {
  const own = PROVIDER_IDS[spec.provider] ?? 'p0';
  const appliesTo = spec.industry ? spec.also.map((i) => PROVIDER_IDS[i] ?? 'p0') : [own];
  return {
    id,
    date: preciseAt(spec.day, spec.month),
    scheduled: false,
    providerId: spec.industry ? null : own,
    appliesTo,
    relatedModelIds: [],
    type: spec.type,
    direction: spec.direction,
    severity: spec.severity,
    scored: spec.scored,
    title: id,
    summary: id,
    notes: null,
    ratingNote: null,
    sources: SOURCES,
    confidence: 'verified',
    unverifiedFields: [],
    hypothetical: false,
  };
}

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    countries: fc.array(fc.constantFrom(...COUNTRIES), { minLength: 3, maxLength: 3 }),
    models: fc.array(modelSpecArb, { maxLength: 8 }),
    events: fc.array(eventSpecArb, { maxLength: 8 }),
  })
  .map(({ countries, models, events }) => ({
    version: 'test',
    compiledOn: isoAt(SPAN),
    providers: PROVIDER_IDS.map((id, i) => provider(id, countries[i] ?? 'France')),
    models: models.map((m, i) => buildModel(m, `m${i}`)),
    events: events.map((e, i) => buildEvent(e, `e${i}`)),
  }));

export const settingsArb: fc.Arbitrary<RiskSettings> = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
    halfLifeDays: fc.integer({ min: 30, max: 3650 }),
    home: fc.constantFrom<string | null>(null, 'United States', 'France'),
    override: fc.option(fc.integer({ min: 0, max: 100 })),
  })
  .filter(({ weights }) => weights.slice(0, 5).some((w) => w > 0))
  .map(({ weights, halfLifeDays, home, override }) => {
    const w = {} as RiskSettings['weights'];
    FACTOR_KEYS.forEach((k, i) => (w[k] = weights[i] ?? 0));
    return {
      weights: w,
      halfLifeDays,
      jurisdiction: { home, overrides: override === null ? {} : ({ China: override } as Record<string, number>) },
    };
  });

/** An as-of day offset within (and a little beyond) the generated span. */
export const asOfArb = fc.integer({ min: -30, max: SPAN + 300 });
