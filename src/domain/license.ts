import type { OpennessEntry } from './schema/model';

export const LICENSE_TIERS = [
  'permissive',
  'restricted-commercial',
  'non-commercial',
  'proprietary',
  'unknown',
] as const;
export type LicenseTier = (typeof LICENSE_TIERS)[number];

// Patterns over the license as published, most restrictive first: a record that combines terms
// ("MIT (code) + DeepSeek License Agreement (weights)") takes the tier of its most restrictive part.
const NON_COMMERCIAL = [
  /\bCC-BY-NC\b/i,
  /non-production/i,
  /\bresearch license\b/i,
  /non-commercial/i,
];
const PROPRIETARY = [/^proprietary\b/i];
const RESTRICTED = [
  /community license/i,
  /terms of use/i,
  /open model license/i,
  /license agreement/i,
  /modified mit/i,
  /separate .* licen[cs]es?/i,
];
const PERMISSIVE = [/\bapache-2\.0\b/i, /^mit\b/i, /\bbsd\b/i];

/** License tier of an openness entry, derived from its license text and weights. */
export function licenseTier(entry: Pick<OpennessEntry, 'license' | 'weights'>): LicenseTier {
  const text = entry.license?.trim() ?? '';
  if (text === '') return entry.weights === 'open' ? 'unknown' : 'proprietary';
  // The engine asks for every entry of every model (100,000 at scale) and they share a few
  // hundred licenses: each text is read with the patterns once, and kept (a bounded cache).
  let tier = TIERS.get(text);
  if (tier === undefined) {
    if (TIERS.size >= 4096) TIERS.clear();
    TIERS.set(text, (tier = tierOfText(text)));
  }
  return tier;
}

const TIERS = new Map<string, LicenseTier>();

function tierOfText(text: string): LicenseTier {
  if (NON_COMMERCIAL.some((p) => p.test(text))) return 'non-commercial';
  if (PROPRIETARY.some((p) => p.test(text))) return 'proprietary';
  if (RESTRICTED.some((p) => p.test(text))) return 'restricted-commercial';
  if (PERMISSIVE.some((p) => p.test(text))) return 'permissive';
  return 'unknown';
}

/** True when the terms allow commercial use (possibly with limits). */
export function commercialUseAllowed(tier: LicenseTier): boolean | null {
  if (tier === 'permissive' || tier === 'restricted-commercial') return true;
  if (tier === 'non-commercial') return false;
  if (tier === 'proprietary') return true; // through the vendor's commercial terms
  return null;
}

const USER_THRESHOLD = /(monthly active users|\bMAU\b|million users|users? cap)/i;
// A user threshold is a cap only when crossing it takes the licensee out of the license (a separate
// license or permission is needed). Kimi K2's clause only asks for attribution above 100M MAU.
const NEEDS_LICENSE = /(licen[cs]e|permission)/i;

/** True when a restriction caps the licensee's number of users (Llama's 700M MAU clause). */
export function hasUserCap(entry: Pick<OpennessEntry, 'restrictions'>): boolean {
  return entry.restrictions.some((r) => USER_THRESHOLD.test(r) && NEEDS_LICENSE.test(r));
}
