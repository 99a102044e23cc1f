import { CONTEXT_THRESHOLDS } from './catalog-filters';
import { catalogRowText, type CatalogRow } from './catalog-row';

/**
 * The catalog's filter fields as typed arrays laid out in display order, so the filter reads
 * memory in sequence instead of chasing one object per model. Built once per rows and order.
 */
export interface CatalogColumns {
  length: number;
  /** The row index at each position. */
  row: Int32Array;
  level: Uint8Array;
  weights: Uint8Array;
  tier: Uint8Array;
  commercial: Uint8Array;
  userCap: Uint8Array;
  /** Provider index, -1 for an unknown provider. */
  provider: Int32Array;
  modality: Uint8Array;
  /** Tokens, -1 when unknown. */
  context: Float64Array;
  /** How many of CONTEXT_THRESHOLDS the context window reaches (0 when unknown). */
  contextBucket: Uint8Array;
  release: Int32Array;
  status: Uint8Array;
  /** Openness score 0-100; NaN when not graded. */
  score: Float64Array;
  /** Index into G7_TIERS / MOF_CLASSES; one past the last when not graded. */
  g7: Uint8Array;
  mof: Uint8Array;
  /** The packed component grades (`gradeCode`); -1 when not graded. */
  grades: Int32Array;
  /**
   * A dense number per distinct set of grades (-1 when not graded), so that the facets count a
   * passing row once and spread the count over its fourteen grades afterwards.
   */
  profile: Int32Array;
  /** The packed grades of each profile. */
  profileCodes: Int32Array;
  /**
   * Every row's search text, lowercase, in order, each followed by a NUL separator. Made on
   * first read.
   */
  readonly text: string;
  /** Where each position's text starts in `text`; `textStart[length]` is the end. */
  readonly textStart: Int32Array;
}

/** Separates the rows' texts: a search word never contains it, so a hit never spans two rows. */
export const TEXT_SEPARATOR = '\u0000';

/** Columns of `rows` in the given order (row indices; default: data order). */
export function catalogColumns(
  rows: readonly CatalogRow[],
  order?: ArrayLike<number>,
): CatalogColumns {
  const n = order ? order.length : rows.length;
  const row = new Int32Array(n);
  // The search text is made when it is first read (the first search, or an idle moment after
  // the catalog is shown: `useCatalog`), not before the first rows are: at 100,000 models it is
  // 6 million characters.
  let search: { text: string; textStart: Int32Array } | null = null;
  const c: CatalogColumns = {
    length: n,
    row,
    level: new Uint8Array(n),
    weights: new Uint8Array(n),
    tier: new Uint8Array(n),
    commercial: new Uint8Array(n),
    userCap: new Uint8Array(n),
    provider: new Int32Array(n),
    modality: new Uint8Array(n),
    context: new Float64Array(n),
    contextBucket: new Uint8Array(n),
    release: new Int32Array(n),
    status: new Uint8Array(n),
    score: new Float64Array(n),
    g7: new Uint8Array(n),
    mof: new Uint8Array(n),
    grades: new Int32Array(n),
    profile: new Int32Array(n),
    profileCodes: new Int32Array(0),
    get text() {
      return (search ??= searchTextOf(rows, row, n)).text;
    },
    get textStart() {
      return (search ??= searchTextOf(rows, row, n)).textStart;
    },
  };
  const profiles = new Map<number, number>();
  const profileCodes: number[] = [];
  for (let k = 0; k < n; k++) {
    const idx = order ? (order[k] as number) : k;
    const r = rows[idx] as CatalogRow;
    c.row[k] = idx;
    c.level[k] = r.level;
    c.weights[k] = r.weightsCode;
    c.tier[k] = r.tierCode;
    c.commercial[k] = r.commercial;
    c.userCap[k] = r.userCap;
    c.provider[k] = r.providerIdx;
    c.modality[k] = r.modalityMask;
    c.context[k] = r.context;
    let bucket = 0;
    while (
      bucket < CONTEXT_THRESHOLDS.length &&
      r.context >= (CONTEXT_THRESHOLDS[bucket] as number)
    )
      bucket++;
    c.contextBucket[k] = bucket;
    c.release[k] = r.releaseDay;
    c.status[k] = r.statusCode;
    c.score[k] = r.score;
    c.g7[k] = r.g7Code;
    c.mof[k] = r.mofCode;
    c.grades[k] = r.gradeCode;
    if (r.gradeCode < 0) c.profile[k] = -1;
    else {
      let p = profiles.get(r.gradeCode);
      if (p === undefined) {
        p = profileCodes.length;
        profiles.set(r.gradeCode, p);
        profileCodes.push(r.gradeCode);
      }
      c.profile[k] = p;
    }
  }
  c.profileCodes = Int32Array.from(profileCodes);
  return c;
}

/** The rows' search texts at positions `row[0..n)`, joined, and where each one starts. */
function searchTextOf(
  rows: readonly CatalogRow[],
  row: Int32Array,
  n: number,
): { text: string; textStart: Int32Array } {
  const texts = new Array<string>(n);
  const textStart = new Int32Array(n + 1);
  let offset = 0;
  for (let k = 0; k < n; k++) {
    const own = catalogRowText(rows[row[k] as number] as CatalogRow);
    const text = own.includes(TEXT_SEPARATOR) ? own.split(TEXT_SEPARATOR).join(' ') : own;
    texts[k] = text;
    textStart[k] = offset;
    offset += text.length + 1;
  }
  textStart[n] = offset;
  return { text: texts.join(TEXT_SEPARATOR) + (n > 0 ? TEXT_SEPARATOR : ''), textStart };
}
