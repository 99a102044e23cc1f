import { z } from '@/domain/schema/zod';

/**
 * The channel whose clock a status entry follows. `own-api` is the provider's own API (and its
 * own cloud: Vertex AI for Google, Bedrock for Amazon); `azure`, `bedrock` and `vertex` are the
 * big distributors that retire third-party models on dates of their own; any other distributor
 * is named by a short lowercase slug (`openrouter`, `groq`, `oracle-oci`). A status entry without
 * a channel follows the provider's own API, and so does every channel without entries of its own.
 */
export const lifecycleChannelSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    'a channel is a lowercase slug of 1-40 letters, digits or "-"',
  );
export type LifecycleChannel = z.infer<typeof lifecycleChannelSchema>;

/** The well-known channels, with the name shown for each; others are shown as their slug. */
export const KNOWN_LIFECYCLE_CHANNELS: Readonly<Record<string, string>> = {
  'own-api': "The provider's own API",
  azure: 'Microsoft Azure (AI Foundry)',
  bedrock: 'Amazon Bedrock',
  vertex: 'Google Cloud Vertex AI',
};

/** The channel id of the provider's own API: the clock of entries without a channel. */
export const OWN_API_CHANNEL = 'own-api';

/**
 * How exact a status entry's date is: `exact` (the default) is the stated day; `earliest` is a
 * "no earlier than" date (Google's "earliest possible" retirement dates), shown as a lower bound
 * and taken as the scheduled date in computations, as the model-eol spec says.
 */
export const datePrecisionSchema = z.enum(['exact', 'earliest']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
