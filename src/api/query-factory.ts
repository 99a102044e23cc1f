import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { z } from '@/domain/schema/zod';
import { getJson, getList } from './http-client';

/**
 * Options for an answer of the data service: it changes only when the app writes or reloads the
 * served data (reload-served-data), never with time, so it is never stale.
 */
export function serviceQuery<const K extends QueryKey, T>(
  queryKey: K,
  fetch: (signal: AbortSignal) => Promise<T>,
) {
  return queryOptions({ queryKey, queryFn: ({ signal }) => fetch(signal), staleTime: Infinity });
}

/** The queries of a collection (`GET /<name>`): `all`, the key every one of them starts with, and `list`. */
export function collectionQueries<const N extends string, T>(name: N, item: z.ZodType<T>) {
  const all = () => [name] as const;
  return {
    all,
    list: () =>
      serviceQuery([...all(), 'list'] as const, (signal) => getList(`/${name}`, item, { signal })),
  };
}

/** `GET /<name>/<id>`: one record's answer, its `data` unwrapped. */
export function detailQuery<const N extends string, T>(
  name: N,
  id: string,
  schema: z.ZodType<{ data: T }>,
) {
  return serviceQuery(
    [name, 'detail', id] as const,
    async (signal) =>
      (await getJson(`/${name}/${encodeURIComponent(id)}`, schema, { signal })).data,
  );
}
