import { z } from 'zod';

export const confidenceSchema = z.enum(['verified', 'recalled']);
export type Confidence = z.infer<typeof confidenceSchema>;

/** A public source of a fact: its address and an optional label. */
export const sourceSchema = z.object({
  url: z.url(),
  label: z.string().nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

/** The evidence every fact record carries. */
export const evidenceShape = {
  sources: z.array(sourceSchema).min(1),
  confidence: confidenceSchema,
  unverifiedFields: z.array(z.string()),
};
