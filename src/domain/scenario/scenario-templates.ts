import { dayNumber } from '../dates';
import { licenseTier, type LicenseTier } from '../license';
import { opennessLevel } from '../openness';
import { isActiveAt, opennessIdxAt, createRiskContext } from '../risk/risk-context';
import type { Channel } from '../schema/channel';
import type { Dataset } from '../schema/dataset';
import type { RiskEvent } from '../schema/event';
import type { Model, OpennessEntry } from '../schema/model';
import type { Scenario } from '../schema/scenario';
import type { Source } from '../schema/source';

/** License text a hypothetical entry carries for each tier (kept recognisable by `licenseTier`). */
export const TIER_LICENSE_TEXT: Record<LicenseTier, string | null> = {
  permissive: 'Apache-2.0',
  'restricted-commercial': 'Hypothetical community license',
  'non-commercial': 'CC-BY-NC-4.0',
  proprietary: 'Proprietary',
  unknown: null,
};

function day(iso: string) {
  return { date: iso, precision: 'day' as const };
}

/** A hypothetical event of a scenario, rated by the caller (by default, by the curated rules). */
export function hypotheticalEvent(
  fields: Pick<
    RiskEvent,
    'id' | 'type' | 'direction' | 'severity' | 'title' | 'summary' | 'relatedModelIds'
  > & {
    date: string;
    providerId: string;
    sources: Source[];
    ratingNote?: string;
  },
): RiskEvent {
  const { ratingNote = 'Hypothetical: rated by the same rules as the curated events.', ...rest } =
    fields;
  return {
    ...rest,
    date: day(fields.date),
    scheduled: false,
    appliesTo: [fields.providerId],
    scored: true,
    notes: null,
    ratingNote,
    confidence: 'recalled',
    unverifiedFields: [],
    hypothetical: true,
  };
}

/** A hypothetical model released on `date`, active from then, with one openness entry. */
export function hypotheticalModel(f: {
  id: string;
  providerId: string;
  name: string;
  family: string;
  date: string;
  weights: 'open' | 'closed';
  license: string | null;
  channels: Channel[];
  modalities: Model['modalities'];
  eventId: string;
  sources: Source[];
}): Model {
  return {
    id: f.id,
    providerId: f.providerId,
    name: f.name,
    family: f.family,
    release: day(f.date),
    statusHistory: [{ from: day(f.date), status: 'active', eventId: f.eventId }],
    opennessHistory: [
      {
        from: day(f.date),
        weights: f.weights,
        license: f.license,
        restrictions: [],
        channels: f.channels,
        trainingCodePublished: false,
        trainingDataPublished: false,
        eventId: f.eventId,
      },
    ],
    modalities: f.modalities,
    modalitiesText: null,
    contextWindow: null,
    contextWindowText: null,
    parameters: null,
    notes: 'Hypothetical model added by a scenario.',
    sources: f.sources,
    confidence: 'recalled',
    unverifiedFields: [],
    hypothetical: true,
  };
}

/** A scenario with nothing in it yet. */
export function emptyScenario(id: string, name: string, horizon: string): Scenario {
  return {
    id,
    name,
    horizon,
    models: [],
    events: [],
    statusChanges: [],
    licenseChanges: [],
    channelChanges: [],
  };
}

export function providerOf(dataset: Pick<Dataset, 'providers'>, providerId: string) {
  const provider = dataset.providers.find((p) => p.id === providerId);
  if (provider === undefined) throw new Error(`Unknown provider "${providerId}".`);
  return provider;
}

function modelOf(dataset: Dataset, modelId: string): Model {
  const model = dataset.models.find((m) => m.id === modelId);
  if (model === undefined) throw new Error(`Unknown model "${modelId}".`);
  return model;
}

/**
 * "Provider P's next flagship is closed-weight": a closed model of a new family released on the
 * horizon (channels of P's newest closed model then, else its own API) and an open-to-closed
 * event of severity 5 (a flagship line changing openness) on the same day.
 */
