import { useMemo, useState, type FormEvent } from 'react';
import { formatInteger } from '@/components/format';
import { compareText } from '@/domain/compare-text';
import { statusOnChannel } from '@/domain/lifecycle/status-on-channel';
import { opennessAt } from '@/domain/openness';
import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
import {
  KNOWN_LIFECYCLE_CHANNELS,
  lifecycleChannelSchema,
} from '@/domain/schema/lifecycle-channel';
import { modelStatusSchema, type ModelStatus } from '@/domain/schema/model';
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
import { SubmissionPanel } from './submission-panel';
import { useAsOf } from '@/lib/use-view-params';
import { useChangeSubmission } from './use-change-submission';

const STATUS_LABEL: Record<ModelStatus, string> = {
  active: 'Active',
  deprecated: 'Deprecated (still callable, shutdown announced)',
  retired: 'Retired (shut down)',
};

interface Draft {
  modelId: string;
  asOf: string;
  what: { weights: boolean; license: boolean; status: boolean; contextWindow: boolean };
  weights: 'open' | 'closed';
  license: string;
  status: ModelStatus;
  channel: string;
  otherChannel: string;
  earliest: boolean;
  announced: string;
  replacement: string;
  contextWindow: string;
  evidence: EvidenceDraft;
}

const LABELS: Record<string, string> = {
  author: 'Your name',
  modelId: 'Model',
  asOf: 'As of',
  what: 'What to correct',
  weights: 'Weights',
  license: 'License',
  status: 'Status',
  channel: 'Channel',
  otherChannel: 'Other channel',
  announced: 'Announced on',
  replacement: 'Replacement',
  contextWindow: 'Context window',
  sources: 'Sources',
  confidence: 'Confidence',
  note: 'Note',
};

function fieldOf(path: readonly (string | number)[], change: number | null): string | null {
  if (change === null) return path[0] === 'author' ? 'author' : null;
  const [a, b] = path;
  if (a === 'id') return 'modelId';
  if (a === 'asOf') return 'asOf';
  if (a === 'openness') return b === 'license' ? 'license' : 'weights';
  if (a === 'status') {
    if (b === 'channel') return 'channel';
    if (b === 'announced') return 'announced';
    if (b === 'replacement') return 'replacement';
    return 'status';
  }
  if (a === 'fields') return 'contextWindow';
  if (path.length === 0) return 'what';
  return evidenceFieldOf(path);
}

