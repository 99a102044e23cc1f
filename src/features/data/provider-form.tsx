import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
import { providerKindSchema, type ProviderKind } from '@/domain/schema/provider';
import { CurationForm, useCurationForm } from './curation-form';
import { SelectField, TextField } from '@/components/form-kit';
import { slugOf } from './slug-of';

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
}

const LABELS: Record<string, string> = {
  id: 'Provider id',
  name: 'Name',
  shortName: 'Short name',
  hqCountry: 'Headquarters country',
  hqCity: 'Headquarters city',
  kind: 'Kind',
};

const fieldOf = (path: readonly (string | number)[]) =>
  path[0] === 'record' && typeof path[1] === 'string' && path[1] in LABELS ? path[1] : null;

/** Add a provider. */
export function ProviderForm({ data }: { data: Dataset & { meta: DatasetMeta } }) {
  const form = useCurationForm<Draft>(
    data,
    () => ({
      id: '',
      name: '',
      shortName: '',
      hqCountry: '',
      hqCity: '',
      kind: 'startup',
    }),
    { labels: LABELS, fieldOf },
  );
  const { draft, bind } = form;
  const autoId = slugOf(draft.shortName || draft.name);

  const build = () => ({
    change: {
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
    },
    defaultNote: `New provider: ${draft.name.trim()}`,
  });

  return (
    <CurationForm form={form} build={build} title="Add a provider" submitLabel="Save the provider">
      <div className="form-row">
        <TextField
          {...bind('name')}
          label="Name"
          hint="As published: “Mistral AI SAS”."
          maxLength={200}
        />
        <TextField
          {...bind('shortName')}
          label="Short name"
          hint="For charts and tables: “Mistral”."
          maxLength={60}
        />
        <TextField
          {...bind('id')}
          label="Provider id (optional)"
          hint={`Left empty: “${autoId}”.`}
          maxLength={120}
        />
      </div>
      <div className="form-row">
        <TextField {...bind('hqCountry')} label="Headquarters country" maxLength={100} />
        <TextField {...bind('hqCity')} label="Headquarters city (optional)" maxLength={100} />
        <SelectField
          {...form.bindEnum('kind', providerKindSchema.options, (k) => KIND_LABEL[k])}
          label="Kind"
        />
      </div>
    </CurationForm>
  );
}
