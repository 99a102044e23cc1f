import { dayNumber } from '../dates';
import { LICENSE_TIERS, type LicenseTier } from '../license';
import type { OpennessLevel } from '../openness';
import type { Modality, Weights } from '../schema/model';
import {
  CONTEXT_THRESHOLDS,
  FILTER_DIMENSIONS,
  searchTokens,
  type CatalogFilters,
  type FilterDimension,
  type YesNo,
} from './catalog-filters';
import {
  CATALOG_STATUSES,
  MODALITIES,
  WEIGHTS,
  type CatalogRow,
  type CatalogStatus,
} from './catalog-row';

/**
 * Facet counts: for each filter dimension, how many models each of its values would show, given
 * every other active filter (the dimension's own filter left out).
 */
export interface CatalogFacets {
  openness: Record<OpennessLevel, number>;
  weights: Record<Weights, number>;
  tier: Record<LicenseTier, number>;
  commercial: Record<YesNo, number>;
  userCap: Record<YesNo, number>;
  provider: Record<string, number>;
  modality: Record<Modality, number>;
  /** Models with a known context window of at least each of CONTEXT_THRESHOLDS. */
  minContext: number[];
  status: Record<CatalogStatus, number>;
  /** Per dimension: the models that pass every other filter ("any" for that dimension). */
  others: Record<FilterDimension, number>;
}

export interface CatalogResult {
  /** Indices into the rows of the models that pass every filter, in the given order. */
  indices: Int32Array;
  facets: CatalogFacets;
}

const D_OPENNESS = 0;
const D_WEIGHTS = 1;
const D_TIER = 2;
const D_COMMERCIAL = 3;
const D_USERCAP = 4;
const D_PROVIDER = 5;
const D_MODALITY = 6;
const D_CONTEXT = 7;
const D_RELEASE = 8;
const D_STATUS = 9;
const D_Q = 10;
const DIMS = FILTER_DIMENSIONS.length;

function maskOf<T>(values: readonly T[], all: readonly T[], offset = 0): number {
  let mask = 0;
  for (const v of values) {
    const i = all.indexOf(v);
    if (i >= 0) mask |= 1 << (i + offset);
  }
  return mask;
}

