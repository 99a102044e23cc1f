import { opennessLevel, type OpennessLevel } from '../openness';
import type { RiskEvent } from '../schema/event';
import type { OpennessEntry } from '../schema/model';

/** Openness risk 0-100 of each openness level (os-ai-map scale): 5 → 0 … 1 → 100. */
export const OPENNESS_RISK: Record<OpennessLevel, number> = { 5: 0, 4: 10, 3: 35, 2: 60, 1: 100 };

/** The openness level whose openness risk is `risk` (OPENNESS_RISK is one-to-one; 1 otherwise). */
export function levelOfOpennessRisk(risk: number): OpennessLevel {
  return risk === 0 ? 5 : risk === 10 ? 4 : risk === 35 ? 3 : risk === 60 ? 2 : 1;
}

/** Openness risk 0-100 of an openness entry. */
export function opennessRiskOf(entry: OpennessEntry): number {
  return OPENNESS_RISK[opennessLevel(entry)];
}

export const LOCK_IN_VALUES = {
  weightsDownload: 0,
  multiCloud: 30,
  oneCloud: 50,
  ownApiOnly: 70,
  appOrPreviewOnly: 100,
} as const;

/**
 * Access lock-in 0-100 of an openness entry: downloadable weights 0, two or more third-party
 * clouds 30, one cloud (with or without the own API) 50, own API only 70, own app or private
 * preview only (or no documented channel) 100.
 */
export function lockInOf(entry: OpennessEntry): number {
  if (entry.weights === 'open') return LOCK_IN_VALUES.weightsDownload;
  // Distinct cloud names, case aside: only whether there are none, one or more matters, so the
  // first name is kept and any other is compared with it (no set made per entry: the engine
  // reads every entry of every model).
  let firstCloud: string | null = null;
  let secondCloud = false;
  let unnamedClouds = 0;
  let ownApi = false;
  for (const c of entry.channels) {
    if (c.kind === 'weights-download') return LOCK_IN_VALUES.weightsDownload;
    if (c.kind === 'cloud') {
      if (c.name === null) unnamedClouds += 1;
      else if (firstCloud === null) firstCloud = c.name.toLowerCase();
      else if (!secondCloud && c.name.toLowerCase() !== firstCloud) secondCloud = true;
    } else if (c.kind === 'own-api') {
      ownApi = true;
    }
  }
  const cloudCount = (firstCloud === null ? 0 : secondCloud ? 2 : 1) + unnamedClouds;
  if (cloudCount >= 2) return LOCK_IN_VALUES.multiCloud;
  if (cloudCount === 1) return LOCK_IN_VALUES.oneCloud;
  if (ownApi) return LOCK_IN_VALUES.ownApiOnly;
  return LOCK_IN_VALUES.appOrPreviewOnly;
}

/** Event types that feed the continuity factor. */
export const CONTINUITY_TYPES: ReadonlySet<RiskEvent['type']> = new Set([
  'deprecation',
  'retirement',
  'outage',
  'security-incident',
  'safety-incident',
]);

/** Saturation constant of the squashed factors (tanh(S/5), 1 − e^(−S/5)). */
export const SQUASH_SCALE = 5;

/** Trajectory raw value of an event at its own date: sign·severity (0 when unscored or neutral). */
export function trajectoryRaw(e: RiskEvent): number {
  if (!e.scored || e.direction === 'neutral') return 0;
  return (e.direction === 'toward-closed' ? 1 : -1) * e.severity;
}

/** Continuity raw value of an event at its own date: severity/3 for scored continuity events. */
export function continuityRaw(e: RiskEvent): number {
  return e.scored && CONTINUITY_TYPES.has(e.type) ? e.severity / 3 : 0;
}

/** Regulatory raw value of an event for one bound provider: severity/3, halved when industry-wide. */
export function regulatoryRaw(e: RiskEvent): number {
  if (!e.scored || e.type !== 'regulatory') return 0;
  return (e.severity / 3) * (e.providerId === null ? 0.5 : 1);
}

/** Trajectory factor 0-100 of a recency-weighted sum S: 50 + 50·tanh(S/5). */
export function trajectoryOf(s: number): number {
  // tanh(x) = expm1(2x) / (expm1(2x) + 2): exact near 0 and several times faster than Math.tanh
  // in V8, which matters to a trend sampling tens of thousands of points. Saturate before overflow.
  const x = s / SQUASH_SCALE;
  if (x > 20) return 100;
  if (x < -20) return 0;
  const e = Math.expm1(2 * x);
  return 50 + (50 * e) / (e + 2);
}

/** Continuity or regulatory factor 0-100 of a non-negative recency-weighted sum S: 100·(1 − e^(−S/5)). */
export function saturatingOf(s: number): number {
  return 100 * -Math.expm1(-s / SQUASH_SCALE);
}

/** Recency weight 0-1 of a fact `ageDays` old under a half-life in days: 2^(−age/halfLife). */
export function recency(ageDays: number, halfLifeDays: number): number {
  // e^(−age·ln2/h) equals 2^(−age/h) and is about twice as fast as Math.pow in V8.
  return Math.exp((-ageDays * Math.LN2) / halfLifeDays);
}

/** Jurisdiction risk 0-100 of a provider headquartered in `country`; null when no home is set. */
export function jurisdictionRisk(
  country: string,
  jurisdiction: { home: string | null; overrides: Record<string, number> },
): number | null {
  if (jurisdiction.home === null) return null;
  const override = jurisdiction.overrides[country];
  if (override !== undefined) return override;
  return country.trim().toLowerCase() === jurisdiction.home.trim().toLowerCase() ? 0 : 50;
}

/** A weighted mean A/W clamped to 0-100: rounding can put a mean of equal 100s a hair above 100. */
export function meanScore(a: number, w: number): number {
  return Math.min(100, Math.max(0, a / w));
}
