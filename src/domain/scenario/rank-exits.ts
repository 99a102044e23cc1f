import { compareText } from '../compare-text';
import type { LicenseTier } from '../license';
import type { Channel } from '../schema/channel';
import type { Deployment } from '../schema/dependency';
import type { Modality } from '../schema/model';
import { cloudMatches } from './workload-impact';

/**
 * Exit options ranked by fit (docs/methodology.md, "Exit options ranked by fit"). Each criterion
 * gives a candidate points 0-1: 1 when it is known to fit, ½ when the fact is unknown (it may fit:
 * the option is kept, below every option known to fit), less than ½ when it is known to fall short
 * (graded by how far). The fit is the weighted mean of the points, 0-100; the weights put
 * "can it do the work and run the same way" above "how large" and "how risky its provider".
 */
export const FIT_CRITERIA = ['modalities', 'context', 'license', 'deployment', 'size', 'providerRisk'] as const;
export type FitCriterion = (typeof FIT_CRITERIA)[number];

export const FIT_WEIGHTS: Readonly<Record<FitCriterion, number>> = {
  modalities: 3,
  deployment: 3,
  license: 2,
  context: 2,
  size: 1,
  providerRisk: 2,
};

export const FIT_LABELS: Readonly<Record<FitCriterion, string>> = {
  modalities: 'Modalities',
  context: 'Context window',
  license: 'License',
  deployment: 'Deployment',
  size: 'Size class',
  providerRisk: 'Provider risk',
};

/** Points of an unknown fact: half of a fit, above any known shortfall. */
export const UNKNOWN_POINTS = 0.5;
/** A known shortfall scores below this, graded by how much of the need it covers. */
const SHORTFALL_MAX = 0.4;

/** Parameter size classes: small under 15B, medium 15-100B, large over 100B (total parameters). */
export type SizeClass = 'small' | 'medium' | 'large';
export const SIZE_CLASS_TEXT: Readonly<Record<SizeClass, string>> = {
  small: 'small (under 15B)',
  medium: 'medium (15-100B)',
  large: 'large (over 100B)',
};

function classOf(billions: number): SizeClass {
  return billions < 15 ? 'small' : billions <= 100 ? 'medium' : 'large';
}

/**
 * The size classes a parameters text names ("8B, 70B, 405B (dense)": small, medium, large), read
 * from total parameters (an "active" or "effective" count is not the size); null when it names
 * none ("Undisclosed"). Pure.
 */
export function sizeClasses(parameters: string | null): SizeClass[] | null {
  if (parameters === null) return null;
  const found = new Set<SizeClass>();
  for (const raw of parameters.split(/[,;/]/)) {
    const part = raw.replace(/\([^)]*\)/g, ' ');
    if (/\b(active|eff\.?|effective)\b/i.test(part)) continue;
    for (const m of part.matchAll(/(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s*(B|T|billion|trillion)\b/gi)) {
      const n = Number(m[1]);
      const unit = (m[2] ?? '').toLowerCase();
      found.add(classOf(unit === 't' || unit === 'trillion' ? n * 1000 : n));
    }
    if (/\bover 1 trillion\b/i.test(part)) found.add('large');
  }
  const order: SizeClass[] = ['small', 'medium', 'large'];
  const out = order.filter((c) => found.has(c));
  return out.length === 0 ? null : out;
}

/** What the workload needs, read from the model it leaves and the way it runs. */
export interface ExitNeeds {
  /** The model being replaced, as named in the reasons. */
  modelName: string;
  modalities: { input: Modality[]; output: Modality[] } | null;
  contextWindow: number | null;
  sizeClasses: SizeClass[] | null;
  deployment: Deployment;
  /** The cloud channel slug the workload calls through (`bedrock`), or null for none named. */
  cloud: string | null;
  /** Its current provider's risk 0-100 and name, for comparison; null when unscored. */
  providerRisk: number | null;
  providerName: string;
}

/** A candidate's facts as of the day asked about; null for an unknown fact. */
export interface ExitCandidate {
  modelId: string;
  providerId: string;
  providerName: string;
  name: string;
  modalities: { input: Modality[]; output: Modality[] } | null;
  contextWindow: number | null;
  sizeClasses: SizeClass[] | null;
  licenseTier: LicenseTier;
  license: string | null;
  openWeights: boolean;
  channels: Channel[];
  providerRisk: number | null;
}

export type FitVerdict = 'fits' | 'unknown' | 'lacks';

