import { dayNumber, preciseDayNumber } from './dates';
import { licenseTier } from './license';
import { isOwnApiEntry } from './lifecycle/channel-clock';
import type { Model, ModelStatus, OpennessEntry } from './schema/model';

export type OpennessLevel = 1 | 2 | 3 | 4 | 5;

export const OPENNESS_NAMES: Record<OpennessLevel, string> = {
  5: 'Open source',
  4: 'Open weights, permissive',
  3: 'Open weights, restricted',
  2: 'Open weights, non-commercial',
  1: 'Closed',
};

/**
 * Openness level 1-5 of an openness entry, after the os-ai-map scale: the license caps the level.
 * Open weights under a proprietary license count as restricted (weights published, terms binding).
 */
export function opennessLevel(entry: OpennessEntry): OpennessLevel {
  if (entry.weights === 'closed') return 1;
  const tier = licenseTier(entry);
  if (tier === 'non-commercial') return 2;
  if (tier === 'permissive') {
    return entry.trainingCodePublished && entry.trainingDataPublished ? 5 : 4;
  }
  return 3;
}

/** The rule, in words, that put an entry at its level (shown next to the level). */
export function opennessReason(entry: OpennessEntry): string {
  const level = opennessLevel(entry);
  const tier = licenseTier(entry);
  switch (level) {
    case 1:
      return 'No public weights.';
    case 2:
      return `Weights published for research or non-commercial use only (${entry.license ?? 'license unknown'}).`;
    case 3:
      return tier === 'unknown'
        ? 'Weights published, but the license terms are not stated (license unknown).'
        : `Weights published under terms that limit commercial use (${entry.license ?? ''}).`;
    case 4:
      return `Weights published under a permissive license (${entry.license ?? ''}); training code and data not both published.`;
    case 5:
      return `Weights, training code and training-data information published under a permissive license (${entry.license ?? ''}).`;
  }
}

/** The openness entry in force on `day` (a day number), or null before the first entry. */
export function opennessAtDay(model: Model, day: number): OpennessEntry | null {
  let current: OpennessEntry | null = null;
  for (const entry of model.opennessHistory) {
    if (preciseDayNumber(entry.from) <= day) current = entry;
  }
  return current;
}

/**
 * The status on the provider's own API on `day` (a day number): null when not yet released.
 * Entries of other channels (Azure, Bedrock, ...) are read by `statusOnChannel`, never here.
 */
export function statusAtDay(model: Model, day: number): ModelStatus | null {
  if (preciseDayNumber(model.release) > day) return null;
  let current: ModelStatus = 'active';
  for (const entry of model.statusHistory) {
    if (isOwnApiEntry(entry) && preciseDayNumber(entry.from) <= day) current = entry.status;
  }
  return current;
}

/** The openness entry in force on an ISO day. */
export function opennessAt(model: Model, iso: string): OpennessEntry | null {
  return opennessAtDay(model, dayNumber(iso));
}

/** The status on an ISO day. */
export function statusAt(model: Model, iso: string): ModelStatus | null {
  return statusAtDay(model, dayNumber(iso));
}
