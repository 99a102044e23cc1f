import { z } from 'zod';
import { channelSchema } from './channel';
import { preciseDateSchema } from './precise-date';
import { evidenceShape } from './source';

export const weightsSchema = z.enum(['open', 'closed']);
export type Weights = z.infer<typeof weightsSchema>;

export const modelStatusSchema = z.enum(['active', 'deprecated', 'retired']);
export type ModelStatus = z.infer<typeof modelStatusSchema>;

export const modalitySchema = z.enum(['text', 'image', 'audio', 'video', 'code', 'pdf']);
export type Modality = z.infer<typeof modalitySchema>;

/** One dated entry of a model's life: it became active, deprecated or retired on `from`. */
export const statusEntrySchema = z.object({
  from: preciseDateSchema,
  status: modelStatusSchema,
  eventId: z.string().nullable(),
});
export type StatusEntry = z.infer<typeof statusEntrySchema>;

/**
 * One dated entry of how open a model is: weights, license as published, its restrictions and
 * how the model can be reached from `from` on. Most models have one entry at release.
 */
export const opennessEntrySchema = z.object({
  from: preciseDateSchema,
  weights: weightsSchema,
  /** The license as the vendor names it; null when weights are published without stated terms. */
  license: z.string().nullable(),
  restrictions: z.array(z.string()),
  channels: z.array(channelSchema),
  /** Training code and training-data information published (OSI Open Source AI Definition 1.0). */
  trainingCodePublished: z.boolean(),
  trainingDataPublished: z.boolean(),
  eventId: z.string().nullable(),
});
export type OpennessEntry = z.infer<typeof opennessEntrySchema>;

export const modelSchema = z.object({
  id: z.string().min(1),
  providerId: z.string().min(1),
  name: z.string().min(1),
  /** Sizes and variants of one release share a family (gpt-oss-120b and gpt-oss-20b: gpt-oss). */
  family: z.string().min(1),
  release: preciseDateSchema,
  statusHistory: z.array(statusEntrySchema).min(1),
  opennessHistory: z.array(opennessEntrySchema).min(1),
  /** Input and output modalities; null when unknown. */
  modalities: z
    .object({ input: z.array(modalitySchema).min(1), output: z.array(modalitySchema).min(1) })
    .nullable(),
  modalitiesText: z.string().nullable(),
  /** Largest context window in tokens; null when unknown. */
  contextWindow: z.number().int().positive().nullable(),
  contextWindowText: z.string().nullable(),
  parameters: z.string().nullable(),
  notes: z.string().nullable(),
  ...evidenceShape,
  hypothetical: z.boolean().optional(),
  synthetic: z.boolean().optional(),
});
export type Model = z.infer<typeof modelSchema>;
