import { z } from '@/domain/schema/zod';

export const confidenceSchema = z.enum(['verified', 'recalled']);
export type Confidence = z.infer<typeof confidenceSchema>;

/**
 * How much weight a source carries: `primary` (the provider itself, its repository or hub
 * organisation, a regulator, legislature or official journal), `press` (reputable news
 * organisations) or `secondary` (everything else: aggregators, digests, wikis, mirrors).
 */
export const sourceTierSchema = z.enum(['primary', 'press', 'secondary']);
export type SourceTier = z.infer<typeof sourceTierSchema>;

/**
 * A public source of a fact: its address (http or https only, so it can safely become a link),
 * an optional label and, where a reviewer set one, an explicit tier that wins over the host
 * rule of `sourceTier`. The hostname is not checked further: the data cites an IP-addressed
 * page and a host written with a trailing dot, both valid http URLs.
 */
export const sourceSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  label: z.string().nullable(),
  tier: sourceTierSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** The evidence every fact record carries. */
export const evidenceShape = {
  sources: z.array(sourceSchema).min(1),
  confidence: confidenceSchema,
  unverifiedFields: z.array(z.string()),
};
