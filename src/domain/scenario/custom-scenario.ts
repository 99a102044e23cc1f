import type { LicenseTier } from '../license';
import type { Dataset } from '../schema/dataset';
import type { Direction, EventType } from '../schema/event';
import type { Scenario } from '../schema/scenario';
import {
  emptyScenario,
  hypotheticalEvent,
  hypotheticalModel,
  providerOf,
  TIER_LICENSE_TEXT,
} from './scenario-templates';

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

/** A scenario of one hypothetical event (and optionally a model) the user describes; severity is clamped to 0-5. */
export function customScenario(
  dataset: Pick<Dataset, 'providers'>,
  f: CustomScenarioFields,
): Scenario {
  const provider = providerOf(dataset, f.providerId);
  const id = `custom-${f.providerId}-${slug(f.title)}-${f.date}`;
  const eventId = `${id}-event`;
  const models = [];
  if (f.model) {
    const weights = f.model.tier === 'proprietary' ? 'closed' : f.model.weights;
    models.push(
      hypotheticalModel({
        id: `${id}-model`,
        providerId: f.providerId,
        name: `${f.model.name} (hypothetical)`,
        family: `${id}-family`,
        date: f.date,
        weights,
        license:
          weights === 'closed' ? TIER_LICENSE_TEXT.proprietary : TIER_LICENSE_TEXT[f.model.tier],
        channels:
          weights === 'open'
            ? [
                { kind: 'weights-download', name: null },
                { kind: 'own-api', name: null },
              ]
            : [{ kind: 'own-api', name: null }],
        modalities: null,
        eventId,
        sources: provider.sources,
      }),
    );
  }
  const event = hypotheticalEvent({
    id: eventId,
    date: f.date,
    providerId: f.providerId,
    type: f.type,
    direction: f.direction,
    severity: Math.max(0, Math.min(5, Math.round(f.severity))),
    title: `${f.title} (hypothetical)`,
    summary: `Scenario: ${f.title}.`,
    relatedModelIds: models.map((m) => m.id),
    sources: provider.sources,
    ratingNote: 'Hypothetical: direction and severity set by the user.',
  });
  return { ...emptyScenario(id, f.name, f.horizon), models, events: [event] };
}
