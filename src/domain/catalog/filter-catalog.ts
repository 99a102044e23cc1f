import { dayNumber } from '../dates';
import { LICENSE_TIERS, type LicenseTier } from '../license';
import type { OpennessLevel } from '../openness';
import { G7_TIERS, type G7Tier } from '../openness/g7-tier';
import { GRADE_CODE, GRADES_BY_CODE } from '../openness/model-openness';
import { MOF_CLASSES, type MofClass } from '../openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  type ComponentGrade,
  type OpennessComponentKey,
} from '../openness/openness-components';
import type { Modality, Weights } from '../schema/model';
import {
  CONTEXT_THRESHOLDS,
  FILTER_DIMENSIONS,
  searchTokens,
  type CatalogFilters,
  type FilterDimension,
  type YesNo,
} from './catalog-filters';
import { TEXT_SEPARATOR, type CatalogColumns } from './catalog-columns';
import { CATALOG_STATUSES, MODALITIES, WEIGHTS, type CatalogStatus } from './catalog-row';

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
  g7: Record<G7Tier, number>;
  mof: Record<MofClass, number>;
  /** Per openness component, the models of each grade (ungraded models count in none). */
  components: Record<OpennessComponentKey, Record<ComponentGrade, number>>;
  /** Per dimension: the models that pass every other filter ("any" for that dimension). */
  others: Record<FilterDimension, number>;
}

export interface CatalogResult {
  /** Indices into the rows of the models that pass every filter, in the given order. */
  indices: Int32Array;
  facets: CatalogFacets;
}

const dim = (d: FilterDimension) => FILTER_DIMENSIONS.indexOf(d);
const D_OPENNESS = dim('openness');
const D_G7 = dim('g7');
const D_MOF = dim('mof');
const D_SCORE = dim('score');
const D_WEIGHTS = dim('weights');
const D_TIER = dim('tier');
const D_COMMERCIAL = dim('commercial');
const D_USERCAP = dim('userCap');
const D_PROVIDER = dim('provider');
const D_MODALITY = dim('modality');
const D_CONTEXT = dim('minContext');
const D_RELEASE = dim('release');
const D_STATUS = dim('status');
const D_Q = dim('q');
/** The dimension of component i (OPENNESS_COMPONENT_KEYS order). */
const D_COMPONENT = Int32Array.from(OPENNESS_COMPONENT_KEYS, (k) => dim(k));
const N_COMPONENTS = OPENNESS_COMPONENT_KEYS.length;
/** Grade codes per component: open, partial, closed, unknown (GRADE_CODE). */
const N_GRADES = 4;
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

/** Per position, how many of the search words its text holds (each word counted once). */
function wordHits(columns: CatalogColumns, tokens: readonly string[]): Uint8Array {
  const hits = new Uint8Array(columns.length);
  const { text, textStart } = columns;
  for (const token of tokens) {
    let k = 0;
    let pos = 0;
    for (;;) {
      const p = text.indexOf(token, pos);
      if (p === -1) break;
      while ((textStart[k + 1] as number) <= p) k++;
      hits[k] = (hits[k] as number) + 1;
      // Skip to the next row's text: one hit per word per row is enough.
      pos = textStart[k + 1] as number;
    }
  }
  return hits;
}

/** The filters compiled to numbers and bitmasks; every field always present, for a stable shape. */
interface Matcher {
  opMask: number;
  wMask: number;
  tierMask: number;
  commercial: number;
  userCap: number;
  hasProvider: boolean;
  providerSel: Uint8Array;
  modMask: number;
  minContext: number;
  hasRelease: boolean;
  fromDay: number;
  toDay: number;
  statusMask: number;
  nTokens: number;
  hits: Uint8Array;
  g7Mask: number;
  mofMask: number;
  hasScore: boolean;
  minScore: number;
  maxScore: number;
  /** The active component filters: component index and the mask of accepted grade codes. */
  nComp: number;
  compIndex: Int32Array;
  compMask: Int32Array;
}

/**
 * Counters: a row passing every filter counts once in `pass` and in one bucket per dimension; a
 * row failing one filter counts in that dimension's bucket only. Modalities and context
 * thresholds are counted by bitmask and by bucket, and spread out after the pass.
 */
interface Counters {
  open: Int32Array;
  weights: Int32Array;
  tier: Int32Array;
  commercial: Int32Array;
  userCap: Int32Array;
  provider: Int32Array;
  modMask: Int32Array;
  ctxBucket: Int32Array;
  status: Int32Array;
  g7: Int32Array;
  mof: Int32Array;
  /** Passing rows per grade profile (spread over the components after the pass). */
  profile: Int32Array;
  /** Rows failing only component i's filter, by grade: index i·4 + grade code. */
  compOne: Int32Array;
  others: Int32Array;
  out: Int32Array;
}

