import { dayNumber } from '../dates';
import { exitOptions } from '../exposure/exit-options';
import { licenseTier } from '../license';
import { opennessIdxAt, type RiskContext } from '../risk/risk-context';
import type { ProviderScore } from '../risk/score-providers';
import type { Dependency } from '../schema/dependency';
import { OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import { rankExits, sizeClasses, type ExitCandidate, type ExitNeeds, type RankedExit } from './rank-exits';

/**
 * The exit options of a dependency as of an ISO day (the pool of `exitOptions`: other providers'
 * models with open weights, active then on the dependency's channel, released no earlier than 18
 * months before its model, including those whose modalities are unknown), ranked by fit against
 * what the dependency's model offers and how the dependency runs. Pure.
 */
export function rankedExitOptions(
  ctx: RiskContext,
  dep: Pick<Dependency, 'modelId' | 'deployment' | 'channel'>,
  asOfIso: string,
  scores: readonly ProviderScore[],
): RankedExit[] {
  const idx = ctx.modelIndex.get(dep.modelId);
  const target = idx === undefined ? undefined : ctx.models[idx];
  if (target === undefined) return [];
  const channel = dep.channel ?? null;
  const pool = exitOptions(ctx, dep.modelId, asOfIso, channel);
  const risk = new Map(scores.map((s) => [s.providerId, s.risk]));
  const names = new Map(ctx.dataset.providers.map((p) => [p.id, p.shortName]));
  const day = dayNumber(asOfIso);
  const t = target.model;
  const needs: ExitNeeds = {
    modelName: t.name,
    modalities: t.modalities,
    contextWindow: t.contextWindow,
    sizeClasses: sizeClasses(t.parameters),
    deployment: dep.deployment,
    cloud: channel === null || channel === OWN_API_CHANNEL ? null : channel,
    providerRisk: risk.get(t.providerId) ?? null,
    providerName: names.get(t.providerId) ?? t.providerId,
  };
  const candidates: ExitCandidate[] = [];
  for (const o of [...pool.options, ...pool.undetermined]) {
    const i = ctx.modelIndex.get(o.modelId);
    const m = i === undefined ? undefined : ctx.models[i];
    if (m === undefined) continue;
    const entry = m.model.opennessHistory[m.openness.entryIdx[opennessIdxAt(m, day)] ?? 0];
    if (entry === undefined) continue;
    candidates.push({
      modelId: m.model.id,
      providerId: m.model.providerId,
      providerName: names.get(m.model.providerId) ?? m.model.providerId,
      name: m.model.name,
      modalities: m.model.modalities,
      contextWindow: m.model.contextWindow,
      sizeClasses: sizeClasses(m.model.parameters),
      licenseTier: licenseTier(entry),
      license: entry.license,
      openWeights: entry.weights === 'open',
      channels: entry.channels,
      providerRisk: risk.get(m.model.providerId) ?? null,
    });
  }
  return rankExits(needs, candidates);
}
