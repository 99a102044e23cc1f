import { z } from '@/domain/schema/zod';

/**
 * How a model can be reached. `cloud` is a third-party cloud marketplace (Amazon Bedrock for
 * Anthropic); a provider's own cloud (Vertex AI for Google, Bedrock for Amazon) is `own-api`.
 */
export const channelKindSchema = z.enum([
  'weights-download',
  'own-api',
  'cloud',
  'own-app',
  'private-preview',
]);
export type ChannelKind = z.infer<typeof channelKindSchema>;

export const channelSchema = z.object({
  kind: channelKindSchema,
  /** The named place: "Hugging Face", "Amazon Bedrock", "Meta AI app"; null when not named. */
  name: z.string().nullable(),
});
export type Channel = z.infer<typeof channelSchema>;
