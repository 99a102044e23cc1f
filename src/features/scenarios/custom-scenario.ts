import type { LicenseTier } from '@/domain/license';
import { TIER_LICENSE_TEXT } from '@/domain/scenario/scenario-templates';
import type { Dataset } from '@/domain/schema/dataset';
import type { Direction, EventType, RiskEvent } from '@/domain/schema/event';
import type { Model } from '@/domain/schema/model';
import type { Scenario } from '@/domain/schema/scenario';

export interface CustomScenarioFields {
  name: string;
  horizon: string;
  providerId: string;
  date: string;
  type: EventType;
  direction: Direction;
  severity: number;
  title: string;
  /** A hypothetical model released with the event, or null for an event only. */
  model: { name: string; weights: 'open' | 'closed'; tier: LicenseTier } | null;
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'x'
  );
}

/** A scenario of one hypothetical event (and optionally a model) the user describes. Pure. */
export function customScenario(
  dataset: Pick<Dataset, 'providers'>,
  f: CustomScenarioFields,
): Scenario {
  const provider = dataset.providers.find((p) => p.id === f.providerId);
  if (provider === undefined) throw new Error(`Unknown provider "${f.providerId}".`);
  const id = `custom-${f.providerId}-${slug(f.title)}-${f.date}`;
  const day = { date: f.date, precision: 'day' as const };
  const models: Model[] = [];
  if (f.model) {
    const weights = f.model.tier === 'proprietary' ? 'closed' : f.model.weights;
    models.push({
      id: `${id}-model`,
      providerId: f.providerId,
      name: `${f.model.name} (hypothetical)`,
      family: `${id}-family`,
      release: day,
      statusHistory: [{ from: day, status: 'active', eventId: `${id}-event` }],
      opennessHistory: [
        {
          from: day,
          weights,
          license:
            weights === 'closed' ? TIER_LICENSE_TEXT.proprietary : TIER_LICENSE_TEXT[f.model.tier],
          restrictions: [],
          channels:
            weights === 'open'
              ? [
                  { kind: 'weights-download', name: null },
                  { kind: 'own-api', name: null },
                ]
              : [{ kind: 'own-api', name: null }],
          trainingCodePublished: false,
          trainingDataPublished: false,
          eventId: `${id}-event`,
        },
      ],
      modalities: null,
      modalitiesText: null,
      contextWindow: null,
      contextWindowText: null,
      parameters: null,
      notes: 'Hypothetical model added by a scenario.',
      sources: provider.sources,
      confidence: 'recalled',
      unverifiedFields: [],
      hypothetical: true,
    });
  }
  const event: RiskEvent = {
    id: `${id}-event`,
    date: day,
    scheduled: false,
    providerId: f.providerId,
    appliesTo: [f.providerId],
    relatedModelIds: models.map((m) => m.id),
    type: f.type,
    direction: f.direction,
    severity: Math.max(0, Math.min(5, Math.round(f.severity))),
    scored: true,
    title: `${f.title} (hypothetical)`,
    summary: `Scenario: ${f.title}.`,
    notes: null,
    ratingNote: 'Hypothetical: direction and severity set by the user.',
    sources: provider.sources,
    confidence: 'recalled',
    unverifiedFields: [],
    hypothetical: true,
  };
  return {
    id,
    name: f.name,
    horizon: f.horizon,
    models,
    events: [event],
    statusChanges: [],
    licenseChanges: [],
    channelChanges: [],
  };
}
