import { dayNumber, preciseDayNumber } from '../dates';
import type { OpennessLevel } from '../openness';
import { statusOnChannel } from '../lifecycle/status-on-channel';
import { OWN_API_CHANNEL } from '../schema/lifecycle-channel';
import { isActiveAt, opennessIdxAt, type ModelFacts, type RiskContext } from '../risk/risk-context';
import type { Modality } from '../schema/model';

/** How far back a replacement's release may lie before the dependency's model, in months. */
export const EXIT_WINDOW_MONTHS = 18;
/** The lowest openness level a replacement must have (open weights, restricted terms or better). */
export const EXIT_MIN_LEVEL: OpennessLevel = 3;

export interface ExitOption {
  modelId: string;
  providerId: string;
  name: string;
  level: OpennessLevel;
  /** Input modalities shared with the dependency's model; empty when the candidate's are unknown. */
  sharedInputs: Modality[];
}

export interface ExitOptions {
  modelId: string;
  /** 'available' with at least one sure option, 'unknown' when modalities leave it open, 'none' otherwise. */
  status: 'available' | 'unknown' | 'none';
  /** Options that meet every condition. */
  options: ExitOption[];
  count: number;
  /** Candidates that meet every condition but the modality one, which cannot be checked (unknown modalities). */
  undetermined: ExitOption[];
}

/** The ISO day `months` calendar months from an ISO day, clamped to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function levelAt(m: ModelFacts, day: number): OpennessLevel {
  return m.openness.levels[opennessIdxAt(m, day)] ?? 1;
}

/**
 * Exit options for a dependency on `modelId` as of an ISO day: other providers' models with
 * openness level ≥ 3, active then, sharing an input modality, released no earlier than 18
 * months before the dependency's model. Unknown modalities on either side make it "unknown", not "none".
 * "Active" is read on the dependency's `channel` (null or `own-api`: the provider's own API), so
 * a workload on Bedrock is offered the models Bedrock still serves then.
 */
export function exitOptions(
  ctx: RiskContext,
  modelId: string,
  asOfIso: string,
  channel: string | null = null,
): ExitOptions {
  const idx = ctx.modelIndex.get(modelId);
  const target = idx === undefined ? undefined : ctx.models[idx];
  if (target === undefined)
    return { modelId, status: 'unknown', options: [], count: 0, undetermined: [] };
  const day = dayNumber(asOfIso);
  const earliest = dayNumber(addMonths(target.model.release.date, -EXIT_WINDOW_MONTHS));
  const wanted = target.model.modalities?.input ?? null;
  const options: ExitOption[] = [];
  const undetermined: ExitOption[] = [];
  for (const m of ctx.models) {
    if (m.providerIdx === target.providerIdx) continue;
    if (preciseDayNumber(m.model.release) < earliest) continue;
    const active =
      channel === null || channel === OWN_API_CHANNEL
        ? isActiveAt(m, day)
        : ['active', 'deprecated'].includes(statusOnChannel(m.model, channel, asOfIso).status);
    if (!active) continue;
    const level = levelAt(m, day);
    if (level < EXIT_MIN_LEVEL) continue;
    const inputs = m.model.modalities?.input ?? null;
    const option: ExitOption = {
      modelId: m.model.id,
      providerId: m.model.providerId,
      name: m.model.name,
      level,
      sharedInputs: [],
    };
    if (wanted === null || inputs === null) {
      undetermined.push(option);
      continue;
    }
    const shared = inputs.filter((x) => wanted.includes(x));
    if (shared.length > 0) options.push({ ...option, sharedInputs: shared });
  }
  // With no candidate left by the other conditions the answer is "none" even if modalities are unknown.
  const status = options.length > 0 ? 'available' : undetermined.length > 0 ? 'unknown' : 'none';
  return { modelId, status, options, count: options.length, undetermined };
}
