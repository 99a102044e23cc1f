import type { LicenseTier } from '../license';
import type { OpennessLevel } from '../openness';
import type { G7Tier } from '../openness/g7-tier';
import type { MofClass } from '../openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  type ComponentGrade,
  type OpennessComponentKey,
} from '../openness/openness-components';
import type { Modality, Weights } from '../schema/model';
import type { CatalogStatus } from './catalog-row';

export type YesNo = 'yes' | 'no';

/** Every filter of the catalog. Empty lists and nulls mean "any". */
export interface CatalogFilters {
  openness: OpennessLevel[];
  weights: Weights[];
  tier: LicenseTier[];
  commercial: YesNo | null;
  userCap: YesNo | null;
  provider: string[];
  modality: Modality[];
  /** Minimum context window in tokens; a model with an unknown window never matches. */
  minContext: number | null;
  /** Release date range, inclusive: ISO days. */
  from: string | null;
  to: string | null;
  status: CatalogStatus[];
  /** G7 openness tiers (any of); an ungraded model never matches. */
  g7: G7Tier[];
  /** MOF classes (any of); an ungraded model never matches. */
  mof: MofClass[];
  /** Openness score range 0-100, inclusive; an ungraded model never matches a bound. */
  minScore: number | null;
  maxScore: number | null;
  /**
   * Per openness component, the grades accepted (any of): `trainingCode: ['open']` keeps the models
   * whose training code is open. An empty list accepts any grade; an ungraded model never matches.
   */
  components: Record<OpennessComponentKey, ComponentGrade[]>;
  /** Free text over name, family, license and restrictions; every word must appear. */
  q: string;
}

/** No component filter: every component accepts any grade. */
export const ANY_COMPONENTS: Readonly<Record<OpennessComponentKey, ComponentGrade[]>> =
  Object.fromEntries(
    OPENNESS_COMPONENT_KEYS.map((k): [OpennessComponentKey, ComponentGrade[]] => [k, []]),
  ) as Record<OpennessComponentKey, ComponentGrade[]>;

export const EMPTY_FILTERS: CatalogFilters = {
  openness: [],
  weights: [],
  tier: [],
  commercial: null,
  userCap: null,
  provider: [],
  modality: [],
  minContext: null,
  from: null,
  to: null,
  status: [],
  g7: [],
  mof: [],
  minScore: null,
  maxScore: null,
  components: ANY_COMPONENTS,
  q: '',
};

/** The filter dimensions, in the order the filters panel shows them (one per openness component). */
export const FILTER_DIMENSIONS = [
  'openness',
  'g7',
  'mof',
  'score',
  'weights',
  'tier',
  'commercial',
  'userCap',
  'provider',
  'modality',
  'minContext',
  'release',
  'status',
  ...OPENNESS_COMPONENT_KEYS,
  'q',
] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

const COMPONENT_KEY_SET: ReadonlySet<string> = new Set(OPENNESS_COMPONENT_KEYS);

/** True when the dimension is one openness component's filter. */
export function isComponentDimension(dim: FilterDimension): dim is OpennessComponentKey {
  return COMPONENT_KEY_SET.has(dim);
}

/** Context window thresholds offered as "at least" choices, in tokens. */
export const CONTEXT_THRESHOLDS = [8_000, 32_000, 128_000, 200_000, 1_000_000] as const;

/** True when the dimension narrows the catalog under these filters. */
export function isDimensionActive(filters: CatalogFilters, dim: FilterDimension): boolean {
  if (isComponentDimension(dim)) return filters.components[dim].length > 0;
  switch (dim) {
    case 'g7':
    case 'mof':
    case 'openness':
    case 'weights':
    case 'tier':
    case 'provider':
    case 'modality':
    case 'status':
      return filters[dim].length > 0;
    case 'commercial':
    case 'userCap':
    case 'minContext':
      return filters[dim] !== null;
    case 'release':
      return filters.from !== null || filters.to !== null;
    case 'score':
      return filters.minScore !== null || filters.maxScore !== null;
    case 'q':
      return searchTokens(filters.q).length > 0;
  }
}

/** The active filter dimensions, in panel order. */
export function activeDimensions(filters: CatalogFilters): FilterDimension[] {
  return FILTER_DIMENSIONS.filter((d) => isDimensionActive(filters, d));
}

/** Filters with one dimension reset to "any". */
export function withoutDimension(filters: CatalogFilters, dim: FilterDimension): CatalogFilters {
  if (dim === 'release') return { ...filters, from: null, to: null };
  if (dim === 'score') return { ...filters, minScore: null, maxScore: null };
  if (isComponentDimension(dim)) {
    return { ...filters, components: { ...filters.components, [dim]: [] } };
  }
  return { ...filters, [dim]: EMPTY_FILTERS[dim] };
}

/** The lowercase words of a search; each must appear in a model's text. */
export function searchTokens(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
}
