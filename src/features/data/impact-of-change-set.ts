import { changeImpact, type ProviderImpact } from '@/domain/changes/change-impact';
import { runChangeSet, type ChangeSetStamp } from '@/domain/changes/run-change-set';
import type { ChangeSet } from '@/domain/schema/change';
import type { Dataset } from '@/domain/schema/dataset';
import type { RiskSettings } from '@/domain/risk/settings';

/** The stamp of a change set run only to preview what it would do. */
const PREVIEW_STAMP: ChangeSetStamp = { id: 'review', recordedAt: '1970-01-01T00:00:00Z' };

/**
 * ΔR per provider a change set causes, as of `asOf`: the engine on the data before and after it,
 * made with the same `runChangeSet` the service runs (given the service's stamp once saved).
 */
export function impactOfChangeSet(
  data: Dataset,
  changeSet: ChangeSet,
  asOf: string,
  settings: RiskSettings,
  stamp: ChangeSetStamp = PREVIEW_STAMP,
): ProviderImpact[] {
  const after = runChangeSet(data, changeSet, stamp).dataset;
  return changeImpact(data, after, changeSet, asOf, settings);
}