function compile(
  columns: CatalogColumns,
  filters: CatalogFilters,
  providerIds: readonly string[],
): Matcher {
  const providerSel = new Uint8Array(filters.provider.length > 0 ? providerIds.length : 0);
  if (filters.provider.length > 0) {
    const index = new Map(providerIds.map((id, i) => [id, i]));
    for (const id of filters.provider) {
      const i = index.get(id);
      if (i !== undefined) providerSel[i] = 1;
    }
  }
  const tokens = searchTokens(filters.q.split(TEXT_SEPARATOR).join(' '));
  const compIndex: number[] = [];
  const compMask: number[] = [];
  OPENNESS_COMPONENT_KEYS.forEach((key, i) => {
    const accepted = filters.components[key];
    if (accepted.length === 0) return;
    compIndex.push(i);
    compMask.push(accepted.reduce((mask, g) => mask | (1 << GRADE_CODE[g]), 0));
  });
  return {
    g7Mask: maskOf(filters.g7, G7_TIERS),
    mofMask: maskOf(filters.mof, MOF_CLASSES),
    hasScore: filters.minScore !== null || filters.maxScore !== null,
    minScore: filters.minScore ?? -Infinity,
    maxScore: filters.maxScore ?? Infinity,
    nComp: compIndex.length,
    compIndex: Int32Array.from(compIndex),
    compMask: Int32Array.from(compMask),
    opMask: maskOf(filters.openness, [1, 2, 3, 4, 5], 1),
    wMask: maskOf(filters.weights, WEIGHTS),
    tierMask: maskOf(filters.tier, LICENSE_TIERS),
    commercial: filters.commercial === null ? -1 : filters.commercial === 'yes' ? 0 : 1,
    userCap: filters.userCap === null ? -1 : filters.userCap === 'yes' ? 0 : 1,
    hasProvider: filters.provider.length > 0,
    providerSel,
    modMask: maskOf(filters.modality, MODALITIES),
    minContext: filters.minContext ?? -1,
    hasRelease: filters.from !== null || filters.to !== null,
    fromDay: filters.from === null ? -Infinity : dayNumber(filters.from),
    toDay: filters.to === null ? Infinity : endDay(filters.to),
    statusMask: maskOf(filters.status, CATALOG_STATUSES),
    nTokens: tokens.length,
    hits: tokens.length > 0 ? wordHits(columns, tokens) : new Uint8Array(0),
  };
}

