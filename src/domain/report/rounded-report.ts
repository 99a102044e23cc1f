import { roundDecimal } from '../round-decimal';
import { shownChange } from '../shown-change';
import { FACTOR_KEYS } from '../risk/settings';
import type { FactorValues } from '../risk/score-providers';
import type { RiskReport } from './build-risk-report';

/** Digits each kind of figure is shown with, on screen and in every export. */
export const REPORT_DIGITS = {
  /** Risk scores, factor scores, exposure points, openness scores and changes: 0-100, one decimal. */
  score: 1,
  /** Portfolio shares 0-1 (shown as whole percentages): four decimals keep the percentage exact. */
  share: 4,
  /** HHI 0-10,000: whole points. */
  hhi: 0,
  /** Effective number of providers: one decimal. */
  count: 1,
} as const;

function round(n: number | null, digits: number): number | null {
  return n === null ? null : roundDecimal(n, digits);
}

const score = (n: number | null) => round(n, REPORT_DIGITS.score);

/**
 * The report with every computed figure rounded as it is shown (so an export never says
 * 99.99999999999997 where the screen says 100.0): scores one decimal, shares four, HHI whole.
 * A scenario's changes are the differences of its rounded figures (`shownChange`), so every
 * exported change can be recomputed from the exported baseline and scenario.
 * Values a person entered (dependency shares, settings) are kept as they were entered.
 */
export function roundedReport(report: RiskReport): RiskReport {
  const factors = (f: FactorValues): FactorValues =>
    Object.fromEntries(FACTOR_KEYS.map((k) => [k, score(f[k])])) as FactorValues;
  const e = report.exposure;
  const s = report.scenario;
  return {
    ...report,
    ranking: report.ranking.map((r) => ({
      ...r,
      risk: score(r.risk),
      factors: factors(r.factors),
      exposure: score(r.exposure),
      share: round(r.share, REPORT_DIGITS.share),
      openness: r.openness.newest
        ? {
            ...r.openness,
            newest: { ...r.openness.newest, score: score(r.openness.newest.score) },
          }
        : r.openness,
    })),
    exposure:
      e === null
        ? null
        : {
            ...e,
            portfolioExposure: score(e.portfolioExposure),
            hhi: round(e.hhi, REPORT_DIGITS.hhi),
            effectiveProviders: round(e.effectiveProviders, REPORT_DIGITS.count),
            providers: e.providers.map((p) => ({
              ...p,
              share: roundDecimal(p.share, REPORT_DIGITS.share),
              exposure: roundDecimal(p.exposure, REPORT_DIGITS.score),
            })),
            dependencies: e.dependencies.map((d) => ({
              ...d,
              risk: score(d.risk),
              opennessScore: score(d.opennessScore),
            })),
          },
    topContributors: report.topContributors.map((c) => ({
      ...c,
      points: roundDecimal(c.points, REPORT_DIGITS.score),
    })),
    scenario:
      s === null
        ? null
        : {
            ...s,
            providers: s.providers.map((p) => ({
              ...p,
              baseline: score(p.baseline),
              scenario: score(p.scenario),
              delta: shownChange(p.baseline, p.scenario, REPORT_DIGITS.score),
            })),
            baselineExposure: score(s.baselineExposure),
            scenarioExposure: score(s.scenarioExposure),
            exposureDelta: shownChange(s.baselineExposure, s.scenarioExposure, REPORT_DIGITS.score),
            baselineHhi: round(s.baselineHhi, REPORT_DIGITS.hhi),
            scenarioHhi: round(s.scenarioHhi, REPORT_DIGITS.hhi),
            hhiDelta: shownChange(s.baselineHhi, s.scenarioHhi, REPORT_DIGITS.hhi),
          },
  };
}
