import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  ErrorSummary,
  FormScope,
  optionsOf,
  SelectField,
  TextField,
  useFormId,
  useSummaryFocus,
  FormPanel,
} from '@/components/form-kit';
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

type Key = 'workload' | 'modelId' | 'criticality' | 'share' | 'deployment' | 'channel' | 'notes';
const FIELD_LABEL: Record<Key, string> = {
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

const CRITICALITY_OPTIONS = optionsOf(criticalitySchema.options, (c) => CRITICALITY_LABEL[c]);
const DEPLOYMENT_OPTIONS = optionsOf(deploymentSchema.options, (d) => DEPLOYMENT_LABEL[d]);
const CHANNEL_OPTIONS = Object.entries(KNOWN_LIFECYCLE_CHANNELS);

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
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const { summaryRef, focus } = useSummaryFocus();
  const firstRef = useRef<HTMLInputElement>(null);
  const formId = useFormId();

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
        options: [...models]
          .sort((a, b) => compareText(a.name, b.name))
          .map((m) => [m.id, m.name] as const),
      }))
      .sort((a, b) => compareText(a.label, b.label));
  }, [dataset]);

  /** The name, value and change handler of the field that edits `draft[key]`. */
  const bind = (key: Key) => ({
    name: key,
    value: draft[key],
    onChange: (value: string) => setDraft((d) => ({ ...d, [key]: value })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Partial<Record<Key, string>> = {};
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
        if (typeof f === 'string' && f in FIELD_LABEL && next[f as Key] === undefined) {
          next[f as Key] = `${FIELD_LABEL[f as Key]}: ${issue.message}.`;
        }
      }
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) {
      focus();
      return;
    }
    onSave(parsed.data);
  };

  return (
    <FormPanel
      formId={formId}
      className="dependency-form"
      onSubmit={submit}
      title={initial ? `Edit “${initial.workload}”` : 'Add a dependency'}
    >
      <FormScope formId={formId} errors={errors}>
        <ErrorSummary summaryRef={summaryRef} />
        <TextField
          {...bind('workload')}
          ref={firstRef}
          label="Workload"
          hint="What the model does for you, as your colleagues call it."
          maxLength={200}
        />
        <SelectField {...bind('modelId')} label="Model" empty="Choose a model" groups={groups} />
        <div className="form-row">
          <SelectField {...bind('criticality')} label="Criticality" options={CRITICALITY_OPTIONS} />
          <SelectField {...bind('deployment')} label="Deployment" options={DEPLOYMENT_OPTIONS} />
          <TextField
            {...bind('share')}
            label="Monthly spend or usage share"
            hint="Any unit; only the proportion between dependencies counts."
            numeric="decimal"
          />
        </div>
        <TextField
          {...bind('channel')}
          label="Channel"
          hint="Where the workload calls the model: its status and exit options follow that channel’s retirement dates. Choose a listed one or type another distributor’s short name."
          placeholder="The provider’s own API"
          suggestions={CHANNEL_OPTIONS}
        />
        <TextField {...bind('notes')} label="Notes (optional)" rows={2} maxLength={2000} />
      </FormScope>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {initial ? 'Save changes' : 'Add dependency'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </FormPanel>
  );
}