/** The one pass: returns how many rows pass every filter (written to `c.out`). */
function scan(columns: CatalogColumns, m: Matcher, c: Counters): number {
  const {
    level,
    weights,
    tier,
    provider: prov,
    modality,
    context,
    contextBucket,
    release,
    status,
    row,
    score,
    grades,
    profile,
  } = columns;
  const comm = columns.commercial;
  const cap = columns.userCap;
  const g7 = columns.g7;
  const mof = columns.mof;
  const {
    opMask,
    wMask,
    tierMask,
    commercial,
    userCap,
    hasProvider,
    providerSel,
    modMask,
    minContext,
  } = m;
  const { hasRelease, fromDay, toDay, statusMask, nTokens, hits } = m;
  const { g7Mask, mofMask, hasScore, minScore, maxScore, nComp, compIndex, compMask } = m;
  const { open: cOpen, weights: cWeights, tier: cTier, provider: cProvider, modMask: cModMask } = c;
  const { ctxBucket: cCtxBucket, status: cStatus, others: cOthers, out } = c;
  const cCommercial = c.commercial;
  const cUserCap = c.userCap;
  const { g7: cG7, mof: cMof, profile: cProfile, compOne: cCompOne } = c;
  const n = columns.length;
  let pass = 0;

  rows: for (let k = 0; k < n; k++) {
    const lv = level[k] as number;
    const wc = weights[k] as number;
    const tc = tier[k] as number;
    const cc = comm[k] as number;
    const uc = cap[k] as number;
    const pc = prov[k] as number;
    const mm = modality[k] as number;
    const sc = status[k] as number;
    const gc = g7[k] as number;
    const mc = mof[k] as number;
    let fails = 0;
    let failed = 0;
    if (opMask !== 0 && (opMask & (1 << lv)) === 0) {
      fails++;
      failed = D_OPENNESS;
    }
    if (wMask !== 0 && (wMask & (1 << wc)) === 0) {
      if (++fails > 1) continue;
      failed = D_WEIGHTS;
    }
    if (tierMask !== 0 && (tierMask & (1 << tc)) === 0) {
      if (++fails > 1) continue;
      failed = D_TIER;
    }
    if (commercial !== -1 && cc !== commercial) {
      if (++fails > 1) continue;
      failed = D_COMMERCIAL;
    }
    if (userCap !== -1 && uc !== userCap) {
      if (++fails > 1) continue;
      failed = D_USERCAP;
    }
    if (hasProvider && (pc < 0 || providerSel[pc] !== 1)) {
      if (++fails > 1) continue;
      failed = D_PROVIDER;
    }
    if (modMask !== 0 && (modMask & mm) === 0) {
      if (++fails > 1) continue;
      failed = D_MODALITY;
    }
    if (minContext !== -1 && (context[k] as number) < minContext) {
      if (++fails > 1) continue;
      failed = D_CONTEXT;
    }
    if (statusMask !== 0 && (statusMask & (1 << sc)) === 0) {
      if (++fails > 1) continue;
      failed = D_STATUS;
    }
    if (hasRelease) {
      const day = release[k] as number;
      if (day < fromDay || day > toDay) {
        if (++fails > 1) continue;
        failed = D_RELEASE;
      }
    }
    // An ungraded model's tier and class codes are past the masks' bits, so they never match.
    if (g7Mask !== 0 && (g7Mask & (1 << gc)) === 0) {
      if (++fails > 1) continue;
      failed = D_G7;
    }
    if (mofMask !== 0 && (mofMask & (1 << mc)) === 0) {
      if (++fails > 1) continue;
      failed = D_MOF;
    }
    if (hasScore) {
      const v = score[k] as number;
      // NaN (not graded) fails both comparisons' negation: it never matches a range.
      if (!(v >= minScore && v <= maxScore)) {
        if (++fails > 1) continue;
        failed = D_SCORE;
      }
    }
    let failedGrade = 0;
    if (nComp > 0) {
      const code = grades[k] as number;
      for (let j = 0; j < nComp; j++) {
        const ci = compIndex[j] as number;
        // Grade code 0-3, or 4 for an ungraded model (never in a mask).
        const g = code < 0 ? N_GRADES : (code >>> (2 * ci)) & 3;
        if (((compMask[j] as number) & (1 << g)) === 0) {
          if (++fails > 1) continue rows;
          failed = D_COMPONENT[ci] as number;
          failedGrade = ci * N_GRADES + g;
        }
      }
    }
    if (nTokens > 0 && hits[k] !== nTokens) {
      if (++fails > 1) continue;
      failed = D_Q;
    }

    if (fails === 0) {
      out[pass++] = row[k] as number;
      cOpen[lv] = (cOpen[lv] as number) + 1;
      cWeights[wc] = (cWeights[wc] as number) + 1;
      cTier[tc] = (cTier[tc] as number) + 1;
      cCommercial[cc] = (cCommercial[cc] as number) + 1;
      cUserCap[uc] = (cUserCap[uc] as number) + 1;
      if (pc >= 0) cProvider[pc] = (cProvider[pc] as number) + 1;
      cModMask[mm] = (cModMask[mm] as number) + 1;
      const cb = contextBucket[k] as number;
      cCtxBucket[cb] = (cCtxBucket[cb] as number) + 1;
      cStatus[sc] = (cStatus[sc] as number) + 1;
      cG7[gc] = (cG7[gc] as number) + 1;
      cMof[mc] = (cMof[mc] as number) + 1;
      const pr = profile[k] as number;
      if (pr >= 0) cProfile[pr] = (cProfile[pr] as number) + 1;
      continue;
    }
    cOthers[failed] = (cOthers[failed] as number) + 1;
    if (failed === D_OPENNESS) cOpen[lv] = (cOpen[lv] as number) + 1;
    else if (failed === D_WEIGHTS) cWeights[wc] = (cWeights[wc] as number) + 1;
    else if (failed === D_TIER) cTier[tc] = (cTier[tc] as number) + 1;
    else if (failed === D_COMMERCIAL) cCommercial[cc] = (cCommercial[cc] as number) + 1;
    else if (failed === D_USERCAP) cUserCap[uc] = (cUserCap[uc] as number) + 1;
    else if (failed === D_PROVIDER) {
      if (pc >= 0) cProvider[pc] = (cProvider[pc] as number) + 1;
    } else if (failed === D_MODALITY) cModMask[mm] = (cModMask[mm] as number) + 1;
    else if (failed === D_CONTEXT) {
      const cb = contextBucket[k] as number;
      cCtxBucket[cb] = (cCtxBucket[cb] as number) + 1;
    } else if (failed === D_STATUS) cStatus[sc] = (cStatus[sc] as number) + 1;
    else if (failed === D_G7) cG7[gc] = (cG7[gc] as number) + 1;
    else if (failed === D_MOF) cMof[mc] = (cMof[mc] as number) + 1;
    else if (failed !== D_SCORE && failed !== D_RELEASE && failed !== D_Q) {
      // A component's filter: count the row under its grade there (an ungraded row nowhere).
      if ((grades[k] as number) >= 0) cCompOne[failedGrade] = (cCompOne[failedGrade] as number) + 1;
    }
  }
  return pass;
}