/** Day number of the end of a range bound: an ISO day, or a month's last day. */
function endDay(iso: string): number {
  if (iso.length >= 10) return dayNumber(iso);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return dayNumber(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}`) - 1;
}

/**
 * Filter the catalog and count its facets in one pass over the rows. A row that fails no filter
 * is a result and counts in every facet; a row that fails exactly one filter counts only in that
 * dimension's facets; a row that fails two or more counts nowhere. `order` (row indices) sets the
 * order of the result; `providerIds` lists the providers the rows' `providerIdx` points into.
 */
export function filterCatalog(
  rows: readonly CatalogRow[],
  filters: CatalogFilters,
  providerIds: readonly string[],
  order?: ArrayLike<number>,
): CatalogResult {
  const opMask = maskOf(filters.openness, [1, 2, 3, 4, 5], 1);
  const wMask = maskOf(filters.weights, WEIGHTS);
  const tierMask = maskOf(filters.tier, LICENSE_TIERS);
  const commercial = filters.commercial === null ? -1 : filters.commercial === 'yes' ? 0 : 1;
  const userCap = filters.userCap === null ? -1 : filters.userCap === 'yes' ? 0 : 1;
  let providerSel: Uint8Array | null = null;
  if (filters.provider.length > 0) {
    providerSel = new Uint8Array(providerIds.length);
    for (const id of filters.provider) {
      const i = providerIds.indexOf(id);
      if (i >= 0) providerSel[i] = 1;
    }
  }
  const modMask = maskOf(filters.modality, MODALITIES);
  const minContext = filters.minContext ?? -1;
  const fromDay = filters.from === null ? -Infinity : dayNumber(filters.from);
  const toDay = filters.to === null ? Infinity : endDay(filters.to);
  const hasRelease = filters.from !== null || filters.to !== null;
  const statusMask = maskOf(filters.status, CATALOG_STATUSES);
  const tokens = searchTokens(filters.q);
  const nTokens = tokens.length;

  const cOpen = new Int32Array(6);
  const cWeights = new Int32Array(2);
  const cTier = new Int32Array(LICENSE_TIERS.length);
  const cCommercial = new Int32Array(3);
  const cUserCap = new Int32Array(3);
  const cProvider = new Int32Array(providerIds.length);
  const cModality = new Int32Array(MODALITIES.length);
  const cContext = new Int32Array(CONTEXT_THRESHOLDS.length);
  const cStatus = new Int32Array(CATALOG_STATUSES.length);
  const cOthers = new Int32Array(DIMS);
  const nThresholds = CONTEXT_THRESHOLDS.length;
  const nModalities = MODALITIES.length;

  const n = order ? order.length : rows.length;
  const out = new Int32Array(n);
  let found = 0;

  for (let k = 0; k < n; k++) {
    const idx = order ? (order[k] as number) : k;
    const r = rows[idx] as CatalogRow;
    let fails = 0;
    let failed = -1;
    if (opMask !== 0 && (opMask & (1 << r.level)) === 0) {
      fails++;
      failed = D_OPENNESS;
    }
    if (wMask !== 0 && (wMask & (1 << r.weightsCode)) === 0) {
      if (++fails > 1) continue;
      failed = D_WEIGHTS;
    }
    if (tierMask !== 0 && (tierMask & (1 << r.tierCode)) === 0) {
      if (++fails > 1) continue;
      failed = D_TIER;
    }
    if (commercial !== -1 && r.commercial !== commercial) {
      if (++fails > 1) continue;
      failed = D_COMMERCIAL;
    }
    if (userCap !== -1 && r.userCap !== userCap) {
      if (++fails > 1) continue;
      failed = D_USERCAP;
    }
    if (providerSel !== null && (r.providerIdx < 0 || providerSel[r.providerIdx] !== 1)) {
      if (++fails > 1) continue;
      failed = D_PROVIDER;
    }
    if (modMask !== 0 && (modMask & r.modalityMask) === 0) {
      if (++fails > 1) continue;
      failed = D_MODALITY;
    }
    if (minContext !== -1 && r.context < minContext) {
      if (++fails > 1) continue;
      failed = D_CONTEXT;
    }
    if (statusMask !== 0 && (statusMask & (1 << r.statusCode)) === 0) {
      if (++fails > 1) continue;
      failed = D_STATUS;
    }
    if (hasRelease && (r.releaseDay < fromDay || r.releaseDay > toDay)) {
      if (++fails > 1) continue;
      failed = D_RELEASE;
    }
    if (nTokens > 0) {
      const text = r.text;
      for (let t = 0; t < nTokens; t++) {
        if (!text.includes(tokens[t] as string)) {
          fails++;
          failed = D_Q;
          break;
        }
      }
      if (fails > 1) continue;
    }

    if (fails === 0) {
      out[found++] = idx;
      for (let d = 0; d < DIMS; d++) cOthers[d] = (cOthers[d] as number) + 1;
    } else {
      cOthers[failed] = (cOthers[failed] as number) + 1;
    }
    const all = fails === 0;
    if (all || failed === D_OPENNESS) cOpen[r.level] = (cOpen[r.level] as number) + 1;
    if (all || failed === D_WEIGHTS)
      cWeights[r.weightsCode] = (cWeights[r.weightsCode] as number) + 1;
    if (all || failed === D_TIER) cTier[r.tierCode] = (cTier[r.tierCode] as number) + 1;
    if (all || failed === D_COMMERCIAL)
      cCommercial[r.commercial] = (cCommercial[r.commercial] as number) + 1;
    if (all || failed === D_USERCAP) cUserCap[r.userCap] = (cUserCap[r.userCap] as number) + 1;
    if ((all || failed === D_PROVIDER) && r.providerIdx >= 0) {
      cProvider[r.providerIdx] = (cProvider[r.providerIdx] as number) + 1;
    }
    if ((all || failed === D_MODALITY) && r.modalityMask !== 0) {
      for (let b = 0; b < nModalities; b++)
        if (r.modalityMask & (1 << b)) cModality[b] = (cModality[b] as number) + 1;
    }
    if ((all || failed === D_CONTEXT) && r.context >= 0) {
      for (let t = 0; t < nThresholds; t++) {
        if (r.context >= (CONTEXT_THRESHOLDS[t] as number))
          cContext[t] = (cContext[t] as number) + 1;
        else break;
      }
    }
    if (all || failed === D_STATUS) cStatus[r.statusCode] = (cStatus[r.statusCode] as number) + 1;
  }

  const provider: Record<string, number> = {};
  providerIds.forEach((id, i) => {
    provider[id] = cProvider[i] as number;
  });
  const record = <K extends string>(keys: readonly K[], counts: Int32Array, offset = 0) =>
    Object.fromEntries(keys.map((key, i) => [key, counts[i + offset] as number])) as Record<
      K,
      number
    >;
  return {
    indices: out.subarray(0, found),
    facets: {
      openness: {
        1: cOpen[1] ?? 0,
        2: cOpen[2] ?? 0,
        3: cOpen[3] ?? 0,
        4: cOpen[4] ?? 0,
        5: cOpen[5] ?? 0,
      },
      weights: record(WEIGHTS, cWeights),
      tier: record(LICENSE_TIERS, cTier),
      commercial: { yes: cCommercial[0] ?? 0, no: cCommercial[1] ?? 0 },
      userCap: { yes: cUserCap[0] ?? 0, no: cUserCap[1] ?? 0 },
      provider,
      modality: record(MODALITIES, cModality),
      minContext: Array.from(cContext),
      status: record(CATALOG_STATUSES, cStatus),
      others: record(FILTER_DIMENSIONS, cOthers),
    },
  };
}