export function closedFlagshipScenario(
  dataset: Dataset,
  providerId: string,
  horizon: string,
): Scenario {
  const provider = providerOf(dataset, providerId);
  const ctx = createRiskContext(dataset);
  const t = dayNumber(horizon);
  let channels: Channel[] = [{ kind: 'own-api', name: null }];
  let newest = -Infinity;
  let modalities: Model['modalities'] = null;
  for (const m of ctx.models) {
    if (m.model.providerId !== providerId || !isActiveAt(m, t)) continue;
    const entry = m.model.opennessHistory[m.openness.entryIdx[opennessIdxAt(m, t)] ?? 0];
    if (entry === undefined || m.releaseDay < newest) continue;
    newest = m.releaseDay;
    modalities = m.model.modalities;
    if (entry.weights === 'closed' && entry.channels.length > 0) channels = entry.channels;
  }
  const id = `hypothetical-${providerId}-closed-flagship-${horizon}`;
  const modelId = `${id}-model`;
  const model = hypotheticalModel({
    id: modelId,
    providerId,
    name: `${provider.shortName} next flagship (hypothetical, closed weights)`,
    family: `${id}-family`,
    date: horizon,
    weights: 'closed',
    license: TIER_LICENSE_TEXT.proprietary,
    channels,
    modalities,
    eventId: `${id}-event`,
    sources: provider.sources,
  });
  const event = hypotheticalEvent({
    id: `${id}-event`,
    date: horizon,
    providerId,
    type: 'open-to-closed',
    direction: 'toward-closed',
    severity: 5,
    title: `${provider.shortName} releases its next flagship with closed weights (hypothetical)`,
    summary: `Scenario: ${provider.shortName}'s next flagship model ships without public weights.`,
    relatedModelIds: [modelId],
    sources: provider.sources,
  });
  return {
    ...emptyScenario(id, `${provider.shortName}'s next flagship is closed-weight`, horizon),
    models: [model],
    events: [event],
  };
}

/**
 * "Model X is retired on D": a status change and a retirement event; severity 4 for a flagship
 * retired at short notice, 2 otherwise (the continuity rule), chosen by the caller.
 */
export function retirementScenario(
  dataset: Dataset,
  modelId: string,
  date: string,
  horizon: string,
  severity: 2 | 4 = 2,
): Scenario {
  const model = modelOf(dataset, modelId);
  const id = `hypothetical-retire-${modelId}-${date}`;
  const event = hypotheticalEvent({
    id: `${id}-event`,
    date,
    providerId: model.providerId,
    type: 'retirement',
    direction: 'neutral',
    severity,
    title: `${model.name} is retired (hypothetical)`,
    summary: `Scenario: ${model.name} stops being available on ${date}.`,
    relatedModelIds: [modelId],
    sources: model.sources,
  });
  return {
    ...emptyScenario(id, `${model.name} is retired on ${date}`, horizon),
    statusChanges: [{ modelId, status: 'retired', from: date }],
    events: [event],
  };
}

/**
 * "The license of model Y changes tier on D": a new openness-history entry with terms of that
 * tier (closed weights for proprietary) and a license-change event pointing the way the
 * openness level moves; severity 3 (one major model's terms).
 */
