import { dayNumber } from './dates';
import { opennessAtDay, opennessLevel, type OpennessLevel } from './openness';
import type { Dataset } from './schema/dataset';
import type { Provider } from './schema/provider';

export interface ProviderSummary {
  provider: Provider;
  modelCount: number;
  /** Models per openness level, each model at the openness in force on the given day. */
  openness: Record<OpennessLevel, number>;
}

/** Model count and openness mix per provider as of an ISO day, in the data's provider order. */
export function summariseProviders(
  data: Pick<Dataset, 'providers' | 'models'>,
  asOfIso: string,
): ProviderSummary[] {
  const day = dayNumber(asOfIso);
  const byId = new Map<string, ProviderSummary>();
  for (const provider of data.providers) {
    byId.set(provider.id, { provider, modelCount: 0, openness: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
  }
  for (const model of data.models) {
    const summary = byId.get(model.providerId);
    if (!summary) continue;
    summary.modelCount += 1;
    // A model not yet released on the day counts at its first published openness.
    const entry = opennessAtDay(model, day) ?? model.opennessHistory[0];
    if (entry) summary.openness[opennessLevel(entry)] += 1;
  }
  return [...byId.values()];
}
