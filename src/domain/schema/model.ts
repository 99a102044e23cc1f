import { z } from '@/domain/schema/zod';
import { channelSchema } from './channel';
import { datePrecisionSchema, lifecycleChannelSchema } from './lifecycle-channel';
import { modelOpennessSchema } from './model-openness';
import { preciseDateSchema } from './precise-date';
import { provenanceSchema } from './provenance';
import { evidenceShape } from './source';

export const weightsSchema = z.enum(['open', 'closed']);
export type Weights = z.infer<typeof weightsSchema>;

export const modelStatusSchema = z.enum(['active', 'deprecated', 'retired']);
export type ModelStatus = z.infer<typeof modelStatusSchema>;

export const modalitySchema = z.enum(['text', 'image', 'audio', 'video', 'code', 'pdf']);
export type Modality = z.infer<typeof modalitySchema>;

/** The successor a provider names for a deprecated or retired model. */
export const replacementSchema = z.object({
  /** The successor's id in the data set; null when it is not in the data. */
  modelId: z.string().min(1).nullable(),
  /** The successor as the source names it ("gpt-5.6-sol"). */
  name: z.string().min(1).max(200),
});
export type Replacement = z.infer<typeof replacementSchema>;

/**
 * One dated entry of a model's life: it became active, deprecated or retired on `from`. The
 * optional fields describe per-channel lifecycles (docs/data.md, "Lifecycles per channel"); an
 * entry without them is what the compiled data has always held: the provider's own API, and
 * every channel that has no entries of its own.
 */
export const statusEntrySchema = z.object({
  from: preciseDateSchema,
  status: modelStatusSchema,
  eventId: z.string().nullable(),
  /** The channel whose clock this entry follows; absent means the provider's own API. */
  channel: lifecycleChannelSchema.optional(),
  /** `earliest` when `from` is a "no earlier than" date; absent means exact. */
  precision: datePrecisionSchema.optional(),
  /** When the change was announced (the deprecation notice of a retirement). */
  announced: preciseDateSchema.optional(),
  replacement: replacementSchema.optional(),
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
  /**
   * The openness components with their evidence, the score, MOF class and G7 tier derived from
   * them, and the dated grade sets (docs/api.md). Absent on a record that is not graded (a model
   * created by a change set, a scenario's hypothetical model, an older server).
   */
  openness: modelOpennessSchema.optional(),
  hypothetical: z.boolean().optional(),
  synthetic: z.boolean().optional(),
  /** Present when an accepted change touched the record (docs/api.md, "Changes"). */
  provenance: provenanceSchema.optional(),
});
export type Model = z.infer<typeof modelSchema>;
