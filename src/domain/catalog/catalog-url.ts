import { z } from '@/domain/schema/zod';
import { LICENSE_TIERS } from '../license';
import type { OpennessLevel } from '../openness';
import { G7_TIERS } from '../openness/g7-tier';
import { MOF_CLASSES } from '../openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  componentGradeSchema,
  type ComponentGrade,
  type OpennessComponentKey,
} from '../openness/openness-components';
import {
  dayOrMonthParam,
  enumList,
  idList,
  paramsWithout,
  providerIdsParam,
  readParams,
  searchParams,
  setList,
  yesNoParam,
  type UrlIssue,
} from '../url/query-params';
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

/** A score bound: a number 0-100 (up to one decimal, as scores are shown). */
const scoreParam = z
  .string()
  .regex(/^\d{1,3}(\.\d)?$/, { message: 'expected a score from 0 to 100' })
  .transform(Number)
  .pipe(z.number().max(100, { message: 'expected a score from 0 to 100' }));

const gradeList = enumList(componentGradeSchema.options, 'grades');

/**
 * One parameter per openness component, named after it: `trainingCode=open` keeps the models
 * whose training code is open, `trainingDataBase=open,partial` those with at least part of it.
 */
const COMPONENT_PARAM_SCHEMAS = Object.fromEntries(
  OPENNESS_COMPONENT_KEYS.map((k) => [k, gradeList]),
) as Record<OpennessComponentKey, typeof gradeList>;

/** One schema per query parameter, so a bad one is dropped on its own. */
const PARAM_SCHEMAS = {
  openness: enumList(['1', '2', '3', '4', '5'], 'openness levels').transform((vs) =>
    vs.map((v) => Number(v) as OpennessLevel),
  ),
  weights: enumList(weightsSchema.options, 'weights'),
  tier: enumList(LICENSE_TIERS, 'license tiers'),
  commercial: yesNoParam,
  userCap: yesNoParam,
  provider: providerIdsParam,
  modality: enumList(modalitySchema.options, 'modalities'),
  minContext: z
    .string()
    .regex(/^\d{1,10}$/, { message: 'expected a number of tokens' })
    .transform(Number)
    .pipe(z.number().int().positive({ message: 'expected a positive number of tokens' })),
  from: dayOrMonthParam,
  to: dayOrMonthParam,
  status: enumList(CATALOG_STATUSES, 'statuses'),
  g7: enumList(G7_TIERS, 'G7 tiers'),
  mof: enumList(MOF_CLASSES, 'MOF classes'),
  minScore: scoreParam,
  maxScore: scoreParam,
  ...COMPONENT_PARAM_SCHEMAS,
  q: z.string().max(MAX_QUERY_LENGTH, { message: `at most ${MAX_QUERY_LENGTH} characters` }),
  sort: z.enum(SORT_KEYS, { message: `expected one of ${SORT_KEYS.join(', ')}` }),
  dir: z.enum(['asc', 'desc'], { message: 'expected asc or desc' }),
  // Read up to a hundred; only the first MAX_COMPARE are compared, and a notice names the rest.
  compare: idList(100, 'model ids'),
} as const;

type ParamKey = keyof typeof PARAM_SCHEMAS;

/** The query parameters the catalog owns; every other parameter (as-of date, mocks) is left alone. */
export const CATALOG_PARAMS = Object.keys(PARAM_SCHEMAS) as ParamKey[];

export type { UrlIssue };

/** Read the catalog's view from a query string. A bad parameter is dropped and reported, never thrown. */
export function parseCatalogSearch(search: string | URLSearchParams): {
  state: CatalogViewState;
  issues: UrlIssue[];
} {
  const { values: v, issues } = readParams(searchParams(search), PARAM_SCHEMAS);
  const filters: CatalogFilters = { ...EMPTY_FILTERS };
  const state: CatalogViewState = { ...DEFAULT_VIEW, filters };
  filters.openness = v.openness ?? filters.openness;
  filters.weights = v.weights ?? filters.weights;
  filters.tier = v.tier ?? filters.tier;
  filters.commercial = v.commercial ?? filters.commercial;
  filters.userCap = v.userCap ?? filters.userCap;
  filters.provider = v.provider ?? filters.provider;
  filters.modality = v.modality ?? filters.modality;
  filters.minContext = v.minContext ?? filters.minContext;
  filters.from = v.from ?? filters.from;
  filters.to = v.to ?? filters.to;
  filters.status = v.status ?? filters.status;
  filters.g7 = v.g7 ?? filters.g7;
  filters.mof = v.mof ?? filters.mof;
  filters.minScore = v.minScore ?? filters.minScore;
  filters.maxScore = v.maxScore ?? filters.maxScore;
  const components = { ...filters.components };
  for (const key of OPENNESS_COMPONENT_KEYS) {
    const grades: ComponentGrade[] | undefined = v[key];
    if (grades) components[key] = grades;
  }
  filters.components = components;
  filters.q = v.q ?? filters.q;
  state.sort = v.sort ?? state.sort;
  state.dir = v.dir ?? state.dir;
  const compare = v.compare ?? state.compare;
  if (compare.length > MAX_COMPARE) {
    issues.push({
      param: 'compare',
      value: compare.slice(MAX_COMPARE).join(','),
      message: `at most ${MAX_COMPARE} models are compared: the first ${MAX_COMPARE} (${compare
        .slice(0, MAX_COMPARE)
        .join(
          ', ',
        )}) are kept, ${compare.length - MAX_COMPARE === 1 ? 'this one is' : 'these are'} left out`,
    });
  }
  state.compare = compare.slice(0, MAX_COMPARE);
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
  const next = paramsWithout(params, CATALOG_PARAMS);
  const f = state.filters;
  const list = <T extends string | number>(
    key: string,
    values: readonly T[],
    order?: readonly T[],
  ) => setList(next, key, values, order);
  list(
    'openness',
    [...f.openness].sort((a, b) => a - b),
  );
  list('weights', f.weights, WEIGHTS);
  list('tier', f.tier, LICENSE_TIERS);
  if (f.commercial !== null) next.set('commercial', f.commercial);
  if (f.userCap !== null) next.set('userCap', f.userCap);
  list('provider', f.provider);
  list('modality', f.modality, MODALITIES);
  if (f.minContext !== null) next.set('minContext', String(f.minContext));
  if (f.from !== null) next.set('from', f.from);
  if (f.to !== null) next.set('to', f.to);
  list('status', f.status, CATALOG_STATUSES);
  list('g7', f.g7, G7_TIERS);
  list('mof', f.mof, MOF_CLASSES);
  if (f.minScore !== null) next.set('minScore', String(f.minScore));
  if (f.maxScore !== null) next.set('maxScore', String(f.maxScore));
  for (const key of OPENNESS_COMPONENT_KEYS)
    list(key, f.components[key], componentGradeSchema.options);
  if (f.q.trim() !== '') next.set('q', f.q);
  if (state.sort !== DEFAULT_VIEW.sort || state.dir !== DEFAULT_VIEW.dir) {
    next.set('sort', state.sort);
    next.set('dir', state.dir);
  }
  list('compare', state.compare.slice(0, MAX_COMPARE));
  return next;
}
