import { preciseDayNumber } from '../dates';
import type { Dataset } from '../schema/dataset';
import type { PreciseDate } from '../schema/precise-date';
import { isFlagship } from './diff-catalogs';
import { displayText } from './display-text';
import type { ConflictRow, FactRow, LifecycleRow } from './diff-rows';

/**
 * A reviewer's choice in a conflict, as a row that can be accepted: the chosen claim becomes a
 * fact correction or a dated status entry (added beside the data's own, never over it). Null
 * when the choice changes nothing (the claim says "none scheduled", or the model is gone).
 */
export function resolveConflict(
  dataset: Dataset,
  row: ConflictRow,
  claimIndex: number,
): FactRow | LifecycleRow | null {
  const claim = row.claims[claimIndex];
  const model = dataset.models.find((m) => m.id === row.modelId);
  if (claim === undefined || model === undefined || claim.value === null) return null;
  const why = `chosen by the reviewer over ${row.ours.shown} (${row.reason})`;
  if (row.fact !== 'status') {
    return {
      kind: 'changed-fact',
      id: `${row.id}:resolved:${claimIndex}`,
      label: displayText(`${model.name}: ${row.fact} ${row.ours.shown} → ${claim.shown}`),
      sources: [claim.source],
      modelId: model.id,
      fact: row.fact,
      before: row.ours.value,
      after: claim.value,
      beforeShown: row.ours.shown,
      afterShown: claim.shown,
      why,
      asOf: { date: claim.source.catalogDate, precision: 'day' },
      claims: [claim],
    };
  }
  const value = claim.value as { status: 'deprecated' | 'retired'; date: PreciseDate };
  const announced = model.statusHistory.find(
    (e) => e.status === 'deprecated' && (e.channel ?? null) === row.channel,
  );
  return {
    kind: 'lifecycle',
    id: `${row.id}:resolved:${claimIndex}`,
    label: displayText(
      `${model.name}: ${value.status}${row.channel === null ? '' : ` on ${row.channel}`} on ${value.date.date} (${why})`,
    ),
    sources: [claim.source],
    modelId: model.id,
    providerId: model.providerId,
    channel: row.channel,
    status: value.status,
    date: value.date,
    dateStated: true,
    precision: 'exact',
    announced:
      announced !== undefined &&
      announced.from.precision === 'day' &&
      preciseDayNumber(announced.from) <= preciseDayNumber(value.date)
        ? announced.from.date
        : null,
    replacement: null,
    scheduled: value.date.date > claim.source.catalogDate,
    flagship: isFlagship(dataset, model, value.date.date),
    existingEventId: null,
    claims: [claim],
    variants: [],
  };
}
