import { notifyManager, QueryClient } from '@tanstack/react-query';
import { changeQueries } from './change-queries';
import { eventQueries } from './event-queries';
import { metaQueries } from './meta-queries';
import { modelQueries } from './model-queries';
import { providerQueries } from './provider-queries';

/** The roots of every query that reads the served data. */
const DATA_ROOTS = new Set<unknown>([
  metaQueries.all()[0],
  providerQueries.all()[0],
  modelQueries.all()[0],
  eventQueries.all()[0],
  changeQueries.all()[0],
]);

/**
 * After the served data changed (a change set, an import, a reset, or another tab's change):
 * fetch `/meta`, the three collections and the change log, then put them in the cache in one
 * batch, so that every score, the timeline, the catalog and the exports move together and never
 * see a new count beside an old list. Every other query of the data (a provider's or a model's
 * detail, the exported sets) is invalidated. A fetch that fails leaves everything invalidated,
 * so the pages fetch again and show the error with its Retry.
 */
export async function reloadServedData(queryClient: QueryClient): Promise<void> {
  // A scratch client runs the factories' own query functions without touching the app's cache.
  const scratch = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const meta = metaQueries.detail();
  const providers = providerQueries.list();
  const models = modelQueries.list();
  const events = eventQueries.list();
  const log = changeQueries.log();
  const keys = new Set(
    [meta, providers, models, events, log].map((q) => JSON.stringify(q.queryKey)),
  );
  try {
    const fresh = await Promise.all([
      scratch.fetchQuery(meta),
      scratch.fetchQuery(providers),
      scratch.fetchQuery(models),
      scratch.fetchQuery(events),
      scratch.fetchQuery(log),
    ]);
    notifyManager.batch(() => {
      queryClient.setQueryData(meta.queryKey, fresh[0]);
      queryClient.setQueryData(providers.queryKey, fresh[1]);
      queryClient.setQueryData(models.queryKey, fresh[2]);
      queryClient.setQueryData(events.queryKey, fresh[3]);
      queryClient.setQueryData(log.queryKey, fresh[4]);
    });
  } catch {
    keys.clear();
  } finally {
    scratch.clear();
  }
  await queryClient.invalidateQueries({
    predicate: (q) => DATA_ROOTS.has(q.queryKey[0]) && !keys.has(JSON.stringify(q.queryKey)),
  });
}