export interface FitCheck {
  criterion: FitCriterion;
  verdict: FitVerdict;
  /** 0-1; see UNKNOWN_POINTS. */
  points: number;
  /** Why, in words ("context window 1M tokens, at least GPT-5's 400K"). */
  text: string;
}

export interface RankedExit {
  candidate: ExitCandidate;
  /** Weighted mean of the points over the criteria that apply, 0-100. */
  fit: number;
  checks: FitCheck[];
}

function tokens(n: number): string {
  if (n >= 1_000_000) return `${Number((n / 1_000_000).toFixed(1))}M`;
  if (n >= 1000) return `${Math.round(n / 1000)}K`;
  return String(n);
}

function list(xs: readonly string[]): string {
  return xs.join('+');
}

function fits(criterion: FitCriterion, text: string, points = 1): FitCheck {
  return { criterion, verdict: 'fits', points, text };
}
function unknown(criterion: FitCriterion, text: string): FitCheck {
  return { criterion, verdict: 'unknown', points: UNKNOWN_POINTS, text };
}
function lacks(criterion: FitCriterion, text: string, share: number): FitCheck {
  return { criterion, verdict: 'lacks', points: SHORTFALL_MAX * Math.max(0, Math.min(1, share)), text };
}

function checkModalities(needs: ExitNeeds, c: ExitCandidate): FitCheck | null {
  const want = needs.modalities;
  if (want === null) return null;
  if (c.modalities === null) return unknown('modalities', 'modalities unknown');
  const missingIn = want.input.filter((m) => !c.modalities?.input.includes(m));
  const missingOut = want.output.filter((m) => !c.modalities?.output.includes(m));
  const needed = want.input.length + want.output.length;
  const missing = missingIn.length + missingOut.length;
  if (missing === 0) {
    const wider = c.modalities.input.length + c.modalities.output.length > needed;
    return fits(
      'modalities',
      `${list(c.modalities.input)} in, ${list(c.modalities.output)} out${wider ? ` (wider than ${needs.modelName})` : ''}`,
    );
  }
  const parts = [
    ...(missingIn.length > 0 ? [`no ${list(missingIn)} input`] : []),
    ...(missingOut.length > 0 ? [`no ${list(missingOut)} output`] : []),
  ];
  return lacks('modalities', parts.join(', '), (needed - missing) / needed);
}

function checkContext(needs: ExitNeeds, c: ExitCandidate): FitCheck | null {
  const want = needs.contextWindow;
  if (want === null) return null;
  if (c.contextWindow === null) return unknown('context', 'context window unknown');
  if (c.contextWindow >= want) {
    return fits('context', `context window ${tokens(c.contextWindow)} tokens, at least ${needs.modelName}'s ${tokens(want)}`);
  }
  return lacks('context', `context window ${tokens(c.contextWindow)} tokens, below ${needs.modelName}'s ${tokens(want)}`, c.contextWindow / want);
}

function checkLicense(c: ExitCandidate): FitCheck {
  const named = c.license ? ` (${c.license})` : '';
  switch (c.licenseTier) {
    case 'permissive':
      return fits('license', `permissive license${named}`);
    case 'restricted-commercial':
      return fits('license', `commercial use allowed with limits${named}`, 0.75);
    case 'proprietary':
      return fits('license', `the vendor's commercial terms${named}`, 0.75);
    case 'non-commercial':
      return lacks('license', `non-commercial terms${named}: not allowed for a business workload`, 0);
    default:
      return unknown('license', 'license terms not stated');
  }
}

function checkDeployment(needs: ExitNeeds, c: ExitCandidate): FitCheck {
  const hosted = c.channels.filter((ch) => ch.kind === 'own-api');
  const clouds = c.channels.filter((ch) => ch.kind === 'cloud');
  const names = (chs: Channel[]) => chs.map((ch) => ch.name ?? 'unnamed').join(', ');
  if (needs.deployment === 'self-hosted') {
    return c.openWeights
      ? fits('deployment', 'open weights: can be self-hosted')
      : lacks('deployment', 'no open weights: cannot be self-hosted', 0);
  }
  if (c.channels.length === 0) return unknown('deployment', 'no access channel on record');
  if (needs.deployment === 'cloud-marketplace') {
    if (needs.cloud !== null) {
      const same = clouds.filter((ch) => cloudMatches(ch.name, needs.cloud ?? ''));
      if (same.length > 0) return fits('deployment', `offered on ${names(same)}`);
      if (clouds.length > 0) return lacks('deployment', `not on the same cloud; offered on ${names(clouds)}`, 0.75);
    } else if (clouds.length > 0) {
      return fits('deployment', `offered on ${names(clouds)}`);
    }
    if (hosted.length > 0) return lacks('deployment', `on no cloud marketplace; its own API (${names(hosted)})`, 0.5);
    return lacks('deployment', c.openWeights ? 'weights only: no hosted offer on record' : 'no hosted offer on record', c.openWeights ? 0.25 : 0);
  }
  // vendor-api: a hosted API, the provider's own or a cloud's.
  if (hosted.length > 0) return fits('deployment', `hosted API: ${names(hosted)}`);
  if (clouds.length > 0) return fits('deployment', `hosted on ${names(clouds)}`);
  return lacks('deployment', c.openWeights ? 'weights only: no hosted API on record (self-host it)' : 'no hosted API on record', c.openWeights ? 0.25 : 0);
}

