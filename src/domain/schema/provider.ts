import { z } from '@/domain/schema/zod';
import { channelSchema } from './channel';
import { provenanceSchema } from './provenance';
import { evidenceShape } from './source';

export const providerKindSchema = z.enum(['big-tech', 'frontier-lab', 'startup', 'nonprofit']);
export type ProviderKind = z.infer<typeof providerKindSchema>;

export const providerSchema = z.object({
  id: z.string().min(1),
  /** The name as published ("Meta Platforms (Meta AI / Meta Superintelligence Labs)"). */
  name: z.string().min(1),
  /** A short name for charts and tables ("Meta"). */
  shortName: z.string().min(1),
  hqCountry: z.string().min(1),
  hqCity: z.string().nullable(),
  kind: providerKindSchema,
  accessChannels: z.array(channelSchema),
  /** The reference's access channel text, kept for display. */
  accessChannelsText: z.array(z.string()),
  notes: z.string().nullable(),
  ...evidenceShape,
  synthetic: z.boolean().optional(),
  /** Present when an accepted change touched the record (docs/api.md, "Changes"). */
  provenance: provenanceSchema.optional(),
});
export type Provider = z.infer<typeof providerSchema>;
