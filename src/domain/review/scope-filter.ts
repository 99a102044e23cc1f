/** Which providers and models a view is narrowed to (the watchlist filter); null for everything. */
export interface ScopeFilter {
  providerIds: ReadonlySet<string>;
  modelIds: ReadonlySet<string>;
}

/** A provider in a scope; `null` covers everything. */
export const providerInScope = (scope: ScopeFilter | null, id: string | null): boolean =>
  scope === null || (id !== null && scope.providerIds.has(id));

/** A model line in a scope: its model or its provider is in it; `null` covers everything. */
export const modelInScope = (
  scope: ScopeFilter | null,
  id: string | null,
  providerId: string | null,
): boolean =>
  scope === null || (id !== null && scope.modelIds.has(id)) || providerInScope(scope, providerId);

/** An event in a scope: it applies to, or is by, a provider in it, or names a model in it. */
export function eventInScope(
  scope: ScopeFilter | null,
  e: {
    appliesTo: readonly string[];
    providerId: string | null;
    relatedModelIds: readonly string[];
  },
): boolean {
  if (scope === null) return true;
  for (const id of e.appliesTo) if (scope.providerIds.has(id)) return true;
  if (providerInScope(scope, e.providerId)) return true;
  for (const id of e.relatedModelIds) if (scope.modelIds.has(id)) return true;
  return false;
}