function checkSize(needs: ExitNeeds, c: ExitCandidate): FitCheck | null {
  const want = needs.sizeClasses;
  if (want === null) return null;
  if (c.sizeClasses === null) return unknown('size', 'size undisclosed');
  const shared = c.sizeClasses.filter((s) => want.includes(s));
  const text = c.sizeClasses.map((s) => SIZE_CLASS_TEXT[s]).join(', ');
  if (shared.length > 0) return fits('size', `comparable size: ${text}`);
  return lacks('size', `different size: ${text}, against ${want.map((s) => SIZE_CLASS_TEXT[s]).join(', ')}`, 0);
}

function checkProviderRisk(needs: ExitNeeds, c: ExitCandidate): FitCheck {
  const r = c.providerRisk;
  if (r === null) return unknown('providerRisk', `${c.providerName} not scored`);
  const points = Math.max(0, Math.min(1, (100 - r) / 100));
  const own = needs.providerRisk;
  const text = `${c.providerName} risk ${r.toFixed(1)}`;
  if (own === null) return { criterion: 'providerRisk', verdict: 'fits', points, text };
  return r <= own
    ? { criterion: 'providerRisk', verdict: 'fits', points, text: `${text}, at most ${needs.providerName}'s ${own.toFixed(1)}` }
    : { criterion: 'providerRisk', verdict: 'lacks', points, text: `${text}, above ${needs.providerName}'s ${own.toFixed(1)}` };
}

/** Every criterion's check of one candidate (a criterion whose need is unknown is left out for all), and its fit 0-100. Pure. */
export function assessExit(needs: ExitNeeds, c: ExitCandidate): RankedExit {
  const checks = [
    checkModalities(needs, c),
    checkContext(needs, c),
    checkLicense(c),
    checkDeployment(needs, c),
    checkSize(needs, c),
    checkProviderRisk(needs, c),
  ].filter((x): x is FitCheck => x !== null);
  let sum = 0;
  let weights = 0;
  for (const k of checks) {
    sum += FIT_WEIGHTS[k.criterion] * k.points;
    weights += FIT_WEIGHTS[k.criterion];
  }
  return { candidate: c, fit: weights > 0 ? (100 * sum) / weights : 0, checks };
}

function pointsOf(r: RankedExit, criterion: FitCriterion): number {
  return r.checks.find((k) => k.criterion === criterion)?.points ?? 0;
}

/**
 * Candidates ranked by fit, best first: by fit, then criterion by criterion in FIT_CRITERIA order
 * (so a candidate at least as good on every criterion and better on one never ranks below the
 * other, even where sums round alike), then by name. None is dropped: an unknown fact only
 * lowers the rank. Pure.
 */
export function rankExits(needs: ExitNeeds, candidates: readonly ExitCandidate[]): RankedExit[] {
  const ranked = candidates.map((c) => assessExit(needs, c));
  return ranked.sort((a, b) => {
    if (b.fit !== a.fit) return b.fit - a.fit;
    for (const k of FIT_CRITERIA) {
      const d = pointsOf(b, k) - pointsOf(a, k);
      if (d !== 0) return d;
    }
    return compareText(a.candidate.name, b.candidate.name) || compareText(a.candidate.modelId, b.candidate.modelId);
  });
}

/** The reasons as text: what fits, what it lacks, what is unknown. Pure. */
export function fitReasons(r: RankedExit): { fits: string[]; lacks: string[]; unknown: string[] } {
  const of = (v: FitVerdict) => r.checks.filter((k) => k.verdict === v).map((k) => k.text);
  return { fits: of('fits'), lacks: of('lacks'), unknown: of('unknown') };
}
