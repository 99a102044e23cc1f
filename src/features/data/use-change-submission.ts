import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { changeErrorsOf, changeMutations, staleVersionOf } from '@/api/change-mutations';
import { reloadServedData } from '@/api/reload-served-data';
import { issuesToChangeErrors } from '@/domain/changes/admit-change-set';
import type { ProviderImpact } from '@/domain/changes/change-impact';
import { validateChangeSet } from '@/domain/changes/validate-change-set';
import type { DatasetMeta } from '@/domain/schema/api';
import { changeSetSchema, type ChangeError, type ChangeSet } from '@/domain/schema/change';
import type { ChangeSetAccepted, StaleVersionDetails } from '@/domain/schema/change-api';
import type { Dataset } from '@/domain/schema/dataset';
import { useAsOf, useRiskSettings } from '@/lib/use-view-params';
import { useCurationStore } from '@/stores/curation-store';
import { impactOfChangeSet } from './impact-of-change-set';

export type Submission =
  | { state: 'idle' }
  | { state: 'saving' }
  | {
      state: 'saved';
      accepted: ChangeSetAccepted;
      changeSet: ChangeSet;
      /** ΔR per provider the set applies to, as of `asOf`, and of the events it creates. */
      impact: ProviderImpact[];
      asOf: string;
    }
  | { state: 'stale'; details: StaleVersionDetails; changeSet: ChangeSet }
  | { state: 'failed'; error: unknown };

/**
 * Post a form's changes as one change set: checked first with the service's own schema and
 * rules (`changeSetSchema`, `validateChangeSet`) on the data the form was made on, so that every
 * error shows beside its field before anything is sent. After saving, the ΔR the set caused is
 * computed with the engine on the data before and after it (the same `runChangeSet` the service
 * ran). A 409 reloads the data and keeps the form, to apply again.
 */
export function useChangeSubmission(data: Dataset & { meta: DatasetMeta }) {
  const queryClient = useQueryClient();
  const mutation = useMutation(changeMutations.submit(queryClient));
  const author = useCurationStore((s) => s.author);
  const { asOf } = useAsOf();
  const { settings } = useRiskSettings();
  const [submission, setSubmission] = useState<Submission>({ state: 'idle' });

  /** Check and post; the per-field errors when it cannot be saved (none when saved or stale). */
  async function submit(changes: unknown[], note: string): Promise<ChangeError[]> {
    const parsed = changeSetSchema.safeParse({
      baseVersion: data.meta.revision ?? 0,
      author,
      note,
      changes,
    });
    if (!parsed.success) return issuesToChangeErrors(parsed.error.issues);
    const local = validateChangeSet(data, parsed.data);
    if (local.length > 0) return local;
    setSubmission({ state: 'saving' });
    try {
      const accepted = await mutation.mutateAsync(parsed.data);
      setSubmission({
        state: 'saved',
        accepted,
        changeSet: parsed.data,
        impact: impactOfChangeSet(data, parsed.data, asOf, settings, {
          id: accepted.changeSetId,
          recordedAt: accepted.recordedAt,
        }),
        asOf,
      });
      return [];
    } catch (error) {
      const stale = staleVersionOf(error);
      if (stale !== null) {
        await reloadServedData(queryClient);
        setSubmission({ state: 'stale', details: stale, changeSet: parsed.data });
        return [];
      }
      const errors = changeErrorsOf(error);
      setSubmission(errors.length > 0 ? { state: 'idle' } : { state: 'failed', error });
      return errors;
    }
  }

  return { submission, submit, reset: () => setSubmission({ state: 'idle' }) };
}
