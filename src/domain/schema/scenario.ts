import { z } from '@/domain/schema/zod';
import { eventSchema } from './event';
import { modelSchema, modelStatusSchema, opennessEntrySchema } from './model';
import { isoDaySchema } from './precise-date';

export const statusChangeSchema = z.object({
  modelId: z.string().min(1),
  status: modelStatusSchema,
  from: isoDaySchema,
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const licenseChangeSchema = z.object({
  modelId: z.string().min(1),
  entry: opennessEntrySchema,
});
export type LicenseChange = z.infer<typeof licenseChangeSchema>;

export const channelChangeSchema = z.object({
  providerId: z.string().min(1),
  /** The third-party cloud the provider's models leave ("Amazon Bedrock"). */
  cloud: z.string().min(1),
  from: isoDaySchema,
});
export type ChannelChange = z.infer<typeof channelChangeSchema>;

/** A what-if: applied on a copy of the data as of its horizon, never mixed into it. */
export const scenarioSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'a scenario needs a name').max(120),
  horizon: isoDaySchema,
  models: z.array(modelSchema),
  events: z.array(eventSchema),
  statusChanges: z.array(statusChangeSchema),
  licenseChanges: z.array(licenseChangeSchema),
  channelChanges: z.array(channelChangeSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;
