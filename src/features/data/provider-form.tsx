import { useState, type FormEvent } from 'react';
import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
import { providerKindSchema, type ProviderKind } from '@/domain/schema/provider';
import { AuthorField } from './author-field';
import {
  emptyEvidence,
  ErrorSummary,
  EvidenceFields,
  evidenceFieldOf,
  evidenceOf,
  Field,
  fieldErrorsOf,
  useFormId,
  useSummaryFocus,
  type EvidenceDraft,
  type FieldErrors,
} from './form-kit';
import { slugOf } from './slug-of';
import { SubmissionPanel } from './submission-panel';
import { useChangeSubmission } from './use-change-submission';

const KIND_LABEL: Record<ProviderKind, string> = {
  'big-tech': 'Big tech',
  'frontier-lab': 'Frontier lab',
  startup: 'Start-up',
  nonprofit: 'Nonprofit or research',
};

interface Draft {
  id: string;
  name: string;
  shortName: string;
  hqCountry: string;
  hqCity: string;
  kind: ProviderKind;
  evidence: EvidenceDraft;
}

const LABELS: Record<string, string> = {
  author: 'Your name',
  id: 'Provider id',
  name: 'Name',
  shortName: 'Short name',
  hqCountry: 'Headquarters country',
  hqCity: 'Headquarters city',
  kind: 'Kind',
  sources: 'Sources',
  confidence: 'Confidence',
  note: 'Note',
};

function fieldOf(path: readonly (string | number)[], change: number | null): string | null {
  if (change === null) return path[0] === 'author' ? 'author' : null;
  if (path[0] === 'record' && typeof path[1] === 'string' && path[1] in LABELS) return path[1];
  return evidenceFieldOf(path);
}

/** Add a provider. */
export function ProviderForm({ data }: { data: Dataset & { meta: DatasetMeta } }) {
  const formId = useFormId();
  const [draft, setDraft] = useState<Draft>({
    id: '',
    name: '',
    shortName: '',
    hqCountry: '',
    hqCity: '',
    kind: 'startup',
    evidence: emptyEvidence(),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { summaryRef, focus } = useSummaryFocus();
  const { submission, submit } = useChangeSubmission(data);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const autoId = slugOf(draft.shortName || draft.name);

  const save = async () => {
    const change = {
      kind: 'create',
      entity: 'provider',
      record: {
        id: draft.id.trim() || autoId,
        name: draft.name,
        shortName: draft.shortName.trim() || draft.name,
        hqCountry: draft.hqCountry,
        hqCity: draft.hqCity.trim() === '' ? null : draft.hqCity.trim(),
        kind: draft.kind,
        accessChannels: [],
        accessChannelsText: [],
        notes: null,
      },
      ...evidenceOf(draft.evidence),
    };
    const remote = await submit(
      [change],
      draft.evidence.note.trim() || `New provider: ${draft.name.trim()}`,
    );
    const next = fieldErrorsOf(remote, fieldOf);
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
        Add a provider
      </h2>
      <ErrorSummary formId={formId} errors={errors} labels={LABELS} summaryRef={summaryRef} />
      <AuthorField formId={formId} errors={errors} />
      <div className="form-row">
        <Field
          formId={formId}
          name="name"
          label="Name"
          hint="As published: “Mistral AI SAS”."
          errors={errors}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={200}
              value={draft.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <Field
          formId={formId}
          name="shortName"
          label="Short name"
          hint="For charts and tables: “Mistral”."
          errors={errors}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={60}
              value={draft.shortName}
              onChange={(e) => set('shortName', e.target.value)}
            />
          )}
        </Field>
        <Field
          formId={formId}
          name="id"
          label="Provider id (optional)"
          hint={`Left empty: “${autoId}”.`}
          errors={errors}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={120}
              value={draft.id}
              onChange={(e) => set('id', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field formId={formId} name="hqCountry" label="Headquarters country" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={100}
              value={draft.hqCountry}
              onChange={(e) => set('hqCountry', e.target.value)}
            />
          )}
        </Field>
        <Field formId={formId} name="hqCity" label="Headquarters city (optional)" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={100}
              value={draft.hqCity}
              onChange={(e) => set('hqCity', e.target.value)}
            />
          )}
        </Field>
        <Field formId={formId} name="kind" label="Kind" errors={errors}>
          {(p) => (
            <select
              {...p}
              value={draft.kind}
              onChange={(e) => set('kind', providerKindSchema.parse(e.target.value))}
            >
              {providerKindSchema.options.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <EvidenceFields
        formId={formId}
        value={draft.evidence}
        onChange={(v) => set('evidence', v)}
        errors={errors}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={submission.state === 'saving'}
        >
          {submission.state === 'saving' ? 'Saving…' : 'Save the provider'}
        </button>
      </div>
      <SubmissionPanel submission={submission} data={data} onApplyAgain={() => void save()} />
    </form>
  );
}
