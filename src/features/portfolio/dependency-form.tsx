import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  criticalitySchema,
  dependencySchema,
  deploymentSchema,
  type Dependency,
} from '@/domain/schema/dependency';
import type { Dataset } from '@/domain/schema/dataset';
import { CRITICALITY_LABEL, DEPLOYMENT_LABEL } from './portfolio-labels';
import { compareText } from '@/domain/compare-text';
import {
  KNOWN_LIFECYCLE_CHANNELS,
  lifecycleChannelSchema,
} from '@/domain/schema/lifecycle-channel';

type Field = 'workload' | 'modelId' | 'criticality' | 'share' | 'deployment' | 'channel' | 'notes';
const FIELD_LABEL: Record<Field, string> = {
  workload: 'Workload',
  modelId: 'Model',
  criticality: 'Criticality',
  share: 'Monthly spend or usage share',
  deployment: 'Deployment',
  channel: 'Channel',
  notes: 'Notes',
};

interface Draft {
  workload: string;
  modelId: string;
  criticality: string;
  share: string;
  deployment: string;
  /** '' for the provider's own API. */
  channel: string;
  notes: string;
}

/** A field of the form: its label, hint and error above the control (which carries the ids). */
function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={`form-field${error ? ' form-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

function newId(): string {
  return `dep-${globalThis.crypto.randomUUID()}`;
}

/** The form to add or edit one dependency, with an error summary and an error beside each field. */
export function DependencyForm({
  dataset,
  initial,
  onSave,
  onCancel,
}: {
  dataset: Dataset;
  initial: Dependency | null;
  onSave: (dependency: Dependency) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => ({
    workload: initial?.workload ?? '',
    modelId: initial?.modelId ?? '',
    criticality: initial?.criticality ?? 'medium',
    share: initial ? String(initial.share) : '',
    deployment: initial?.deployment ?? 'vendor-api',
    channel: initial?.channel === undefined || initial.channel === 'own-api' ? '' : initial.channel,
    notes: initial?.notes ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const fieldId = (f: Field) => `${id}-${f}`;

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const groups = useMemo(() => {
    const names = new Map(dataset.providers.map((p) => [p.id, p.shortName]));
    const byProvider = new Map<string, Dataset['models']>();
    for (const m of dataset.models) {
      if (m.synthetic) continue;
      const list = byProvider.get(m.providerId) ?? [];
      list.push(m);
      byProvider.set(m.providerId, list);
    }
    return [...byProvider.entries()]
      .map(([pid, models]) => ({
        label: names.get(pid) ?? pid,
        models: [...models].sort((a, b) => compareText(a.name, b.name)),
      }))
      .sort((a, b) => compareText(a.label, b.label));
  }, [dataset]);

  const set = (field: Field) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const share = draft.share.trim() === '' ? Number.NaN : Number(draft.share);
    if (draft.workload.trim() === '')
      next.workload = 'Enter a name for the workload, such as “Customer-support assistant”.';
    if (!dataset.models.some((m) => m.id === draft.modelId))
      next.modelId = 'Choose the model this workload runs on.';
    if (!criticalitySchema.safeParse(draft.criticality).success)
      next.criticality = 'Choose how critical the workload is.';
    if (!Number.isFinite(share) || share <= 0) {
      next.share =
        'Enter a number more than 0: monthly spend or a usage share (only the proportion matters).';
    }
    if (!deploymentSchema.safeParse(draft.deployment).success)
      next.deployment = 'Choose how the model is deployed.';
    if (
      draft.channel.trim() !== '' &&
      !lifecycleChannelSchema.safeParse(draft.channel.trim()).success
    )
      next.channel =
        'Enter the channel as a short lowercase name (letters, digits and “-”), such as “openrouter”.';
    const parsed = dependencySchema.safeParse({
      id: initial?.id ?? newId(),
      workload: draft.workload,
      modelId: draft.modelId,
      criticality: draft.criticality,
      share,
      deployment: draft.deployment,
      ...(draft.channel.trim() === '' ? {} : { channel: draft.channel.trim() }),
      notes: draft.notes,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const f = issue.path[0];
        if (typeof f === 'string' && f in FIELD_LABEL && next[f as Field] === undefined) {
          next[f as Field] = `${FIELD_LABEL[f as Field]}: ${issue.message}.`;
        }
      }
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    onSave(parsed.data);
  };

  const describedBy = (f: Field, hint = false) =>
    [hint ? `${fieldId(f)}-hint` : null, errors[f] ? `${fieldId(f)}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const errorText = (f: Field) =>
    errors[f] ? (
      <p id={`${fieldId(f)}-error`} className="field-error">
        <span className="visually-hidden">Error: </span>
        {errors[f]}
      </p>
    ) : null;
  const errorList = (Object.keys(errors) as Field[]).filter((f) => errors[f]);

  return (
    <form
      className="dependency-form panel"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`} className="panel__title">
        {initial ? `Edit “${initial.workload}”` : 'Add a dependency'}
      </h2>
      {errorList.length > 0 && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby={`${id}-summary`}
        >
          <h3 id={`${id}-summary`}>There is a problem</h3>
          <ul>
            {errorList.map((f) => (
              <li key={f}>
                <a href={`#${fieldId(f)}`}>{errors[f]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormField
        id={fieldId('workload')}
        error={errors.workload}
        label="Workload"
        hint="What the model does for you, as your colleagues call it."
      >
        <input
          ref={firstRef}
          id={fieldId('workload')}
          type="text"
          maxLength={200}
          value={draft.workload}
          aria-invalid={errors.workload ? true : undefined}
          aria-describedby={describedBy('workload', true)}
          onChange={(e) => set('workload')(e.target.value)}
        />
      </FormField>
      <FormField id={fieldId('modelId')} error={errors.modelId} label="Model">
        <select
          id={fieldId('modelId')}
          value={draft.modelId}
          aria-invalid={errors.modelId ? true : undefined}
          aria-describedby={describedBy('modelId')}
          onChange={(e) => set('modelId')(e.target.value)}
        >
          <option value="">Choose a model</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FormField>
      <div className="form-row">
        {(
          [
            ['criticality', 'Criticality', criticalitySchema.options, CRITICALITY_LABEL],
            ['deployment', 'Deployment', deploymentSchema.options, DEPLOYMENT_LABEL],
          ] as const
        ).map(([f, label, options, optionLabel]) => (
          <FormField key={f} id={fieldId(f)} error={errors[f]} label={label}>
            <select
              id={fieldId(f)}
              value={draft[f]}
              aria-describedby={describedBy(f)}
              onChange={(e) => set(f)(e.target.value)}
            >
              {options.map((o) => (
                <option key={o} value={o}>
                  {(optionLabel as Record<string, string>)[o]}
                </option>
              ))}
            </select>
          </FormField>
        ))}
        <FormField
          id={fieldId('share')}
          error={errors.share}
          label="Monthly spend or usage share"
          hint="Any unit; only the proportion between dependencies counts."
        >
          <input
            id={fieldId('share')}
            type="text"
            inputMode="decimal"
            value={draft.share}
            aria-invalid={errors.share ? true : undefined}
            aria-describedby={describedBy('share', true)}
            onChange={(e) => set('share')(e.target.value)}
          />
        </FormField>
      </div>
      <FormField
        id={fieldId('channel')}
        error={errors.channel}
        label="Channel"
        hint="Where the workload calls the model: its status and exit options follow that channel’s retirement dates. Choose a listed one or type another distributor’s short name."
      >
        <input
          id={fieldId('channel')}
          type="text"
          list={`${fieldId('channel')}-list`}
          placeholder="The provider’s own API"
          value={draft.channel}
          aria-invalid={errors.channel ? true : undefined}
          aria-describedby={describedBy('channel', true)}
          onChange={(e) => set('channel')(e.target.value)}
        />
        <datalist id={`${fieldId('channel')}-list`}>
          {Object.entries(KNOWN_LIFECYCLE_CHANNELS).map(([slug, label]) => (
            <option key={slug} value={slug}>
              {label}
            </option>
          ))}
        </datalist>
      </FormField>
      <div className="form-field">
        <label htmlFor={fieldId('notes')}>Notes (optional)</label>
        {errorText('notes')}
        <textarea
          id={fieldId('notes')}
          rows={2}
          maxLength={2000}
          value={draft.notes}
          aria-describedby={describedBy('notes')}
          onChange={(e) => set('notes')(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {initial ? 'Save changes' : 'Add dependency'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