/** Correct a model's weights, license, status (per channel) or context window as of a date. */
export function ModelCorrectionForm({
  data,
  initialModelId,
}: {
  data: Dataset & { meta: DatasetMeta };
  initialModelId: string | null;
}) {
  const formId = useFormId();
  const [draft, setDraft] = useState<Draft>(() => ({
    modelId: initialModelId ?? '',
    asOf: '',
    what: { weights: false, license: false, status: false, contextWindow: false },
    weights: 'open',
    license: '',
    status: 'deprecated',
    channel: 'own-api',
    otherChannel: '',
    earliest: false,
    announced: '',
    replacement: '',
    contextWindow: '',
    evidence: emptyEvidence(),
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { summaryRef, focus } = useSummaryFocus();
  const { submission, submit } = useChangeSubmission(data);
  const { today } = useAsOf();
  const models = useMemo(
    () => data.models.filter((m) => !m.synthetic).sort((a, b) => compareText(a.name, b.name)),
    [data],
  );
  const model = data.models.find((m) => m.id === draft.modelId);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setWhat = (key: keyof Draft['what'], on: boolean) =>
    setDraft((d) => ({ ...d, what: { ...d.what, [key]: on } }));
  const asOf = preciseDateOf(draft.asOf);
  const channel = draft.channel === 'other' ? draft.otherChannel.trim() : draft.channel;

  const save = async () => {
    const local: FieldErrors = {};
    if (draft.modelId === '') local.modelId = 'Choose the model to correct.';
    if (asOf === null) local.asOf = `Enter the date the correction holds from, as ${DATE_HINT}`;
    if (!Object.values(draft.what).some(Boolean))
      local.what = 'Choose at least one thing to correct.';
    if (
      draft.what.status &&
      draft.channel === 'other' &&
      !lifecycleChannelSchema.safeParse(channel).success
    )
      local.otherChannel =
        'Enter the channel as a short lowercase name, such as “openrouter” or “oracle-oci”.';
    const announced = preciseDateOf(draft.announced);
    if (draft.what.status && draft.announced.trim() !== '' && announced === null)
      local.announced = `Enter the date as ${DATE_HINT}`;
    const cw = Number(draft.contextWindow.replace(/[\s,_]/g, ''));
    if (
      draft.what.contextWindow &&
      draft.contextWindow.trim() !== '' &&
      (!Number.isInteger(cw) || cw <= 0)
    )
      local.contextWindow =
        'Enter the context window as a whole number of tokens, such as 128000; leave it empty for unknown.';
    const openness = {
      ...(draft.what.weights ? { weights: draft.weights } : {}),
      ...(draft.what.license
        ? { license: draft.license.trim() === '' ? null : draft.license.trim() }
        : {}),
    };
    const change = {
      kind: 'correct',
      entity: 'model',
      id: draft.modelId,
      asOf: asOf ?? { date: draft.asOf, precision: 'day' },
      ...(draft.what.weights || draft.what.license ? { openness } : {}),
      ...(draft.what.status
        ? {
            status: {
              status: draft.status,
              ...(channel === 'own-api' || channel === '' ? {} : { channel }),
              ...(draft.earliest ? { precision: 'earliest' } : {}),
              ...(announced === null ? {} : { announced }),
              ...(draft.replacement.trim() === ''
                ? {}
                : {
                    replacement: {
                      modelId:
                        data.models.find((m) => m.id === draft.replacement.trim())?.id ?? null,
                      name: draft.replacement.trim(),
                    },
                  }),
            },
          }
        : {}),
      ...(draft.what.contextWindow
        ? { fields: { contextWindow: draft.contextWindow.trim() === '' ? null : cw } }
        : {}),
      ...evidenceOf(draft.evidence),
    };
    const remote =
      Object.keys(local).length > 0
        ? []
        : await submit(
            [change],
            draft.evidence.note.trim() || `Correction of ${model?.name ?? draft.modelId}`,
          );
    const next = { ...fieldErrorsOf(remote, fieldOf), ...local };
    setErrors(next);
    if (Object.keys(next).length > 0) focus();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  const current = model ? opennessAt(model, asOf?.date.length === 10 ? asOf.date : today) : null;
  const status = model
    ? statusOnChannel(
        model,
        channel === '' ? null : channel,
        asOf?.date.length === 10 ? asOf.date : today,
      )
    : null;

  return (
    <form
      className="data-form panel"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${formId}-heading`}
    >
      <h2 id={`${formId}-heading`} className="panel__title">
        Correct a model
      </h2>
      <p className="muted">
        A correction holds from its date on: openness and status add a dated entry to the model’s
        history and never rewrite the past.
      </p>
      <ErrorSummary formId={formId} errors={errors} labels={LABELS} summaryRef={summaryRef} />
      <AuthorField formId={formId} errors={errors} />
      <div className="form-row">
        <Field formId={formId} name="modelId" label="Model" errors={errors}>
          {(p) => (
            <select {...p} value={draft.modelId} onChange={(e) => set('modelId', e.target.value)}>
              <option value="">Choose a model</option>
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field formId={formId} name="asOf" label="As of" hint={DATE_HINT} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              value={draft.asOf}
              onChange={(e) => set('asOf', e.target.value)}
            />
          )}
        </Field>
      </div>
      {model && (
        <p className="muted small">
          Now: weights {current?.weights ?? 'unknown'}, license {current?.license ?? 'not stated'},
          status {status?.status ?? 'unknown'}
          {channel && channel !== 'own-api' ? ` on ${channel}` : ''}, context window{' '}
          {model.contextWindow === null ? 'unknown' : formatInteger(model.contextWindow)} tokens.
        </p>
      )}
      <FieldSet formId={formId} name="what" legend="What to correct" errors={errors}>
        {(
          [
            ['weights', 'Weights (open or closed)'],
            ['license', 'License'],
            ['status', 'Status, on one channel'],
            ['contextWindow', 'Context window'],
          ] as const
        ).map(([k, label]) => (
          <label key={k} className="choice">
            <input
              type="checkbox"
              checked={draft.what[k]}
              onChange={(e) => setWhat(k, e.target.checked)}
            />{' '}
            {label}
          </label>
        ))}
      </FieldSet>
      {draft.what.weights && (
        <Field formId={formId} name="weights" label="Weights" errors={errors}>
          {(p) => (
            <select
              {...p}
              value={draft.weights}
              onChange={(e) => set('weights', e.target.value === 'closed' ? 'closed' : 'open')}
            >
              <option value="open">Open: published for download</option>
              <option value="closed">Closed: not published</option>
            </select>
          )}
        </Field>
      )}
      {draft.what.license && (
        <Field
          formId={formId}
          name="license"
          label="License"
          hint="As the vendor names it (“Apache-2.0”); empty when weights are published without stated terms."
          errors={errors}
        >
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
      )}
      {draft.what.status && (
        <div className="form-group">
          <div className="form-row">
            <Field formId={formId} name="status" label="Status" errors={errors}>
              {(p) => (
                <select
                  {...p}
                  value={draft.status}
                  onChange={(e) => set('status', modelStatusSchema.parse(e.target.value))}
                >
                  {modelStatusSchema.options.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              formId={formId}
              name="channel"
              label="Channel"
              hint="Scores read the provider’s own API only."
              errors={errors}
            >
              {(p) => (
                <select
                  {...p}
                  value={draft.channel}
                  onChange={(e) => set('channel', e.target.value)}
                >
                  {Object.entries(KNOWN_LIFECYCLE_CHANNELS).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                  <option value="other">Another distributor…</option>
                </select>
              )}
            </Field>
          </div>
          {draft.channel === 'other' && (
            <Field
              formId={formId}
              name="otherChannel"
              label="Other channel"
              hint="A short lowercase name: openrouter, groq, oracle-oci."
              errors={errors}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  maxLength={40}
                  value={draft.otherChannel}
                  onChange={(e) => set('otherChannel', e.target.value)}
                />
              )}
            </Field>
          )}
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.earliest}
              onChange={(e) => set('earliest', e.target.checked)}
            />{' '}
            The date is only “no earlier than”
          </label>
          <div className="form-row">
            <Field
              formId={formId}
              name="announced"
              label="Announced on (optional)"
              hint={DATE_HINT}
              errors={errors}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  inputMode="numeric"
                  value={draft.announced}
                  onChange={(e) => set('announced', e.target.value)}
                />
              )}
            </Field>
            <Field
              formId={formId}
              name="replacement"
              label="Replacement (optional)"
              hint="The successor as the source names it, or a model id."
              errors={errors}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  maxLength={200}
                  value={draft.replacement}
                  onChange={(e) => set('replacement', e.target.value)}
                />
              )}
            </Field>
          </div>
        </div>
      )}
      {draft.what.contextWindow && (
        <Field
          formId={formId}
          name="contextWindow"
          label="Context window (tokens)"
          hint="Empty for unknown."
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
      )}
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
          {submission.state === 'saving' ? 'Saving…' : 'Save the correction'}
        </button>
      </div>
      <SubmissionPanel submission={submission} data={data} onApplyAgain={() => void save()} />
    </form>
  );
}