/**
 * Filter the catalog and count its facets in one pass over the columns. A row that fails no
 * filter is a result and counts in every facet; a row that fails exactly one filter counts only
 * in that dimension's facets; a row that fails two or more counts nowhere. The result keeps the
 * columns' order; `providerIds` lists the providers the rows' provider indices point into.
 */
export function filterCatalog(
  columns: CatalogColumns,
  filters: CatalogFilters,
  providerIds: readonly string[],
): CatalogResult {
  const c: Counters = {
    open: new Int32Array(6),
    weights: new Int32Array(2),
    tier: new Int32Array(LICENSE_TIERS.length),
    commercial: new Int32Array(3),
    userCap: new Int32Array(3),
    provider: new Int32Array(providerIds.length),
    modMask: new Int32Array(1 << MODALITIES.length),
    ctxBucket: new Int32Array(CONTEXT_THRESHOLDS.length + 1),
    status: new Int32Array(CATALOG_STATUSES.length),
    g7: new Int32Array(G7_TIERS.length + 1),
    mof: new Int32Array(MOF_CLASSES.length + 1),
    profile: new Int32Array(columns.profileCodes.length),
    compOne: new Int32Array(N_COMPONENTS * N_GRADES),
    others: new Int32Array(DIMS),
    out: new Int32Array(columns.length),
  };
  const pass = scan(columns, compile(columns, filters, providerIds), c);
  return {
    indices: c.out.subarray(0, pass),
    facets: facetsOf(c, pass, providerIds, columns.profileCodes),
  };
}

function facetsOf(
  c: Counters,
  pass: number,
  providerIds: readonly string[],
  profileCodes: Int32Array,
): CatalogFacets {
  // Each passing profile's count goes to its grade on every component.
  const comp = new Int32Array(c.compOne);
  for (let p = 0; p < profileCodes.length; p++) {
    const count = c.profile[p] as number;
    if (count === 0) continue;
    const code = profileCodes[p] as number;
    for (let i = 0; i < N_COMPONENTS; i++) {
      const at = i * N_GRADES + ((code >>> (2 * i)) & 3);
      comp[at] = (comp[at] as number) + count;
    }
  }
  const components = Object.fromEntries(
    OPENNESS_COMPONENT_KEYS.map((key, i) => [
      key,
      Object.fromEntries(GRADES_BY_CODE.map((g, code) => [g, comp[i * N_GRADES + code] as number])),
    ]),
  ) as Record<OpennessComponentKey, Record<ComponentGrade, number>>;
  const cModality = new Int32Array(MODALITIES.length);
  for (let mask = 1; mask < c.modMask.length; mask++) {
    const count = c.modMask[mask] as number;
    if (count === 0) continue;
    for (let b = 0; b < MODALITIES.length; b++)
      if (mask & (1 << b)) cModality[b] = (cModality[b] as number) + count;
  }
  // A window in bucket b reaches thresholds 0..b-1.
  const cContext = new Int32Array(CONTEXT_THRESHOLDS.length);
  let atLeast = 0;
  for (let t = CONTEXT_THRESHOLDS.length - 1; t >= 0; t--) {
    atLeast += c.ctxBucket[t + 1] as number;
    cContext[t] = atLeast;
  }
  const cOthers = c.others.map((v) => v + pass);
  const cOpen = c.open;
  const cWeights = c.weights;
  const cTier = c.tier;
  const cCommercial = c.commercial;
  const cUserCap = c.userCap;
  const cProvider = c.provider;
  const cStatus = c.status;
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
    g7: record(G7_TIERS, c.g7),
    mof: record(MOF_CLASSES, c.mof),
    components,
    others: record(FILTER_DIMENSIONS, cOthers),
  };
}
