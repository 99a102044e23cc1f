import { z } from '@/domain/schema/zod';
import { lifecycleChannelSchema } from './lifecycle-channel';

export const criticalitySchema = z.enum(['low', 'medium', 'high', 'mission-critical']);
export type Criticality = z.infer<typeof criticalitySchema>;

export const deploymentSchema = z.enum(['vendor-api', 'cloud-marketplace', 'self-hosted']);
export type Deployment = z.infer<typeof deploymentSchema>;

/** One of the enterprise's own AI dependencies, kept in the browser. */
export const dependencySchema = z.object({
  id: z.string().min(1),
  workload: z.string().trim().min(1, 'a workload name is required').max(200),
  modelId: z.string().min(1, 'a model is required'),
  criticality: criticalitySchema,
  /** Monthly spend or usage share; only its proportion to the other dependencies matters. */
  share: z.number().positive('must be more than 0').finite(),
  deployment: deploymentSchema,
  /**
   * The channel the workload calls the model through, whose lifecycle clock its status and exit
   * options follow (`own-api`, `azure`, `bedrock`, `vertex` or another slug); absent: the
   * provider's own API.
   */
  channel: lifecycleChannelSchema.optional(),
  notes: z.string().max(2000),
});
export type Dependency = z.infer<typeof dependencySchema>;
