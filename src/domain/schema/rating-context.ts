import { z } from '@/domain/schema/zod';
import { lifecycleChannelSchema } from './lifecycle-channel';
import { isoDaySchema } from './precise-date';

/** How much of a provider's line an openness change covers (docs/data.md, "Events"). */
export const opennessScopeSchema = z.enum([
  'flagship-line',
  'all-open-models',
  'major-model',
  'minor-model',
]);
export type OpennessScope = z.infer<typeof opennessScopeSchema>;

/** What a regulatory event does to the providers it binds. */
export const regulatoryKindSchema = z.enum(['ban', 'binding-obligations', 'guidance', 'relief']);
export type RegulatoryKind = z.infer<typeof regulatoryKindSchema>;

/**
 * The facts about an event that the rating rule reads to propose a direction and severity. Each
 * field matters to some event types only; a field the rule needs and does not get is reported as
 * missing with the proposal, never guessed.
 */
export const ratingContextSchema = z.strictObject({
  /** Openness changes (and a launch, strategy or policy event that changes openness): the scope. */
  opennessScope: opennessScopeSchema.optional(),
  /** A license change (or another event that changes openness): which way the terms moved. */
  opennessDirection: z.enum(['toward-closed', 'toward-open']).optional(),
  /** A retirement: the model is the provider's flagship at the time. */
  flagship: z.boolean().optional(),
  /** A retirement: the day it was announced and the day it takes effect (the notice period). */
  announced: isoDaySchema.optional(),
  effective: isoDaySchema.optional(),
  /** An outage: a documented loss of service lasting hours. */
  multiHourOutage: z.boolean().optional(),
  /** A safety incident: service was lost (rated like a security incident). */
  serviceLoss: z.boolean().optional(),
  regulatoryKind: regulatoryKindSchema.optional(),
  /**
   * A deprecation or retirement on one distributor's clock only (Azure, Bedrock, ...): shown but
   * not scored under rvm-1, whose continuity factor reads the provider's own clock.
   */
  channel: lifecycleChannelSchema.optional(),
});
export type RatingContext = z.infer<typeof ratingContextSchema>;
