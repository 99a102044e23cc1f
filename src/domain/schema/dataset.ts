import { z } from 'zod';
import { eventSchema } from './event';
import { modelSchema } from './model';
import { isoDaySchema } from './precise-date';
import { providerSchema } from './provider';

/** The whole fact base the app computes on. */
export const datasetSchema = z.object({
  version: z.string(),
  compiledOn: isoDaySchema,
  providers: z.array(providerSchema),
  models: z.array(modelSchema),
  events: z.array(eventSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
