import { dayNumber, preciseDayNumber } from '../dates';
import { licenseTier } from '../license';
import { shutdownOnChannel } from '../lifecycle/shutdown-on-channel';
import { statusOnChannel } from '../lifecycle/status-on-channel';
import { KNOWN_LIFECYCLE_CHANNELS, OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import type { Criticality, Dependency } from '../schema/dependency';
import type { Model, OpennessEntry } from '../schema/model';
import type { PreciseDate } from '../schema/precise-date';

/**
 * What a workload can still do as of a day: `broken` (its model is retired on its channel, or no
 * longer offered on the cloud it calls), `at-risk` (deprecated, a shutdown scheduled later, or the
 * self-hosted model's weights closed or its terms made non-commercial), `ok`, or `unknown` (its
 * model is not in the data).
 */
export type WorkloadState = 'broken' | 'at-risk' | 'ok' | 'unknown';

export type WorkloadCause =
  | 'retired'
  | 'left-cloud'
  | 'deprecated'
  | 'retirement-scheduled'
  | 'weights-closed'
  | 'non-commercial';

export interface WorkloadStatus {
  state: WorkloadState;
  cause: WorkloadCause | null;
  /** When the cause took effect (retired, deprecated, closed), or null. */
  since: PreciseDate | null;
  /** The day calls stop on the workload's channel, when one is known and later than the day asked about. */
  shutdown: PreciseDate | null;
  /** True when `shutdown` is a "no earlier than" date. */
  shutdownLowerBound: boolean;
}

export interface WorkloadImpact {
  dependencyId: string;
  workload: string;
  modelId: string;
  /** The model's name, or its id when it is not in the data. */
  model: string;
  providerId: string | null;
  criticality: Criticality;
  deployment: Dependency['deployment'];
  /** The channel the workload calls (`own-api` when it names none). */
  channel: string;
  /** As of the horizon with the scenario applied, and without it. */
  scenario: WorkloadStatus;
  baseline: WorkloadStatus;
  /** True when the scenario makes the workload worse off than the baseline. */
  causedByScenario: boolean;
}

const OK: WorkloadStatus = { state: 'ok', cause: null, since: null, shutdown: null, shutdownLowerBound: false };
const SEVERITY: Record<WorkloadState, number> = { ok: 0, unknown: 0, 'at-risk': 1, broken: 2 };

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** True when a cloud channel's name is the lifecycle channel `slug` ("Amazon Bedrock" is `bedrock`). */
export function cloudMatches(name: string | null, slug: string): boolean {
  return name !== null && `-${slugOf(name)}-`.includes(`-${slug}-`);
}

function entriesUpTo(model: Model, day: number): OpennessEntry[] {
  return model.opennessHistory
    .map((e, i) => ({ e, i, d: preciseDayNumber(e.from) }))
    .filter((x) => x.d <= day)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.e);
}

/** The first entry of the run that ends with the entry in force and shares `has` with it. */
function runStart(entries: OpennessEntry[], has: (e: OpennessEntry) => boolean): OpennessEntry | null {
  let start: OpennessEntry | null = null;
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const e = entries[i];
    if (e === undefined || !has(e)) break;
    start = e;
  }
  return start;
}

/**
 * The state of a workload on `model` as of an ISO day, read on the workload's channel: retired
 * there is broken; a cloud the model was offered on and is no longer is broken; deprecated, or a
 * shutdown scheduled after the day, is at risk with that date; a self-hosted workload whose
 * model's weights were open and are closed on the day, or whose terms turned non-commercial, is
 * at risk from that change. Pure.
 */
export function workloadStatus(
  model: Model | undefined,
  dep: Pick<Dependency, 'deployment' | 'channel'>,
  isoDay: string,
): WorkloadStatus {
  if (model === undefined) return { ...OK, state: 'unknown' };
  const channel = dep.channel ?? null;
  const now = statusOnChannel(model, channel, isoDay);
  const shutdown = shutdownOnChannel(model, channel);
  const day = dayNumber(isoDay);
  if (now.status === 'retired') {
    return { state: 'broken', cause: 'retired', since: now.entry?.from ?? null, shutdown: null, shutdownLowerBound: false };
  }
  const entries = entriesUpTo(model, day);
  const inForce = entries.at(-1);
  if (channel !== null && channel !== OWN_API_CHANNEL && inForce !== undefined) {
    const onCloud = (e: OpennessEntry) => e.channels.some((c) => c.kind === 'cloud' && cloudMatches(c.name, channel));
    const leftOn = runStart(entries, (e) => !onCloud(e));
    if (!onCloud(inForce) && entries.some(onCloud) && leftOn !== null) {
      return { state: 'broken', cause: 'left-cloud', since: leftOn.from, shutdown: null, shutdownLowerBound: false };
    }
  }
  const later = shutdown !== null && preciseDayNumber(shutdown.date) > day ? shutdown : null;
  const scheduled = { shutdown: later?.date ?? null, shutdownLowerBound: later?.lowerBound ?? false };
  if (now.status === 'deprecated') {
    return { state: 'at-risk', cause: 'deprecated', since: now.entry?.from ?? null, ...scheduled };
  }
  if (later !== null && now.status === 'active') {
    return { state: 'at-risk', cause: 'retirement-scheduled', since: null, ...scheduled };
  }
  if (dep.deployment === 'self-hosted' && inForce !== undefined) {
    const closed = (e: OpennessEntry) => e.weights === 'closed';
    if (closed(inForce) && entries.some((e) => !closed(e))) {
      return { state: 'at-risk', cause: 'weights-closed', since: runStart(entries, closed)?.from ?? null, shutdown: null, shutdownLowerBound: false };
    }
    const nc = (e: OpennessEntry) => e.weights === 'open' && licenseTier(e) === 'non-commercial';
    if (nc(inForce) && entries.some((e) => !nc(e))) {
      return { state: 'at-risk', cause: 'non-commercial', since: runStart(entries, nc)?.from ?? null, shutdown: null, shutdownLowerBound: false };
    }
  }
  return OK;
}

