import { z } from '@/domain/schema/zod';
import { eventSchema } from './event';
import { modelSchema } from './model';
import { isoDaySchema, preciseDateSchema } from './precise-date';
import { providerSchema } from './provider';

export const listMetaSchema = z.object({
  datasetVersion: z.string(),
  compiledOn: isoDaySchema,
  count: z.number().int().nonnegative(),
});
export type ListMeta = z.infer<typeof listMetaSchema>;

/** A list answer with its items not yet checked (the client checks them in slices). */
export const listEnvelopeSchema = z.object({ data: z.array(z.unknown()), meta: listMetaSchema });

/** `{ data: [...], meta }`: the envelope of every list answer. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: listMetaSchema });
}

export const datasetMetaSchema = z.object({
  datasetVersion: z.string(),
  compiledOn: isoDaySchema,
  coverage: z.object({ first: preciseDateSchema, last: preciseDateSchema }),
  counts: z.object({
    providers: z.number().int().nonnegative(),
    models: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
  }),
  methodologyId: z.string(),
  /**
   * The newest dated fact that had happened by the compile date (with accepted changes applied):
   * what the data is current to, which can be months before `compiledOn`. Null: no dated fact.
   */
  factsCurrentTo: preciseDateSchema.nullable().optional(),
  /** Accepted change sets applied on the compiled data (0 or absent: none); see docs/api.md "Changes". */
  revision: z.number().int().nonnegative().optional(),
  /** When the last change set was recorded (ISO date-time); null or absent before any. */
  lastChangeAt: z.iso.datetime().nullable().optional(),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

export const providerDetailSchema = z.object({
  data: providerSchema.extend({ models: z.array(modelSchema), events: z.array(eventSchema) }),
});
export const modelDetailSchema = z.object({ data: modelSchema });
export const metaAnswerSchema = z.object({ data: datasetMetaSchema });

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** What the error is about, by code: per-field errors (400), the revisions of a 409. */
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export const providerListSchema = listSchema(providerSchema);
export const modelListSchema = listSchema(modelSchema);
export const eventListSchema = listSchema(eventSchema);
