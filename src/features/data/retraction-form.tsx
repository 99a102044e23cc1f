import { useMemo } from 'react';
import { formatPreciseDate } from '@/components/format';
import type { DatasetMeta } from '@/domain/schema/api';
import type { EntityType } from '@/domain/schema/change';
import type { Dataset } from '@/domain/schema/dataset';
import { CurationForm, useCurationForm } from './curation-form';
import {
  Choice,
  type FieldErrors,
  FieldSet,
  recordOptions,
  SelectField,
  TextField,
} from '@/components/form-kit';

const LABELS: Record<string, string> = {
  entity: 'Kind of record',
  id: 'Record',
  reason: 'Reason',
};

const ENTITY_LABEL = { event: 'An event', model: 'A model', provider: 'A provider' } as const;

interface Draft {
  entity: EntityType;
  id: string;
  reason: string;
}

const fieldOf = (path: readonly (string | number)[]) =>
  path[0] === 'id' ? 'id' : path[0] === 'reason' ? 'reason' : null;

/** Retract a provider, model or event with a reason: it leaves the served data and stays in the log. */
export function RetractionForm({
  data,
  initial,
}: {
  data: Dataset & { meta: DatasetMeta };
  initial: { type: EntityType; id: string } | null;
}) {
  const form = useCurationForm<Draft>(
    data,
    () => ({
      entity: initial?.type ?? 'event',
      id: initial?.id ?? '',
      reason: '',
    }),
    { labels: LABELS, fieldOf },
  );
  const { draft, bind } = form;
  const { entity, id } = draft;
  const options = useMemo(
    () =>
      entity === 'provider'
        ? recordOptions(data.providers, (p) => p.shortName)
        : entity === 'model'
          ? recordOptions(data.models, (m) => m.name)
          : recordOptions(data.events, (e) => `${formatPreciseDate(e.date)}: ${e.title}`),
    [data, entity],
  );

  const build = () => {
    const local: FieldErrors = {};
    if (id === '') local.id = `Choose the ${entity} to retract.`;
    return {
      change: { kind: 'retract', entity, id, reason: draft.reason },
      defaultNote: `Retraction of ${entity} ${id}`,
      local,
    };
  };

  return (
    <CurationForm
      form={form}
      build={build}
      title="Retract a record"
      intro="The record leaves the served data; the change log keeps it whole, with your reason. A record still referenced by another (an event naming a model) must have that reference corrected or retracted first."
      submitLabel="Retract the record"
      savingLabel="Retracting…"
    >
      <FieldSet name="entity" legend="Kind of record">
        {(['event', 'model', 'provider'] as const).map((k) => (
          <Choice
            key={k}
            radioGroup={`${form.formId}-entity`}
            checked={entity === k}
            onChange={() => form.setDraft((d) => ({ ...d, entity: k, id: '' }))}
          >
            {ENTITY_LABEL[k]}
          </Choice>
        ))}
      </FieldSet>
      <SelectField
        {...bind('id')}
        label="Record"
        empty={`Choose the ${entity}`}
        options={options}
      />
      <TextField
        {...bind('reason')}
        label="Reason"
        hint="Why the record is wrong; kept in the change log."
        rows={2}
        maxLength={2000}
      />
    </CurationForm>
  );
}
