import type { LicenseTier } from '../license';
import type { OpennessLevel } from '../openness';
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
  /** Free text over name, family, license and restrictions; every word must appear. */
  q: string;
}

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
  q: '',
};

/** The filter dimensions, in the order the filters panel shows them. */
export const FILTER_DIMENSIONS = [
  'openness',
  'weights',
  'tier',
  'commercial',
  'userCap',
  'provider',
  'modality',
  'minContext',
  'release',
  'status',
  'q',
] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** Context window thresholds offered as "at least" choices, in tokens. */
export const CONTEXT_THRESHOLDS = [8_000, 32_000, 128_000, 200_000, 1_000_000] as const;

/** True when the dimension narrows the catalog under these filters. */
export function isDimensionActive(filters: CatalogFilters, dim: FilterDimension): boolean {
  switch (dim) {
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
  return { ...filters, [dim]: EMPTY_FILTERS[dim] };
}

/** The lowercase words of a search; each must appear in a model's text. */
export function searchTokens(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '');
}
