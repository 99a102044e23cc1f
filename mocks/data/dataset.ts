import { comparePrecise } from '@/domain/dates';
import { modelOpenness } from '@/domain/openness/model-openness';
import type { Channel } from '@/domain/schema/channel';
import type { Dataset } from '@/domain/schema/dataset';
import type { RiskEvent } from '@/domain/schema/event';
import type { Model, OpennessEntry, StatusEntry } from '@/domain/schema/model';
import type { PreciseDate } from '@/domain/schema/precise-date';
import type { Provider } from '@/domain/schema/provider';
import type { Source } from '@/domain/schema/source';
import { eventCuration } from './curation/events';
import {
  channelOverrides,
  channelsFor,
  modelCuration,
  opennessChanges,
  statusChanges,
  trainingPublished,
  type WeightsAvailability,
} from './curation/models';
import { opennessComponentCuration } from './curation/openness-components';
import { PROVIDER_KIND, providerCuration } from './curation/providers';
import { sourceTierOverrides } from './curation/source-tiers';
import { COMPILED_ON, DATASET_VERSION } from './dataset-version';
import referenceJson from './reference/ai-landscape.json';

/** The reference file's shape, as far as the builder reads it. */
interface ReferenceEvidence {
  source: string;
  additional_sources: string[];
  confidence: string;
  unverified_fields?: string[];
}
interface ReferenceProvider extends ReferenceEvidence {
  id: string;
  name: string;
  hq_country: string;
  hq_city: string | null;
  type: string;
  access_channels: string[];
  notes: string | null;
}
interface ReferenceModel extends ReferenceEvidence {
  id: string;
  provider_id: string;
  name: string;
  release_date: string;
  weights_availability: string;
  license: string | null;
  license_restrictions: string[];
  parameters: string | null;
  modality: string | null;
  context_window: string | null;
  notes: string | null;
}
interface ReferenceEvent extends ReferenceEvidence {
  id: string;
  date: string;
  provider_id: string | null;
  type: string;
  summary: string;
  notes?: string;
  scheduled?: boolean;
}
interface Reference {
  providers: ReferenceProvider[];
  models: ReferenceModel[];
  events: ReferenceEvent[];
}

const reference: Reference = referenceJson;

/** A reference date "YYYY-MM-DD" or "YYYY-MM" with its precision. */
function preciseDate(date: string): PreciseDate {
  return { date, precision: date.length === 7 ? 'month' : 'day' };
}

function sources(record: ReferenceEvidence): Source[] {
  return [record.source, ...record.additional_sources].map((url) => {
    const tier = sourceTierOverrides[url]?.tier;
    // Only a reviewed exception carries a tier; every other source is tiered by the host rule.
    return tier ? { url, label: null, tier } : { url, label: null };
  });
}

function evidence(record: ReferenceEvidence) {
  // The reference only uses "verified" and "recalled"; anything else would be a data error that
  // the schema tests catch.
  const confidence = record.confidence === 'recalled' ? 'recalled' : 'verified';
  return {
    sources: sources(record),
    confidence,
    unverifiedFields: record.unverified_fields ?? [],
  } as const;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Curation missing for ${what}`);
  return value;
}

function buildProvider(p: ReferenceProvider): Provider {
  const curation = required(providerCuration[p.id], `provider ${p.id}`);
  return {
    id: p.id,
    name: p.name,
    shortName: curation.shortName,
    hqCountry: p.hq_country,
    hqCity: p.hq_city,
    kind: required(PROVIDER_KIND[p.type], `provider kind ${p.type}`),
    accessChannels: curation.accessChannels,
    accessChannelsText: p.access_channels,
    notes: p.notes,
    ...evidence(p),
  };
}

function isWeightsAvailability(value: string): value is WeightsAvailability {
  return (
    value === 'open-weight' ||
    value === 'closed-weight' ||
    value === 'API-only' ||
    value === 'restricted-access'
  );
}

function buildModel(m: ReferenceModel, providerChannels: readonly Channel[]): Model {
  const curation = required(modelCuration[m.id], `model ${m.id}`);
  if (!isWeightsAvailability(m.weights_availability)) {
    throw new Error(`Unknown weights availability ${m.weights_availability} for ${m.id}`);
  }
  const release = preciseDate(m.release_date);
  const training = trainingPublished[m.id] ?? { code: false, data: false };
  const change = opennessChanges[m.id];
  // The reference record describes the model as it is now; a model that changed openness after
  // release gets its earlier entries first and the current one from the changing event.
  const current: OpennessEntry = {
    from: change ? change.currentFrom : release,
    weights: m.weights_availability === 'open-weight' ? 'open' : 'closed',
    license: m.license,
    restrictions: m.license_restrictions,
    channels: channelOverrides[m.id] ?? channelsFor(m.weights_availability, providerChannels),
    trainingCodePublished: training.code,
    trainingDataPublished: training.data,
    eventId: change ? change.eventId : null,
  };
  const earlier: OpennessEntry[] = (change?.earlier ?? []).map((entry) => ({
    ...entry,
    trainingCodePublished: false,
    trainingDataPublished: false,
  }));
  const statusHistory: StatusEntry[] = [
    { from: release, status: 'active', eventId: null },
    ...(statusChanges[m.id] ?? []),
  ];
  return {
    id: m.id,
    providerId: m.provider_id,
    name: m.name,
    family: curation.family,
    release,
    statusHistory,
    opennessHistory: [...earlier, current],
    modalities: curation.modalities,
    modalitiesText: m.modality,
    contextWindow: curation.contextWindow,
    contextWindowText: m.context_window,
    parameters: m.parameters,
    notes: m.notes,
    ...evidence(m),
    // The grades and what derives from them, as of the compile date (the same domain functions
    // the app uses), with the dated sets for any other date.
    openness: modelOpenness(
      required(opennessComponentCuration[m.id], `openness grades of ${m.id}`),
      COMPILED_ON,
    ),
  };
}

function buildEvent(e: ReferenceEvent): RiskEvent {
  const curation = required(eventCuration[e.id], `event ${e.id}`);
  return {
    id: e.id,
    date: preciseDate(e.date),
    scheduled: e.scheduled ?? false,
    providerId: e.provider_id,
    appliesTo: curation.appliesTo ?? (e.provider_id === null ? [] : [e.provider_id]),
    relatedModelIds: curation.relatedModelIds,
    type: curation.type,
    direction: curation.direction,
    severity: curation.severity,
    scored: curation.scored,
    title: curation.title,
    summary: e.summary,
    notes: e.notes ?? null,
    ratingNote: curation.ratingNote,
    ...evidence(e),
    hypothetical: false,
  };
}

/** Builds the data set from the reference facts and the reviewed curation tables. */
export function buildDataset(): Dataset {
  const providers = reference.providers.map(buildProvider);
  const channelsByProvider = new Map(providers.map((p) => [p.id, p.accessChannels]));
  const models = reference.models.map((m) =>
    buildModel(m, channelsByProvider.get(m.provider_id) ?? []),
  );
  // Sorted by the day each event counts from; the sort is stable, so same-day events keep the
  // reference's order.
  const events = reference.events.map(buildEvent).sort((a, b) => comparePrecise(a.date, b.date));
  return { version: DATASET_VERSION, compiledOn: COMPILED_ON, providers, models, events };
}

/** The bundled data set (built once at import; the tests validate it against the schema). */
export const dataset: Dataset = buildDataset();
