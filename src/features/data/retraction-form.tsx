import { useMemo, useState, type FormEvent } from 'react';
import { formatPreciseDate } from '@/components/format';
import { compareText } from '@/domain/compare-text';
import type { DatasetMeta } from '@/domain/schema/api';
import type { EntityType } from '@/domain/schema/change';
import type { Dataset } from '@/domain/schema/dataset';
import { AuthorField } from './author-field';
import {
  emptyEvidence,
  ErrorSummary,
  EvidenceFields,
  evidenceFieldOf,
  evidenceOf,
  Field,
  FieldSet,
  fieldErrorsOf,
  useFormId,
  useSummaryFocus,
  type EvidenceDraft,
  type FieldErrors,
} from './form-kit';
import { SubmissionPanel } from './submission-panel';
import { useChangeSubmission } from './use-change-submission';

const LABELS: Record<string, string> = {
  author: 'Your name',
  entity: 'Kind of record',
  id: 'Record',
  reason: 'Reason',
  sources: 'Sources',
  confidence: 'Confidence',
  note: 'Note',
};

function fieldOf(path: readonly (string | number)[], change: number | null): string | null {
  if (change === null) return path[0] === 'author' ? 'author' : null;
  if (path[0] === 'id') return 'id';
  if (path[0] === 'reason') return 'reason';
  return evidenceFieldOf(path);
}

/** Retract a provider, model or event with a reason: it leaves the served data and stays in the log. */
export function RetractionForm({
  data,
  initial,
}: {
  data: Dataset & { meta: DatasetMeta };
  initial: { type: EntityType; id: string } | null;
}) {
  const formId = useFormId();
  const [entity, setEntity] = useState<EntityType>(initial?.type ?? 'event');
  const [id, setId] = useState(initial?.id ?? '');
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState<EvidenceDraft>(emptyEvidence);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { summaryRef, focus } = useSummaryFocus();
  const { submission, submit } = useChangeSubmission(data);
  const options = useMemo(() => {
    if (entity === 'provider')
      return data.providers
        .filter((p) => !p.synthetic)
        .map((p) => ({ id: p.id, label: p.shortName }));
    if (entity === 'model')
      return data.models.filter((m) => !m.synthetic).map((m) => ({ id: m.id, label: m.name }));
    return data.events
      .filter((e) => !e.synthetic)
      .map((e) => ({ id: e.id, label: `${formatPreciseDate(e.date)}: ${e.title}` }));
  }, [data, entity]);
  const sorted = useMemo(
    () => [...options].sort((a, b) => compareText(a.label, b.label)),
    [options],
  );

  const save = async () => {
    const local: FieldErrors = {};
    if (id === '') local.id = `Choose the ${entity} to retract.`;
    const change = { kind: 'retract', entity, id, reason, ...evidenceOf(evidence) };
    const remote =
      Object.keys(local).length > 0
        ? []
        : await submit([change], evidence.note.trim() || `Retraction of ${entity} ${id}`);
    const next = { ...fieldErrorsOf(remote, fieldOf), ...local };
    setErrors(next);
    if (Object.keys(next).length > 0) focus();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  return (
    <form
      className="data-form panel"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${formId}-heading`}
    >
      <h2 id={`${formId}-heading`} className="panel__title">
        Retract a record
      </h2>
      <p className="muted">
        The record leaves the served data; the change log keeps it whole, with your reason. A record
        still referenced by another (an event naming a model) must have that reference corrected or
        retracted first.
      </p>
      <ErrorSummary formId={formId} errors={errors} labels={LABELS} summaryRef={summaryRef} />
      <AuthorField formId={formId} errors={errors} />
      <FieldSet formId={formId} name="entity" legend="Kind of record" errors={errors}>
        {(['event', 'model', 'provider'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name={`${formId}-entity`}
              checked={entity === k}
              onChange={() => {
                setEntity(k);
                setId('');
              }}
            />{' '}
            {k === 'event' ? 'An event' : k === 'model' ? 'A model' : 'A provider'}
          </label>
        ))}
      </FieldSet>
      <Field formId={formId} name="id" label="Record" errors={errors}>
        {(p) => (
          <select {...p} value={id} onChange={(e) => setId(e.target.value)}>
            <option value="">Choose the {entity}</option>
            {sorted.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        formId={formId}
        name="reason"
        label="Reason"
        hint="Why the record is wrong; kept in the change log."
        errors={errors}
      >
        {(p) => (
          <textarea
            {...p}
            rows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <EvidenceFields formId={formId} value={evidence} onChange={setEvidence} errors={errors} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={submission.state === 'saving'}
        >
          {submission.state === 'saving' ? 'Retracting…' : 'Retract the record'}
        </button>
      </div>
      <SubmissionPanel submission={submission} data={data} onApplyAgain={() => void save()} />
    </form>
  );
}
