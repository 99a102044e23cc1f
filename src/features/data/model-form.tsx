import { useMemo, useState, type FormEvent } from 'react';
import { compareText } from '@/domain/compare-text';
import type { DatasetMeta } from '@/domain/schema/api';
import { channelKindSchema, type ChannelKind } from '@/domain/schema/channel';
import type { Dataset } from '@/domain/schema/dataset';
import { AuthorField } from './author-field';
import {
  DATE_HINT,
  emptyEvidence,
  ErrorSummary,
  EvidenceFields,
  evidenceFieldOf,
  evidenceOf,
  Field,
  FieldSet,
  fieldErrorsOf,
  preciseDateOf,
  useFormId,
  useSummaryFocus,
  type EvidenceDraft,
  type FieldErrors,
} from './form-kit';
import { slugOf } from './slug-of';
import { SubmissionPanel } from './submission-panel';
import { useChangeSubmission } from './use-change-submission';

const CHANNEL_LABEL: Record<ChannelKind, string> = {
  'weights-download': 'Weights to download',
  'own-api': 'The provider’s own API (or own cloud)',
  cloud: 'A third-party cloud marketplace',
  'own-app': 'The provider’s own app only',
  'private-preview': 'A private preview',
};

interface Draft {
  id: string;
  providerId: string;
  name: string;
  family: string;
  release: string;
  weights: 'open' | 'closed';
  license: string;
  channels: ChannelKind[];
  contextWindow: string;
  evidence: EvidenceDraft;
}

const LABELS: Record<string, string> = {
  author: 'Your name',
  id: 'Model id',
  providerId: 'Provider',
  name: 'Name',
  family: 'Family',
  release: 'Released',
  weights: 'Weights',
  license: 'License',
  channels: 'How it can be reached',
  contextWindow: 'Context window',
  sources: 'Sources',
  confidence: 'Confidence',
  note: 'Note',
};

function fieldOf(path: readonly (string | number)[], change: number | null): string | null {
  if (change === null) return path[0] === 'author' ? 'author' : null;
  if (path[0] === 'record') {
    const f = path[1];
    if (f === 'statusHistory') return 'release';
    if (f === 'opennessHistory')
      return path[3] === 'license' ? 'license' : path[3] === 'channels' ? 'channels' : 'weights';
    if (typeof f === 'string' && f in LABELS) return f;
    return null;
  }
  return evidenceFieldOf(path);
}

/** Add a model, with its openness and access at release. */
export function ModelForm({ data }: { data: Dataset & { meta: DatasetMeta } }) {
  const formId = useFormId();
  const [draft, setDraft] = useState<Draft>({
    id: '',
    providerId: '',
    name: '',
    family: '',
    release: '',
    weights: 'closed',
    license: '',
    channels: ['own-api'],
    contextWindow: '',
    evidence: emptyEvidence(),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { summaryRef, focus } = useSummaryFocus();
  const { submission, submit } = useChangeSubmission(data);
  const providers = useMemo(
    () =>
      data.providers
        .filter((p) => !p.synthetic)
        .sort((a, b) => compareText(a.shortName, b.shortName)),
    [data],
  );
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const autoId = slugOf(draft.name);

  const save = async () => {
    const local: FieldErrors = {};
    const release = preciseDateOf(draft.release);
    if (release === null) local.release = `Enter the release date as ${DATE_HINT}`;
    const cw = Number(draft.contextWindow.replace(/[\s,_]/g, ''));
    if (draft.contextWindow.trim() !== '' && (!Number.isInteger(cw) || cw <= 0))
      local.contextWindow = 'Enter a whole number of tokens, or leave it empty for unknown.';
    const from = release ?? { date: draft.release, precision: 'day' as const };
    const change = {
      kind: 'create',
      entity: 'model',
      record: {
        id: draft.id.trim() || autoId,
        providerId: draft.providerId,
        name: draft.name,
        family: draft.family.trim() || draft.id.trim() || autoId,
        release: from,
        statusHistory: [{ from, status: 'active', eventId: null }],
        opennessHistory: [
          {
            from,
            weights: draft.weights,
            license: draft.license.trim() === '' ? null : draft.license.trim(),
            restrictions: [],
            channels: draft.channels.map((kind) => ({ kind, name: null })),
            trainingCodePublished: false,
            trainingDataPublished: false,
            eventId: null,
          },
        ],
        modalities: null,
        modalitiesText: null,
        contextWindow: draft.contextWindow.trim() === '' ? null : cw,
        contextWindowText: null,
        parameters: null,
        notes: null,
      },
      ...evidenceOf(draft.evidence),
    };
    if (draft.providerId === '')
      local.providerId = 'Choose the provider (add it first if it is new).';
    const remote =
      Object.keys(local).length > 0
        ? []
        : await submit([change], draft.evidence.note.trim() || `New model: ${draft.name.trim()}`);
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
        Add a model
      </h2>
      <ErrorSummary formId={formId} errors={errors} labels={LABELS} summaryRef={summaryRef} />
      <AuthorField formId={formId} errors={errors} />
      <div className="form-row">
        <Field formId={formId} name="providerId" label="Provider" errors={errors}>
          {(p) => (
            <select
              {...p}
              value={draft.providerId}
              onChange={(e) => set('providerId', e.target.value)}
            >
              <option value="">Choose a provider</option>
              {providers.map((p2) => (
                <option key={p2.id} value={p2.id}>
                  {p2.shortName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field formId={formId} name="name" label="Name" errors={errors}>
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
      </div>
      <div className="form-row">
        <Field
          formId={formId}
          name="id"
          label="Model id (optional)"
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
        <Field
          formId={formId}
          name="family"
          label="Family (optional)"
          hint="Sizes and variants of one release share a family."
          errors={errors}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={120}
              value={draft.family}
              onChange={(e) => set('family', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field formId={formId} name="release" label="Released" hint={DATE_HINT} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              value={draft.release}
              onChange={(e) => set('release', e.target.value)}
            />
          )}
        </Field>
        <Field formId={formId} name="weights" label="Weights at release" errors={errors}>
          {(p) => (
            <select
              {...p}
              value={draft.weights}
              onChange={(e) => set('weights', e.target.value === 'open' ? 'open' : 'closed')}
            >
              <option value="closed">Closed: not published</option>
              <option value="open">Open: published for download</option>
            </select>
          )}
        </Field>
        <Field formId={formId} name="license" label="License (optional)" errors={errors}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={300}
              value={draft.license}
              onChange={(e) => set('license', e.target.value)}
            />
          )}
        </Field>
        <Field
          formId={formId}
          name="contextWindow"
          label="Context window (tokens, optional)"
          errors={errors}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              value={draft.contextWindow}
              onChange={(e) => set('contextWindow', e.target.value)}
            />
          )}
        </Field>
      </div>
      <FieldSet formId={formId} name="channels" legend="How it can be reached" errors={errors}>
        {channelKindSchema.options.map((k) => (
          <label key={k} className="choice">
            <input
              type="checkbox"
              checked={draft.channels.includes(k)}
              onChange={(e) =>
                set(
                  'channels',
                  e.target.checked ? [...draft.channels, k] : draft.channels.filter((c) => c !== k),
                )
              }
            />{' '}
            {CHANNEL_LABEL[k]}
          </label>
        ))}
      </FieldSet>
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
          {submission.state === 'saving' ? 'Saving…' : 'Save the model'}
        </button>
      </div>
      <SubmissionPanel submission={submission} data={data} onApplyAgain={() => void save()} />
    </form>
  );
}