/**
 * Every dependency's state as of the horizon in the baseline and the scenario data (both full
 * data sets: the scenario one with the scenario applied). Pure.
 */
export function workloadImpacts(
  baselineModels: readonly Model[],
  scenarioModels: readonly Model[],
  dependencies: readonly Dependency[],
  horizon: string,
): WorkloadImpact[] {
  const base = new Map(baselineModels.map((m) => [m.id, m]));
  const scen = new Map(scenarioModels.map((m) => [m.id, m]));
  return dependencies.map((d) => {
    const sm = scen.get(d.modelId);
    const scenario = workloadStatus(sm, d, horizon);
    const baseline = workloadStatus(base.get(d.modelId), d, horizon);
    return {
      dependencyId: d.id,
      workload: d.workload,
      modelId: d.modelId,
      model: sm?.name ?? d.modelId,
      providerId: sm?.providerId ?? null,
      criticality: d.criticality,
      deployment: d.deployment,
      channel: d.channel ?? OWN_API_CHANNEL,
      scenario,
      baseline,
      causedByScenario:
        SEVERITY[scenario.state] > SEVERITY[baseline.state] ||
        (scenario.state !== 'ok' && scenario.cause !== baseline.cause),
    };
  });
}

export const CRITICALITY_ORDER: readonly Criticality[] = ['mission-critical', 'high', 'medium', 'low'];

export interface WorkloadCounts {
  broken: number;
  atRisk: number;
  /** Broken and at-risk workloads per criticality. */
  brokenBy: Record<Criticality, number>;
  atRiskBy: Record<Criticality, number>;
}

function zero(): Record<Criticality, number> {
  return { 'mission-critical': 0, high: 0, medium: 0, low: 0 };
}

/** Broken and at-risk workloads, counted by criticality, on one side (`scenario` or `baseline`). Pure. */
export function countWorkloads(impacts: readonly WorkloadImpact[], side: 'scenario' | 'baseline'): WorkloadCounts {
  const out: WorkloadCounts = { broken: 0, atRisk: 0, brokenBy: zero(), atRiskBy: zero() };
  for (const w of impacts) {
    const s = w[side].state;
    if (s === 'broken') {
      out.broken += 1;
      out.brokenBy[w.criticality] += 1;
    } else if (s === 'at-risk') {
      out.atRisk += 1;
      out.atRiskBy[w.criticality] += 1;
    }
  }
  return out;
}

/** "1 mission-critical, 2 high": the non-zero counts by criticality, most critical first; "none" for none. */
export function countsByCriticalityText(by: Record<Criticality, number>): string {
  const parts = CRITICALITY_ORDER.filter((c) => by[c] > 0).map((c) => `${by[c]} ${c}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

function channelText(channel: string): string {
  return channel === OWN_API_CHANNEL ? "the provider's own API" : (KNOWN_LIFECYCLE_CHANNELS[channel] ?? channel);
}

/**
 * What breaks a workload or puts it at risk, in words, with dates written by `date` (ISO by
 * default): "GPT-5 retired on the provider's own API since 2026-06-01". Null for `ok`/`unknown`.
 */
export function workloadStatusText(
  model: string,
  channel: string,
  s: WorkloadStatus,
  date: (d: PreciseDate) => string = (d) => d.date,
): string | null {
  const since = s.since ? ` since ${date(s.since)}` : '';
  const until = s.shutdown
    ? `; shutdown ${s.shutdownLowerBound ? 'no earlier than ' : ''}${date(s.shutdown)}`
    : '';
  const on = channelText(channel);
  switch (s.cause) {
    case 'retired':
      return `${model} retired on ${on}${since}`;
    case 'left-cloud':
      return `${model} no longer offered on ${on}${since}`;
    case 'deprecated':
      return `${model} deprecated on ${on}${since}${s.shutdown ? until : '; no shutdown date on record'}`;
    case 'retirement-scheduled':
      return `${model} retirement scheduled on ${on}${until}`;
    case 'weights-closed':
      return `${model} weights closed${since}: no open releases to self-host from then on`;
    case 'non-commercial':
      return `${model} terms non-commercial${since}: not for a business workload`;
    default:
      return null;
  }
}
