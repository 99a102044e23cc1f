import { jurisdictionRisk, recency, SQUASH_SCALE } from './factor-rules';
import { familyRepAtFlat, opennessAtFlat, type RiskContext } from './risk-context';
import { factorInPlay, type RiskSettings } from './settings';

/** Positions of R and the factor values in each sample a sweep writes; NaN stands for null. */
export const SAMPLE = {
  risk: 0,
  openness: 1,
  trajectory: 2,
  lockIn: 3,
  continuity: 4,
  regulatory: 5,
  jurisdiction: 6,
} as const;
/** Numbers a sweep writes per sample (a stride must be at least this). */
export const SAMPLE_SIZE = 7;

/**
 * Shared state of the sweeps of one data set and settings. Samples are written as numbers into
 * a caller's buffer, not as objects: a trend holds tens of thousands of them, and numbers kept
 * in objects next to nulls would be boxed one by one.
 */
export interface RiskSweeper {
  /**
   * Sweep provider `p` (by index) forward through `count` samples, one pass over its slice of
   * the timeline and its events. Sample k is at `base = offset + k·stride` in `out`: its day
   * number (ascending in k) is read from `out[base + dayAt]`, R and the factors are written to
   * `out[base + SAMPLE.x]`. O(timeline items + events + samples).
   */
  sweep(
    p: number,
    count: number,
    out: Float64Array,
    offset: number,
    stride: number,
    dayAt: number,
  ): void;
}

const RECENCY_CACHE_DAYS = 8192;

// Per-family scratch (representative slot, openness entry), kept per context and reused by every
// sweep of it: sweeps run to completion synchronously and reset each provider's range first.
const scratch = new WeakMap<RiskContext, { famRep: Int32Array; famEntry: Int32Array }>();
function scratchFor(ctx: RiskContext): { famRep: Int32Array; famEntry: Int32Array } {
  let s = scratch.get(ctx);
  if (s === undefined) {
    s = {
      famRep: new Int32Array(ctx.familyCount),
      famEntry: new Int32Array(ctx.familyCount),
    };
    scratch.set(ctx, s);
  }
  return s;
}

// Recency by whole-day age, per half-life: every sweep of a context asks for the same ages, so
// the values are kept across sweepers (the few half-lives used last; NaN marks an age not yet
// computed).
const recencyTables = new Map<number, Float64Array>();
const RECENCY_TABLES_KEPT = 4;
function recencyTable(halfLifeDays: number): Float64Array {
  let table = recencyTables.get(halfLifeDays);
  if (table === undefined) {
    table = new Float64Array(RECENCY_CACHE_DAYS).fill(NaN);
    if (recencyTables.size >= RECENCY_TABLES_KEPT) {
      const oldest = recencyTables.keys().next().value;
      if (oldest !== undefined) recencyTables.delete(oldest);
    }
    recencyTables.set(halfLifeDays, table);
  }
  return table;
}

// The weight of each slot in its provider's family sums, 2^(−(ref − release)/h) with ref the
// provider's latest release, per context and half-life: the same for every sweep of them.
const slotWeightTables = new WeakMap<RiskContext, Map<number, Float64Array>>();
function slotWeights(ctx: RiskContext, halfLifeDays: number, rec: (age: number) => number) {
  let byHalfLife = slotWeightTables.get(ctx);
  if (byHalfLife === undefined) {
    byHalfLife = new Map();
    slotWeightTables.set(ctx, byHalfLife);
  }
  let weights = byHalfLife.get(halfLifeDays);
  if (weights === undefined) {
    const x = ctx.flat;
    weights = new Float64Array(x.release.length);
    for (let p = 0; p < ctx.providers.length; p++) {
      const ref = ctx.providers[p]?.refDay ?? 0;
      const s1 = x.famMemStart[x.provFamStart[p + 1] ?? 0] ?? 0;
      for (let k = x.famMemStart[x.provFamStart[p] ?? 0] ?? 0; k < s1; k++)
        weights[k] = rec(ref - (x.release[k] ?? 0));
    }
    if (byHalfLife.size >= RECENCY_TABLES_KEPT) {
      const oldest = byHalfLife.keys().next().value;
      if (oldest !== undefined) byHalfLife.delete(oldest);
    }
    byHalfLife.set(halfLifeDays, weights);
  }
  return weights;
}

/**
 * Incremental scoring over time. Family means are kept as sums of weights scaled to the
 * provider's latest release (2^((release − ref)/halfLife) ≤ 1): the common decay cancels in a
 * mean, so only membership changes touch them. A new family is added to the sums; a family that
 * changes or leaves has its old term taken out when that term is at most half the weight (the
 * rounding left is then a few units in the last place of the mean), otherwise the provider's
 * sums are rebuilt at its next sample (subtracting a dominant term would leave rounding noise as
 * large as what remains). A sweep that starts late in a long history reads its first state from
 * the families directly, as scoring does. Event sums decay analytically: kept at the day last
 * touched, multiplied by 2^(−Δ/halfLife) when moved forward.
 */
