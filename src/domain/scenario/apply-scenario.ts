import { preciseDayNumber } from '../dates';
import type { Channel } from '../schema/channel';
import type { Dataset } from '../schema/dataset';
import type { Model, OpennessEntry, StatusEntry } from '../schema/model';
import type { Scenario } from '../schema/scenario';

function sortByFrom<T extends { from: { date: string; precision: 'day' | 'month' } }>(
  entries: T[],
): T[] {
  // Stable: an entry added on the same day as an existing one comes after it and wins.
  return entries
    .map((e, i) => ({ e, i, d: preciseDayNumber(e.from) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.e);
}

function isCloud(channel: Channel, cloud: string): boolean {
  return (
    channel.kind === 'cloud' &&
    channel.name !== null &&
    channel.name.toLowerCase() === cloud.toLowerCase()
  );
}

/** `model` without the cloud channel `cloud` from `day` on; the same object when nothing changes. */
function withoutCloud(model: Model, cloud: string, fromIso: string): Model {
  const day = preciseDayNumber({ date: fromIso, precision: 'day' });
  const history = sortByFrom([...model.opennessHistory]);
  let inForce: OpennessEntry | null = null;
  let changed = false;
  const next: OpennessEntry[] = [];
  for (const entry of history) {
    if (preciseDayNumber(entry.from) < day) {
      inForce = entry;
      next.push(entry);
    } else if (entry.channels.some((c) => isCloud(c, cloud))) {
      next.push({ ...entry, channels: entry.channels.filter((c) => !isCloud(c, cloud)) });
      changed = true;
    } else {
      next.push(entry);
    }
  }
  const startsThatDay = history.some((e) => preciseDayNumber(e.from) === day);
  if (inForce !== null && !startsThatDay && inForce.channels.some((c) => isCloud(c, cloud))) {
    next.push({
      ...inForce,
      from: { date: fromIso, precision: 'day' },
      channels: inForce.channels.filter((c) => !isCloud(c, cloud)),
      eventId: null,
    });
    changed = true;
  }
  return changed ? { ...model, opennessHistory: sortByFrom(next) } : model;
}

/**
 * The data set with a scenario applied, as a new object: its hypothetical models and events
 * added, status, license and channel changes entered into the models' histories. The input is
 * never mutated (records that do not change are shared, never written to).
 */
export function applyScenario(dataset: Dataset, scenario: Scenario): Dataset {
  const statusByModel = new Map<string, StatusEntry[]>();
  for (const c of scenario.statusChanges) {
    const eventId =
      scenario.events.find((e) => e.relatedModelIds.includes(c.modelId) && e.date.date === c.from)
        ?.id ?? null;
    const list = statusByModel.get(c.modelId) ?? [];
    list.push({ from: { date: c.from, precision: 'day' }, status: c.status, eventId });
    statusByModel.set(c.modelId, list);
  }
  const licenseByModel = new Map<string, OpennessEntry[]>();
  for (const c of scenario.licenseChanges) {
    const list = licenseByModel.get(c.modelId) ?? [];
    list.push(c.entry);
    licenseByModel.set(c.modelId, list);
  }

  const models = [...dataset.models, ...scenario.models].map((model) => {
    let out = model;
    const status = statusByModel.get(model.id);
    if (status) out = { ...out, statusHistory: sortByFrom([...out.statusHistory, ...status]) };
    const license = licenseByModel.get(model.id);
    if (license)
      out = { ...out, opennessHistory: sortByFrom([...out.opennessHistory, ...license]) };
    for (const c of scenario.channelChanges) {
      if (out.providerId === c.providerId) out = withoutCloud(out, c.cloud, c.from);
    }
    return out;
  });

  const providers = dataset.providers.map((p) => {
    const leaving = scenario.channelChanges.filter((c) => c.providerId === p.id);
    if (leaving.length === 0) return p;
    return {
      ...p,
      accessChannels: p.accessChannels.filter((ch) => !leaving.some((c) => isCloud(ch, c.cloud))),
    };
  });

  return {
    ...dataset,
    version: `${dataset.version}+scenario:${scenario.id}`,
    providers,
    models,
    events: [...dataset.events, ...scenario.events],
  };
}