export function licenseTierScenario(
  dataset: Dataset,
  modelId: string,
  tier: LicenseTier,
  date: string,
  horizon: string,
): Scenario {
  const model = modelOf(dataset, modelId);
  const ctx = createRiskContext(dataset);
  const facts = ctx.models[ctx.modelIndex.get(modelId) ?? -1];
  const current =
    (facts &&
      model.opennessHistory[facts.openness.entryIdx[opennessIdxAt(facts, dayNumber(date))] ?? 0]) ??
    model.opennessHistory[0];
  if (current === undefined) throw new Error(`Model "${modelId}" has no openness history.`);
  const id = `hypothetical-license-${modelId}-${tier}-${date}`;
  const weights = tier === 'proprietary' ? 'closed' : 'open';
  const entry: OpennessEntry = {
    ...current,
    from: day(date),
    weights,
    license: TIER_LICENSE_TEXT[tier],
    channels:
      weights === 'closed'
        ? current.channels.filter((c) => c.kind !== 'weights-download')
        : current.channels.some((c) => c.kind === 'weights-download')
          ? current.channels
          : [...current.channels, { kind: 'weights-download', name: null }],
    eventId: `${id}-event`,
  };
  const before = opennessLevel(current);
  const after = opennessLevel(entry);
  const event = hypotheticalEvent({
    id: `${id}-event`,
    date,
    providerId: model.providerId,
    type: 'license-change',
    direction: after < before ? 'toward-closed' : after > before ? 'toward-open' : 'neutral',
    severity: after === before ? 0 : 3,
    title: `${model.name} moves to ${tier} terms (hypothetical)`,
    summary: `Scenario: the license of ${model.name} changes from ${licenseTier(current)} to ${tier} on ${date}.`,
    relatedModelIds: [modelId],
    sources: model.sources,
  });
  return {
    ...emptyScenario(id, `License of ${model.name} becomes ${tier}`, horizon),
    licenseChanges: [{ modelId, entry }],
    events: [event],
  };
}

/** "Provider Z leaves cloud C on D": its models lose that cloud channel from D on (lock-in moves). */
export function leaveCloudScenario(
  dataset: Dataset,
  providerId: string,
  cloud: string,
  date: string,
  horizon: string,
): Scenario {
  const provider = providerOf(dataset, providerId);
  const id = `hypothetical-${providerId}-leaves-${cloud.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${date}`;
  return {
    ...emptyScenario(id, `${provider.shortName} leaves ${cloud}`, horizon),
    channelChanges: [{ providerId, cloud, from: date }],
  };
}

/**
 * "Model X is deprecated on D, shut down on S": a deprecation from D and, when S is given, a
 * retirement from S (S may lie after the horizon: the workloads on X are then at risk with that
 * date); a deprecation event of severity 2 (the continuity rule), and a retirement event on S.
 */
export function deprecationScenario(
  dataset: Dataset,
  modelId: string,
  date: string,
  shutdown: string | null,
  horizon: string,
): Scenario {
  const model = modelOf(dataset, modelId);
  if (shutdown !== null && shutdown < date) throw new Error('The shutdown cannot come before the deprecation.');
  const id = `hypothetical-deprecate-${modelId}-${date}${shutdown === null ? '' : `-${shutdown}`}`;
  const until = shutdown === null ? '' : `, shut down on ${shutdown}`;
  const events = [
    hypotheticalEvent({
      id: `${id}-event`,
      date,
      providerId: model.providerId,
      type: 'deprecation',
      direction: 'neutral',
      severity: 2,
      title: `${model.name} is deprecated (hypothetical)`,
      summary: `Scenario: ${model.name} is deprecated on ${date}${until}.`,
      relatedModelIds: [modelId],
      sources: model.sources,
    }),
  ];
  if (shutdown !== null) {
    events.push(
      hypotheticalEvent({
        id: `${id}-shutdown`,
        date: shutdown,
        providerId: model.providerId,
        type: 'retirement',
        direction: 'neutral',
        severity: 2,
        title: `${model.name} is shut down (hypothetical)`,
        summary: `Scenario: ${model.name} stops being available on ${shutdown}.`,
        relatedModelIds: [modelId],
        sources: model.sources,
      }),
    );
  }
  return {
    ...emptyScenario(id, `${model.name} is deprecated on ${date}${until}`, horizon),
    statusChanges: [
      { modelId, status: 'deprecated', from: date },
      ...(shutdown === null ? [] : [{ modelId, status: 'retired' as const, from: shutdown }]),
    ],
    events,
  };
}
