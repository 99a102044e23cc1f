import { useMemo } from 'react';
import type { DatasetMeta } from '@/domain/schema/api';
import { channelKindSchema, type ChannelKind } from '@/domain/schema/channel';
import type { Dataset } from '@/domain/schema/dataset';
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
import { slugOf } from './slug-of';
import { tokenCountOf, WEIGHTS_LABEL } from './model-fields';

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
}

const LABELS: Record<string, string> = {
  id: 'Model id',
  providerId: 'Provider',
  name: 'Name',
  family: 'Family',
  release: 'Released',
  weights: 'Weights',
  license: 'License',
  channels: 'How it can be reached',
  contextWindow: 'Context window',
};

function fieldOf(path: readonly (string | number)[]): string | null | undefined {
  if (path[0] !== 'record') return undefined;
  const f = path[1];
  if (f === 'statusHistory') return 'release';
  if (f === 'opennessHistory')
    return path[3] === 'license' ? 'license' : path[3] === 'channels' ? 'channels' : 'weights';
  if (typeof f === 'string' && f in LABELS) return f;
  return null;
}

/** Add a model, with its openness and access at release. */
export function ModelForm({ data }: { data: Dataset & { meta: DatasetMeta } }) {
  const form = useCurationForm<Draft>(
    data,
    () => ({
      id: '',
      providerId: '',
      name: '',
      family: '',
      release: '',
      weights: 'closed',
      license: '',
      channels: ['own-api'],
      contextWindow: '',
    }),
    { labels: LABELS, fieldOf },
  );
  const { draft, set, bind, bindEnum } = form;
  const providers = useMemo(() => recordOptions(data.providers, (p) => p.shortName), [data]);
  const autoId = slugOf(draft.name);

  const build = () => {
    const local: FieldErrors = {};
    const release = preciseDateOf(draft.release);
    if (release === null) local.release = `Enter the release date as ${DATE_HINT}`;
    const cw = tokenCountOf(draft.contextWindow);
    if (cw === 'invalid')
      local.contextWindow = 'Enter a whole number of tokens, or leave it empty for unknown.';
    const from = release ?? { date: draft.release, precision: 'day' as const };
    if (draft.providerId === '')
      local.providerId = 'Choose the provider (add it first if it is new).';
    return {
      change: {
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
          contextWindow: cw === 'invalid' ? null : cw,
          contextWindowText: null,
          parameters: null,
          notes: null,
        },
      },
      defaultNote: `New model: ${draft.name.trim()}`,
      local,
    };
  };

  return (
    <CurationForm form={form} build={build} title="Add a model" submitLabel="Save the model">
      <div className="form-row">
        <SelectField
          {...bind('providerId')}
          label="Provider"
          empty="Choose a provider"
          options={providers}
        />
        <TextField {...bind('name')} label="Name" maxLength={200} />
      </div>
      <div className="form-row">
        <TextField
          {...bind('id')}
          label="Model id (optional)"
          hint={`Left empty: “${autoId}”.`}
          maxLength={120}
        />
        <TextField
          {...bind('family')}
          label="Family (optional)"
          hint="Sizes and variants of one release share a family."
          maxLength={120}
        />
      </div>
      <div className="form-row">
        <DateField {...bind('release')} label="Released" />
        <SelectField
          {...bindEnum('weights', ['closed', 'open'], (w) => WEIGHTS_LABEL[w])}
          label="Weights at release"
        />
        <TextField {...bind('license')} label="License (optional)" maxLength={300} />
        <TextField {...bind('contextWindow')} label="Context window (tokens, optional)" numeric />
      </div>
      <FieldSet name="channels" legend="How it can be reached">
        {channelKindSchema.options.map((k) => (
          <Choice
            key={k}
            checked={draft.channels.includes(k)}
            onChange={(on) =>
              set('channels', on ? [...draft.channels, k] : draft.channels.filter((c) => c !== k))
            }
          >
            {CHANNEL_LABEL[k]}
          </Choice>
        ))}
      </FieldSet>
    </CurationForm>
  );
}
