import { useMemo } from 'react';
import { formatInteger } from '@/components/format';
import { statusOnChannel } from '@/domain/lifecycle/status-on-channel';
import { opennessAt } from '@/domain/openness';
import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
import {
  KNOWN_LIFECYCLE_CHANNELS,
  lifecycleChannelSchema,
} from '@/domain/schema/lifecycle-channel';
import { modelStatusSchema, type ModelStatus } from '@/domain/schema/model';
import { useAsOf } from '@/lib/use-view-params';
import { CurationForm, useCurationForm } from './curation-form';
import {
  Choice,
  DATE_HINT,
  DateField,
  type FieldErrors,
  FieldSet,
  preciseDateOf,
  recordOptions,
  SelectField,
  TextField,
} from '@/components/form-kit';
import { tokenCountOf, WEIGHTS_LABEL } from './model-fields';

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
}

const LABELS: Record<string, string> = {
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
};

function fieldOf(path: readonly (string | number)[]): string | undefined {
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
  return undefined;
}

const WHAT: readonly (readonly [keyof Draft['what'], string])[] = [
  ['weights', 'Weights (open or closed)'],
  ['license', 'License'],
  ['status', 'Status, on one channel'],
  ['contextWindow', 'Context window'],
];

const CHANNEL_OPTIONS = [
  ...Object.entries(KNOWN_LIFECYCLE_CHANNELS),
  ['other', 'Another distributor…'],
] as const;

/** Correct a model's weights, license, status (per channel) or context window as of a date. */
export function ModelCorrectionForm({
  data,
  initialModelId,
}: {
  data: Dataset & { meta: DatasetMeta };
  initialModelId: string | null;
}) {
  const form = useCurationForm<Draft>(
    data,
    () => ({
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
    }),
    { labels: LABELS, fieldOf },
  );
  const { draft, set, bind, bindEnum } = form;
  const { today } = useAsOf();
  const models = useMemo(() => recordOptions(data.models, (m) => m.name), [data]);
  const model = data.models.find((m) => m.id === draft.modelId);
  const setWhat = (key: keyof Draft['what'], on: boolean) =>
    form.setDraft((d) => ({ ...d, what: { ...d.what, [key]: on } }));
  const asOf = preciseDateOf(draft.asOf);
  const channel = draft.channel === 'other' ? draft.otherChannel.trim() : draft.channel;

  const build = () => {
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
    const cw = tokenCountOf(draft.contextWindow);
    if (draft.what.contextWindow && cw === 'invalid')
      local.contextWindow =
        'Enter the context window as a whole number of tokens, such as 128000; leave it empty for unknown.';
    const openness = {
      ...(draft.what.weights ? { weights: draft.weights } : {}),
      ...(draft.what.license
        ? { license: draft.license.trim() === '' ? null : draft.license.trim() }
        : {}),
    };
    const replacement = draft.replacement.trim();
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
              ...(replacement === ''
                ? {}
                : {
                    replacement: {
                      modelId: data.models.find((m) => m.id === replacement)?.id ?? null,
                      name: replacement,
                    },
                  }),
            },
          }
        : {}),
      ...(draft.what.contextWindow
        ? { fields: { contextWindow: cw === 'invalid' ? null : cw } }
        : {}),
    };
    return {
      change,
      defaultNote: `Correction of ${model?.name ?? draft.modelId}`,
      local,
    };
  };

  const day = asOf?.date.length === 10 ? asOf.date : today;
  const current = model ? opennessAt(model, day) : null;
  const status = model ? statusOnChannel(model, channel === '' ? null : channel, day) : null;

  return (
    <CurationForm
      form={form}
      build={build}
      title="Correct a model"
      intro="A correction holds from its date on: openness and status add a dated entry to the model’s history and never rewrite the past."
      submitLabel="Save the correction"
    >
      <div className="form-row">
        <SelectField {...bind('modelId')} label="Model" empty="Choose a model" options={models} />
        <DateField {...bind('asOf')} label="As of" />
      </div>
      {model && (
        <p className="muted small">
          Now: weights {current?.weights ?? 'unknown'}, license {current?.license ?? 'not stated'},
          status {status?.status ?? 'unknown'}
          {channel && channel !== 'own-api' ? ` on ${channel}` : ''}, context window{' '}
          {model.contextWindow === null ? 'unknown' : formatInteger(model.contextWindow)} tokens.
        </p>
      )}
      <FieldSet name="what" legend="What to correct">
        {WHAT.map(([k, label]) => (
          <Choice key={k} checked={draft.what[k]} onChange={(on) => setWhat(k, on)}>
            {label}
          </Choice>
        ))}
      </FieldSet>
      {draft.what.weights && (
        <SelectField
          {...bindEnum('weights', ['open', 'closed'], (w) => WEIGHTS_LABEL[w])}
          label="Weights"
        />
      )}
      {draft.what.license && (
        <TextField
          {...bind('license')}
          label="License"
          hint="As the vendor names it (“Apache-2.0”); empty when weights are published without stated terms."
          maxLength={300}
        />
      )}
      {draft.what.status && (
        <div className="form-group">
          <div className="form-row">
            <SelectField
              {...bindEnum('status', modelStatusSchema.options, (s) => STATUS_LABEL[s])}
              label="Status"
            />
            <SelectField
              {...bind('channel')}
              label="Channel"
              hint="Scores read the provider’s own API only."
              options={CHANNEL_OPTIONS}
            />
          </div>
          {draft.channel === 'other' && (
            <TextField
              {...bind('otherChannel')}
              label="Other channel"
              hint="A short lowercase name: openrouter, groq, oracle-oci."
              maxLength={40}
            />
          )}
          <Choice checked={draft.earliest} onChange={(on) => set('earliest', on)}>
            The date is only “no earlier than”
          </Choice>
          <div className="form-row">
            <DateField {...bind('announced')} label="Announced on (optional)" />
            <TextField
              {...bind('replacement')}
              label="Replacement (optional)"
              hint="The successor as the source names it, or a model id."
              maxLength={200}
            />
          </div>
        </div>
      )}
      {draft.what.contextWindow && (
        <TextField
          {...bind('contextWindow')}
          label="Context window (tokens)"
          hint="Empty for unknown."
          numeric
        />
      )}
    </CurationForm>
  );
}
