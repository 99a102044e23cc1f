import { z } from 'zod';
import { LICENSE_TIERS } from '../license';
import type { OpennessLevel } from '../openness';
import { isIsoDay, isIsoMonth } from '../schema/precise-date';
import { modalitySchema, weightsSchema } from '../schema/model';
import { EMPTY_FILTERS, type CatalogFilters } from './catalog-filters';
import { CATALOG_STATUSES, MODALITIES, WEIGHTS } from './catalog-row';
import { SORT_KEYS, type SortDir, type SortKey } from './sort-catalog';

/** Everything a shared catalog link carries: filters, sort and the models chosen to compare. */
export interface CatalogViewState {
  filters: CatalogFilters;
  sort: SortKey;
  dir: SortDir;
  /** Up to MAX_COMPARE model ids, in the order they were chosen. */
  compare: string[];
}

export const MAX_COMPARE = 4;
export const MAX_QUERY_LENGTH = 200;

export const DEFAULT_VIEW: CatalogViewState = {
  filters: EMPTY_FILTERS,
  sort: 'name',
  dir: 'asc',
  compare: [],
};

/** A query parameter the catalog could not use: it is dropped and the user is told. */
export interface UrlIssue {
  param: string;
  value: string;
  message: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;

/** A comma list of allowed values, without duplicates, in the canonical order of `all`. */
function enumList<T extends string>(all: readonly T[], what: string) {
  const allowed = new Set<string>(all);
  return z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()))
    .refine((vs) => vs.length > 0 && vs.every((v) => allowed.has(v)), {
      message: `expected a comma-separated list of ${what}: ${all.join(', ')}`,
    })
    .transform((vs) => all.filter((v) => vs.includes(v)));
}

function idList(max: number) {
  return z
    .string()
    .transform((s) => [...new Set(s.split(',').map((v) => v.trim()))])
    .refine((vs) => vs.every((v) => ID.test(v)), {
      message: 'expected a comma-separated list of ids',
    })
    .refine((vs) => vs.length <= max, { message: `at most ${max} ids` });
}

const yesNo = z.enum(['yes', 'no'], { message: 'expected yes or no' });
const isoBound = z.string().refine((s) => isIsoDay(s) || isIsoMonth(s), {
  message: 'expected a date YYYY-MM-DD or a month YYYY-MM',
});

/** One schema per query parameter, so a bad one is dropped on its own. */
const PARAM_SCHEMAS = {
  openness: enumList(['1', '2', '3', '4', '5'], 'openness levels').transform((vs) =>
    vs.map((v) => Number(v) as OpennessLevel),
  ),
  weights: enumList(weightsSchema.options, 'weights'),
  tier: enumList(LICENSE_TIERS, 'license tiers'),
  commercial: yesNo,
  userCap: yesNo,
  provider: idList(10_000),
  modality: enumList(modalitySchema.options, 'modalities'),
  minContext: z
    .string()
    .regex(/^\d{1,10}$/, { message: 'expected a number of tokens' })
    .transform(Number)
    .pipe(z.number().int().positive({ message: 'expected a positive number of tokens' })),
  from: isoBound,
  to: isoBound,
  status: enumList(CATALOG_STATUSES, 'statuses'),
  q: z.string().max(MAX_QUERY_LENGTH, { message: `at most ${MAX_QUERY_LENGTH} characters` }),
  sort: z.enum(SORT_KEYS, { message: `expected one of ${SORT_KEYS.join(', ')}` }),
  dir: z.enum(['asc', 'desc'], { message: 'expected asc or desc' }),
  compare: idList(MAX_COMPARE),
} as const;

type ParamKey = keyof typeof PARAM_SCHEMAS;

/** The query parameters the catalog owns; every other parameter (as-of date, mocks) is left alone. */
export const CATALOG_PARAMS = Object.keys(PARAM_SCHEMAS) as ParamKey[];

/** Read the catalog's view from a query string. A bad parameter is dropped and reported, never thrown. */
export function parseCatalogSearch(search: string | URLSearchParams): {
  state: CatalogViewState;
  issues: UrlIssue[];
} {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const issues: UrlIssue[] = [];
  const filters: CatalogFilters = { ...EMPTY_FILTERS };
  const state: CatalogViewState = { ...DEFAULT_VIEW, filters };

  function read<K extends ParamKey>(key: K): z.output<(typeof PARAM_SCHEMAS)[K]> | undefined {
    const values = params.getAll(key);
    if (values.length === 0) return undefined;
    const raw = values.join(',');
    const parsed = PARAM_SCHEMAS[key].safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof PARAM_SCHEMAS)[K]>;
    issues.push({
      param: key,
      value: raw,
      message: parsed.error.issues[0]?.message ?? 'not understood',
    });
    return undefined;
  }

  filters.openness = read('openness') ?? filters.openness;
  filters.weights = read('weights') ?? filters.weights;
  filters.tier = read('tier') ?? filters.tier;
  filters.commercial = read('commercial') ?? filters.commercial;
  filters.userCap = read('userCap') ?? filters.userCap;
  filters.provider = read('provider') ?? filters.provider;
  filters.modality = read('modality') ?? filters.modality;
  filters.minContext = read('minContext') ?? filters.minContext;
  filters.from = read('from') ?? filters.from;
  filters.to = read('to') ?? filters.to;
  filters.status = read('status') ?? filters.status;
  filters.q = read('q') ?? filters.q;
  state.sort = read('sort') ?? state.sort;
  state.dir = read('dir') ?? state.dir;
  state.compare = read('compare') ?? state.compare;
  return { state, issues };
}

/**
 * `params` with the catalog's parameters replaced by `state`: only what differs from the
 * defaults is written, lists in a canonical order, so equal views give equal URLs.
 */
export function writeCatalogSearch(
  params: URLSearchParams,
  state: CatalogViewState,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of CATALOG_PARAMS) next.delete(key);
  const f = state.filters;
  const list = (key: string, values: readonly (string | number)[]) => {
    if (values.length > 0) next.set(key, values.join(','));
  };
  list(
    'openness',
    [...f.openness].sort((a, b) => a - b),
  );
  list(
    'weights',
    WEIGHTS.filter((w) => f.weights.includes(w)),
  );
  list(
    'tier',
    LICENSE_TIERS.filter((t) => f.tier.includes(t)),
  );
  if (f.commercial !== null) next.set('commercial', f.commercial);
  if (f.userCap !== null) next.set('userCap', f.userCap);
  list('provider', f.provider);
  list(
    'modality',
    MODALITIES.filter((m) => f.modality.includes(m)),
  );
  if (f.minContext !== null) next.set('minContext', String(f.minContext));
  if (f.from !== null) next.set('from', f.from);
  if (f.to !== null) next.set('to', f.to);
  list(
    'status',
    CATALOG_STATUSES.filter((s) => f.status.includes(s)),
  );
  if (f.q.trim() !== '') next.set('q', f.q);
  if (state.sort !== DEFAULT_VIEW.sort || state.dir !== DEFAULT_VIEW.dir) {
    next.set('sort', state.sort);
    next.set('dir', state.dir);
  }
  list('compare', state.compare.slice(0, MAX_COMPARE));
  return next;
}
