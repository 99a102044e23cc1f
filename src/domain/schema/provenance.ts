import { z } from '@/domain/schema/zod';

/**
 * Where a served record's current state comes from when a change touched it: the last accepted
 * change set that did, when and by whom it was recorded, and the ids of its changes that touched
 * the record. Records of the compiled data set that no change touched carry none.
 */
export const provenanceSchema = z.object({
  changeSetId: z.string().min(1),
  /** ISO 8601 date-time (UTC) at which the service recorded the change set. */
  recordedAt: z.iso.datetime(),
  author: z.string().min(1),
  changeIds: z.array(z.string().min(1)).min(1),
});
export type Provenance = z.infer<typeof provenanceSchema>;