export function createRiskSweeper(ctx: RiskContext, settings: RiskSettings): RiskSweeper {
  const h = settings.halfLifeDays;
  const x = ctx.flat;
  const { famRep, famEntry } = scratchFor(ctx);
  const tlDays = ctx.timelineDays;
  const tlFams = ctx.timelineFamilies;
  const opRisk = x.opRisk;
  const opLock = x.opLock;
  // The weights of R, resolved once (0 for a factor left out), summed in combineRisk's order.
  const weight = (key: keyof RiskSettings['weights']) =>
    factorInPlay(key, settings) && settings.weights[key] > 0 ? settings.weights[key] : 0;
  const wO = weight('openness');
  const wT = weight('trajectory');
  const wL = weight('lockIn');
  const wC = weight('continuity');
  const wR = weight('regulatory');
  const wJ = weight('jurisdiction');
  // Recency by whole-day age, computed once per age: a sweep asks for the same few ages
  // (month steps, release offsets) tens of thousands of times.
  const recencyCache = recencyTable(h);
  const rec = (age: number): number => {
    if (age >= 0 && age < RECENCY_CACHE_DAYS && (age | 0) === age) {
      const cached = recencyCache[age] ?? NaN;
      if (!Number.isNaN(cached)) return cached;
      const value = recency(age, h);
      recencyCache[age] = value;
      return value;
    }
    return recency(age, h);
  };
  // The table read where the sweep's loop can inline it (a double returned by a call that is
  // not inlined is boxed); `rec` only on a miss.
  const cachedRec = (age: number): number => {
    const cached = age >= 0 && age < RECENCY_CACHE_DAYS ? (recencyCache[age] ?? NaN) : NaN;
    return Number.isNaN(cached) ? rec(age) : cached;
  };
  // Read as one load in the loops below: a double returned by a call that is not inlined is
  // boxed, one allocation per family and sample otherwise.
  const slotWeight = slotWeights(ctx, h, rec);

  return {
    sweep(
      p: number,
      samples: number,
      out: Float64Array,
      offset: number,
      stride: number,
      dayAt: number,
    ): void {
      const facts = ctx.providers[p];
      if (facts === undefined) return;
      const jurisdiction = jurisdictionRisk(facts.provider.hqCountry, settings.jurisdiction);
      const famFrom = x.provFamStart[p] ?? 0;
      const famTo = x.provFamStart[p + 1] ?? 0;
      // Σw, Σw·openness risk, Σw·lock-in over the current representatives; `stale` after a removal.
      let w = 0;
      let a = 0;
      let l = 0;
      let count = 0;
      let stale = false;
      // The family means change only when a family does: recomputed then, reused otherwise.
      let familiesChanged = true;
      // NaN for none (a number | null would box each value).
      let openness = NaN;
      let lockIn = NaN;
      let sT = 0;
      let sC = 0;
      let sR = 0;
      let last = -Infinity;
      let ti = x.provTimelineStart[p] ?? 0;
      const te = x.provTimelineStart[p + 1] ?? 0;
      let ei = x.provEvStart[p] ?? 0;
      const ee = x.provEvStart[p + 1] ?? 0;
      // A repeat call for the same provider starts from a clean slate.
      for (let f = famFrom; f < famTo; f++) {
        famRep[f] = -1;
        famEntry[f] = -1;
      }

      if (samples > 0) {
        // Starting late in a long history (an alert window, a trend's first month), the state at
        // the first sample is read straight from the families, as scoring does, instead of
        // replaying every change before it: the representative of a family only changes on its
        // timeline days, so both give the same representatives; the sums are rebuilt from them.
        const first = out[offset + dayAt] ?? 0;
        const skip = firstAfter(tlDays, ti, te, first);
        if (skip - ti > famTo - famFrom) {
          for (let f = famFrom; f < famTo; f++) {
            const rep = familyRepAtFlat(x, f, first);
            famRep[f] = rep;
            famEntry[f] = rep >= 0 ? opennessAtFlat(x, rep, first) : -1;
          }
          ti = skip;
          // The sums are built from these representatives at the first sample.
          stale = true;
        }
      }

      for (let k = 0; k < samples; k++) {
        const base = offset + k * stride;
        const day = out[base + dayAt] ?? 0;
        while (ti < te && (tlDays[ti] ?? Infinity) <= day) {
          const f = tlFams[ti] ?? 0;
          const d = tlDays[ti] ?? 0;
          ti += 1;
          const rep = familyRepAtFlat(x, f, d);
          const entry = rep >= 0 ? opennessAtFlat(x, rep, d) : -1;
          const old = famRep[f] ?? -1;
          const oldEntry = famEntry[f] ?? -1;
          if (old === rep && oldEntry === entry) continue;
          famRep[f] = rep;
          famEntry[f] = entry;
          familiesChanged = true;
          if (stale) continue;
          if (old >= 0) {
            // Taking a family's term back out of a running sum can cancel away the precision
            // of what is left: only a term of at most half the weight is taken out; otherwise
            // the provider's families are re-added at the next sample.
            const ow = slotWeight[old] ?? 0;
            if (!(ow <= 0.5 * w)) {
              stale = true;
              continue;
            }
            count -= 1;
            if (count === 0) {
              w = 0;
              a = 0;
              l = 0;
            } else {
              w -= ow;
              a -= ow * (opRisk[oldEntry] ?? 100);
              l -= ow * (opLock[oldEntry] ?? 100);
            }
          }
          if (rep >= 0) {
            const fw = slotWeight[rep] ?? 0;
            w += fw;
            a += fw * (opRisk[entry] ?? 100);
            l += fw * (opLock[entry] ?? 100);
            count += 1;
          }
        }
        while (ei < ee && (x.provEvDay[ei] ?? Infinity) <= day) {
          const ev = x.provEv[ei] ?? 0;
          const d = x.provEvDay[ei] ?? 0;
          ei += 1;
          const t = x.evTrajectory[ev] ?? 0;
          const c = x.evContinuity[ev] ?? 0;
          const r = x.evRegulatory[ev] ?? 0;
          if (t === 0 && c === 0 && r === 0) continue;
          if (last !== -Infinity && d !== last) {
            const decay = cachedRec(d - last);
            sT *= decay;
            sC *= decay;
            sR *= decay;
          }
          last = d;
          sT += t;
          sC += c;
          sR += r;
        }
        if (last !== -Infinity && day !== last && (sT !== 0 || sC !== 0 || sR !== 0)) {
          const decay = cachedRec(day - last);
          sT *= decay;
          sC *= decay;
          sR *= decay;
          last = day;
        }
        if (stale) {
          w = 0;
          a = 0;
          l = 0;
          count = 0;
          for (let f = famFrom; f < famTo; f++) {
            const rep = famRep[f] ?? -1;
            if (rep < 0) continue;
            const entry = famEntry[f] ?? 0;
            const fw = slotWeight[rep] ?? 0;
            w += fw;
            a += fw * (opRisk[entry] ?? 100);
            l += fw * (opLock[entry] ?? 100);
            count += 1;
          }
          stale = false;
        }
        if (familiesChanged) {
          const hasFamilies = count > 0 && w > 0;
          // meanScore, inlined (a double returned by a call is boxed).
          openness = hasFamilies ? Math.min(100, Math.max(0, a / w)) : NaN;
          lockIn = hasFamilies ? Math.min(100, Math.max(0, l / w)) : NaN;
          familiesChanged = false;
        }
        // Most samples of most providers have no scored event yet: skip the transcendentals then.
        // trajectoryOf and saturatingOf, inlined with the same arithmetic (a double returned by
        // a call that is not inlined is boxed: one allocation per sample, and the sweep is too
        // large for the compiler to inline them reliably).
        let trajectory = 50;
        if (sT !== 0) {
          const xT = sT / SQUASH_SCALE;
          if (xT > 20) trajectory = 100;
          else if (xT < -20) trajectory = 0;
          else {
            const e = Math.expm1(2 * xT);
            trajectory = 50 + (50 * e) / (e + 2);
          }
        }
        const continuity = sC === 0 ? 0 : 100 * -Math.expm1(-sC / SQUASH_SCALE);
        const regulatory = sR === 0 ? 0 : 100 * -Math.expm1(-sR / SQUASH_SCALE);
        let risk = NaN;
        if (!Number.isNaN(openness) && !Number.isNaN(lockIn)) {
          // combineRisk, unrolled: same terms in the same order.
          let num =
            wO * openness + wT * trajectory + wL * lockIn + wC * continuity + wR * regulatory;
          let den = wO + wT + wL + wC + wR;
          if (jurisdiction !== null) {
            num += wJ * jurisdiction;
            den += wJ;
          }
          risk = den > 0 ? Math.min(100, Math.max(0, num / den)) : NaN;
        }
        out[base + SAMPLE.risk] = risk;
        out[base + SAMPLE.openness] = openness;
        out[base + SAMPLE.trajectory] = trajectory;
        out[base + SAMPLE.lockIn] = lockIn;
        out[base + SAMPLE.continuity] = continuity;
        out[base + SAMPLE.regulatory] = regulatory;
        out[base + SAMPLE.jurisdiction] = jurisdiction ?? NaN;
      }
    },
  };
}

/** The first position in [a, b) of an ascending list whose day is after `day`. */
export function firstAfter(days: Float64Array, a: number, b: number, day: number): number {
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? Infinity) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
