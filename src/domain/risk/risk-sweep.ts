import { jurisdictionRisk, meanScore, recency, saturatingOf, trajectoryOf } from './factor-rules';
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
      famRep: new Int32Array(ctx.families.length),
      famEntry: new Int32Array(ctx.families.length),
    };
    scratch.set(ctx, s);
  }
  return s;
}

/**
 * Incremental scoring over time. Family means are kept as sums of weights scaled to the
 * provider's latest release (2^((release − ref)/halfLife) ≤ 1): the common decay cancels in a
 * mean, so only membership changes touch them. A new family is added to the sums; a family that
 * changes or leaves makes the provider's sums be rebuilt at its next sample (subtracting a
 * dominant term would leave rounding noise as large as what remains). Event sums decay
 * analytically: kept at the day last touched, multiplied by 2^(−Δ/halfLife) when moved forward.
 */
export function createRiskSweeper(ctx: RiskContext, settings: RiskSettings): RiskSweeper {
  const h = settings.halfLifeDays;
  const x = ctx.flat;
  const { famRep, famEntry } = scratchFor(ctx);
  const tlDays = ctx.timelineDays;
  const tlFams = ctx.timelineFamilies;
  const release = x.release;
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
  // (month steps, release offsets) tens of thousands of times. NaN marks an age not yet computed.
  const recencyCache = new Float64Array(RECENCY_CACHE_DAYS).fill(NaN);
  const rec = (age: number): number => {
    if (age >= 0 && age < RECENCY_CACHE_DAYS && Number.isInteger(age)) {
      const cached = recencyCache[age] ?? NaN;
      if (!Number.isNaN(cached)) return cached;
      const value = recency(age, h);
      recencyCache[age] = value;
      return value;
    }
    return recency(age, h);
  };

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
      const ref = facts.refDay;
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
      let openness: number | null = null;
      let lockIn: number | null = null;
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
          if (old >= 0) {
            // Taking a family's term back out of a running sum can cancel away the precision
            // of what is left; re-add the provider's families at the next sample instead.
            stale = true;
          } else if (!stale) {
            const fw = rec(ref - (release[rep] ?? 0));
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
            const decay = rec(d - last);
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
          const decay = rec(day - last);
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
            const fw = rec(ref - (release[rep] ?? 0));
            w += fw;
            a += fw * (opRisk[entry] ?? 100);
            l += fw * (opLock[entry] ?? 100);
            count += 1;
          }
          stale = false;
        }
        if (familiesChanged) {
          const hasFamilies = count > 0 && w > 0;
          openness = hasFamilies ? meanScore(a, w) : null;
          lockIn = hasFamilies ? meanScore(l, w) : null;
          familiesChanged = false;
        }
        // Most samples of most providers have no scored event yet: skip the transcendentals then.
        const trajectory = sT === 0 ? 50 : trajectoryOf(sT);
        const continuity = sC === 0 ? 0 : saturatingOf(sC);
        const regulatory = sR === 0 ? 0 : saturatingOf(sR);
        let risk: number | null = null;
        if (openness !== null && lockIn !== null) {
          // combineRisk, unrolled: same terms in the same order.
          let num =
            wO * openness + wT * trajectory + wL * lockIn + wC * continuity + wR * regulatory;
          let den = wO + wT + wL + wC + wR;
          if (jurisdiction !== null) {
            num += wJ * jurisdiction;
            den += wJ;
          }
          risk = den > 0 ? Math.min(100, Math.max(0, num / den)) : null;
        }
        out[base + SAMPLE.risk] = risk ?? NaN;
        out[base + SAMPLE.openness] = openness ?? NaN;
        out[base + SAMPLE.trajectory] = trajectory;
        out[base + SAMPLE.lockIn] = lockIn ?? NaN;
        out[base + SAMPLE.continuity] = continuity;
        out[base + SAMPLE.regulatory] = regulatory;
        out[base + SAMPLE.jurisdiction] = jurisdiction ?? NaN;
      }
    },
  };
}
