import { jurisdictionRisk, meanScore, recency, saturatingOf, trajectoryOf } from './factor-rules';
import { familyRepAt, opennessIdxAt, type RiskContext } from './risk-context';
import type { RiskSettings } from './settings';
import { combineRisk, type FactorValues } from './score-providers';

/** A forward-only pass over time that keeps every provider's factor inputs up to date. */
export interface RiskSweep {
  /** Apply every model change and event dated on or before `day` (a day number, never decreasing). */
  advanceTo(day: number): void;
  /** Factor values and R of a provider (by index) as of the current day. */
  sample(providerIdx: number): { values: FactorValues; risk: number | null };
}

/**
 * Start a sweep. Family means are kept as sums of weights scaled to each provider's latest
 * release (2^((release − ref)/halfLife) ≤ 1): the common decay cancels in a mean, so only
 * membership changes touch them. Event sums decay analytically: each provider's sum is kept at
 * the day it was last touched and multiplied by 2^(−Δ/halfLife) when moved forward.
 */
export function createRiskSweep(ctx: RiskContext, settings: RiskSettings): RiskSweep {
  const h = settings.halfLifeDays;
  const nF = ctx.families.length;
  const nP = ctx.providers.length;
  const famRep = new Int32Array(nF).fill(-1);
  const famW = new Float64Array(nF);
  const famA = new Float64Array(nF);
  const famL = new Float64Array(nF);
  // Neumaier-compensated sums: removing a dominant family must not leave rounding noise behind.
  const wSum = new Float64Array(nP);
  const wComp = new Float64Array(nP);
  const aSum = new Float64Array(nP);
  const aComp = new Float64Array(nP);
  const lSum = new Float64Array(nP);
  const lComp = new Float64Array(nP);
  const count = new Int32Array(nP);
  const sT = new Float64Array(nP);
  const sC = new Float64Array(nP);
  const sR = new Float64Array(nP);
  const lastDay = new Float64Array(nP);
  const jurisdiction = ctx.providers.map((p) => jurisdictionRisk(p.provider.hqCountry, settings.jurisdiction));
  let tl = 0;
  let ev = 0;
  let current = -Infinity;

  function add(sum: Float64Array, comp: Float64Array, i: number, x: number): void {
    const s = sum[i] ?? 0;
    const t = s + x;
    comp[i] = (comp[i] ?? 0) + (Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s);
    sum[i] = t;
  }

  function updateFamily(f: number, day: number): void {
    const family = ctx.families[f];
    if (family === undefined) return;
    const p = family.providerIdx;
    const rep = familyRepAt(ctx, family, day);
    let w = 0;
    let a = 0;
    let l = 0;
    if (rep >= 0) {
      const m = ctx.models[rep];
      const ref = ctx.providers[p]?.refDay ?? 0;
      if (m !== undefined) {
        const e = opennessIdxAt(m, day);
        w = recency(ref - m.releaseDay, h);
        a = w * (m.opennessRisk[e] ?? 100);
        l = w * (m.lockIn[e] ?? 100);
      }
    }
    const old = famRep[f] ?? -1;
    if (old === rep && famW[f] === w && famA[f] === a && famL[f] === l) return;
    if (old >= 0) {
      add(wSum, wComp, p, -(famW[f] ?? 0));
      add(aSum, aComp, p, -(famA[f] ?? 0));
      add(lSum, lComp, p, -(famL[f] ?? 0));
      count[p] = (count[p] ?? 0) - 1;
    }
    famRep[f] = rep;
    famW[f] = w;
    famA[f] = a;
    famL[f] = l;
    if (rep >= 0) {
      add(wSum, wComp, p, w);
      add(aSum, aComp, p, a);
      add(lSum, lComp, p, l);
      count[p] = (count[p] ?? 0) + 1;
    }
    if (count[p] === 0) {
      wSum[p] = 0;
      wComp[p] = 0;
      aSum[p] = 0;
      aComp[p] = 0;
      lSum[p] = 0;
      lComp[p] = 0;
    }
  }

  function decayTo(p: number, day: number): void {
    const last = lastDay[p] ?? day;
    if (last === day) return;
    if (sT[p] !== 0 || sC[p] !== 0 || sR[p] !== 0) {
      const k = recency(day - last, h);
      sT[p] = (sT[p] ?? 0) * k;
      sC[p] = (sC[p] ?? 0) * k;
      sR[p] = (sR[p] ?? 0) * k;
    }
    lastDay[p] = day;
  }

  return {
    advanceTo(day: number): void {
      if (day < current) throw new Error('A risk sweep only moves forward in time.');
      current = day;
      const days = ctx.timelineDays;
      const fams = ctx.timelineFamilies;
      while (tl < days.length && (days[tl] ?? Infinity) <= day) {
        updateFamily(fams[tl] ?? 0, days[tl] ?? 0);
        tl += 1;
      }
      while (ev < ctx.events.length) {
        const e = ctx.events[ev];
        if (e === undefined || e.day > day) break;
        if (e.trajectory !== 0 || e.continuity !== 0 || e.regulatory !== 0) {
          for (const p of e.providers) {
            decayTo(p, e.day);
            sT[p] = (sT[p] ?? 0) + e.trajectory;
            sC[p] = (sC[p] ?? 0) + e.continuity;
            sR[p] = (sR[p] ?? 0) + e.regulatory;
          }
        }
        ev += 1;
      }
    },
    sample(p: number) {
      decayTo(p, current);
      const n = count[p] ?? 0;
      const W = (wSum[p] ?? 0) + (wComp[p] ?? 0);
      const openness = n > 0 && W > 0 ? meanScore((aSum[p] ?? 0) + (aComp[p] ?? 0), W) : null;
      const lockIn = n > 0 && W > 0 ? meanScore((lSum[p] ?? 0) + (lComp[p] ?? 0), W) : null;
      const values: FactorValues = {
        openness,
        trajectory: trajectoryOf(sT[p] ?? 0),
        lockIn,
        continuity: saturatingOf(sC[p] ?? 0),
        regulatory: saturatingOf(sR[p] ?? 0),
        jurisdiction: jurisdiction[p] ?? null,
      };
      return { values, risk: combineRisk(values, settings) };
    },
  };
}
