import { z } from '@/domain/schema/zod';
import { eventSchema } from './event';
import { modelSchema } from './model';
import { isoDaySchema } from './precise-date';
import { providerSchema } from './provider';

/** The whole fact base the app computes on. */
export const datasetSchema = z.object({
  /** The compiled base's version ("2026.11.26-1"); accepted changes do not alter it. */
  version: z.string(),
  compiledOn: isoDaySchema,
  /**
   * How many accepted change sets are applied on top of the compiled base: absent or 0 for the
   * compiled data, then 1, 2, ... A change set names the revision it was made against.
   */
  revision: z.number().int().nonnegative().optional(),
  /** When the last applied change set was recorded (ISO date-time); null or absent before any. */
  lastChangeAt: z.iso.datetime().nullable().optional(),
  providers: z.array(providerSchema),
  models: z.array(modelSchema),
  events: z.array(eventSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;
