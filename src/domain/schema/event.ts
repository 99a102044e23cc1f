import { z } from '@/domain/schema/zod';
import { preciseDateSchema } from './precise-date';
import { provenanceSchema } from './provenance';
import { evidenceShape } from './source';

export const eventTypeSchema = z.enum([
  'model-launch',
  'open-to-closed',
  'closed-to-open',
  'license-change',
  'deprecation',
  'retirement',
  'pricing-change',
  'regulatory',
  'policy-change',
  'outage',
  'security-incident',
  'safety-incident',
  'corporate',
  'strategy',
  'market',
]);
export type EventType = z.infer<typeof eventTypeSchema>;

export const directionSchema = z.enum(['toward-closed', 'toward-open', 'neutral']);
export type Direction = z.infer<typeof directionSchema>;

export const eventSchema = z.object({
  id: z.string().min(1),
  date: preciseDateSchema,
  /** True for a deadline or announced date that was in the future for its source. */
  scheduled: z.boolean(),
  /** The provider the event is about; null for an industry-wide event. */
  providerId: z.string().nullable(),
  /** The providers the event binds: the provider itself, or for an industry-wide event, those it names. */
  appliesTo: z.array(z.string()),
  relatedModelIds: z.array(z.string()),
  type: eventTypeSchema,
  direction: directionSchema,
  /** 0 (none) to 5 (a flagship line changes openness). */
  severity: z.number().int().min(0).max(5),
  /** False for relief such as a postponed obligation: shown, never scored. */
  scored: z.boolean(),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Disputed or uncertain facts, as the sources state them. */
  notes: z.string().nullable(),
  /** Why the event got its direction and severity, where that is not obvious. */
  ratingNote: z.string().nullable(),
  ...evidenceShape,
  hypothetical: z.boolean(),
  synthetic: z.boolean().optional(),
  /** Present when an accepted change touched the record (docs/api.md, "Changes"). */
  provenance: provenanceSchema.optional(),
});
export type RiskEvent = z.infer<typeof eventSchema>;
