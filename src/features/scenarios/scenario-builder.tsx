import { useMemo, useState, type FormEvent } from 'react';
import {
  Field,
  FormScope,
  optionsOf,
  Problem,
  recordOptions,
  SelectField,
  TextField,
  useFormId,
  type Options,
  FormPanel,
} from '@/components/form-kit';
import { LICENSE_TIERS, type LicenseTier } from '@/domain/license';
import {
  closedFlagshipScenario,
  deprecationScenario,
  leaveCloudScenario,
  licenseTierScenario,
  retirementScenario,
} from '@/domain/scenario/scenario-templates';
import type { Dataset } from '@/domain/schema/dataset';
import {
  directionSchema,
  eventTypeSchema,
  type Direction,
  type EventType,
} from '@/domain/schema/event';
import { isIsoDay } from '@/domain/schema/precise-date';
import type { Scenario } from '@/domain/schema/scenario';
import { customScenario } from '@/domain/scenario/custom-scenario';
import { providerClouds } from './scenarios-view-model';

type Template =
  'closed-flagship' | 'retirement' | 'deprecation' | 'license' | 'leave-cloud' | 'custom';
const TEMPLATES: Array<{ id: Template; label: string }> = [
  { id: 'closed-flagship', label: 'A provider’s next flagship is closed-weight' },
  { id: 'retirement', label: 'A model is retired on a date' },
  { id: 'deprecation', label: 'A model is deprecated, with a shutdown date' },
  { id: 'license', label: 'A model’s license changes tier' },
  { id: 'leave-cloud', label: 'A provider leaves a cloud' },
  { id: 'custom', label: 'A custom hypothetical event' },
];
const TIER_LABEL: Record<LicenseTier, string> = {
  permissive: 'Permissive',
  'restricted-commercial': 'Restricted commercial',
  'non-commercial': 'Non-commercial',
  proprietary: 'Proprietary (closed weights)',
  unknown: 'Unknown terms',
};
const DIRECTION_TEXT: Record<Direction, string> = {
  'toward-closed': 'Toward closed',
  'toward-open': 'Toward open',
  neutral: 'Neutral',
};
const TIER_OPTIONS = optionsOf(LICENSE_TIERS, (t) => TIER_LABEL[t]);
const RETIREMENT_OPTIONS: Options = [
  ['2', 'A model retired with notice (severity 2)'],
  ['4', 'A flagship retired at short notice (severity 4)'],
];
const EVENT_TYPE_OPTIONS = optionsOf(eventTypeSchema.options, (t) => t.replace(/-/g, ' '));
const DIRECTION_OPTIONS = optionsOf(directionSchema.options, (d) => DIRECTION_TEXT[d]);
const WEIGHTS_OPTIONS: Options = [
  ['closed', 'Closed'],
  ['open', 'Open, permissive license'],
];

/** What the builder's fields hold, as typed or chosen. */
interface Draft {
  name: string;
  horizon: string;
  providerId: string;
  modelId: string;
  date: string;
  shutdown: string;
  severity: string;
  tier: string;
  cloud: string;
  eventType: string;
  direction: string;
  eventSeverity: string;
  title: string;
  modelName: string;
  modelWeights: string;
}

/** Build a scenario from a template (docs/methodology.md, "Scenarios") or a custom hypothetical event, with a horizon. */
export function ScenarioBuilder({
  dataset,
  defaultHorizon,
  onCreate,
}: {
  dataset: Dataset;
  defaultHorizon: string;
  onCreate: (scenario: Scenario) => void;
}) {
  const formId = useFormId();
  const providerOptions = useMemo(
    () => recordOptions(dataset.providers, (p) => p.shortName),
    [dataset],
  );
  const modelOptions = useMemo(() => recordOptions(dataset.models, (m) => m.name), [dataset]);
  const [template, setTemplate] = useState<Template>('closed-flagship');
  const [draft, setDraft] = useState<Draft>(() => ({
    name: '',
    horizon: defaultHorizon,
    providerId: 'meta',
    modelId: '',
    date: defaultHorizon,
    shutdown: '',
    severity: '2',
    tier: 'proprietary',
    cloud: '',
    eventType: 'strategy',
    direction: 'toward-closed',
    eventSeverity: '3',
    title: '',
    modelName: '',
    modelWeights: 'closed',
  }));
  const [withModel, setWithModel] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The name, value and change handler of the field that edits `draft[key]`. */
  const bind = (key: keyof Draft) => ({
    name: key,
    value: draft[key],
    onChange: (value: string) => setDraft((d) => ({ ...d, [key]: value })),
  });
  const { name, horizon, providerId, modelId, date, shutdown, cloud, title } = draft;

  const clouds = useMemo(() => providerClouds(dataset, providerId), [dataset, providerId]);

  const build = (): Scenario | string => {
    if (!isIsoDay(horizon)) return 'Enter the horizon as a date (YYYY-MM-DD).';
    const needsDate = template !== 'closed-flagship';
    if (needsDate && !isIsoDay(date)) return 'Enter the date of the change (YYYY-MM-DD).';
    if (needsDate && date > horizon)
      return 'The change must happen on or before the horizon, or it would not show.';
    try {
      switch (template) {
        case 'closed-flagship':
          return closedFlagshipScenario(dataset, providerId, horizon);
        case 'retirement':
          if (!modelId) return 'Choose the model that is retired.';
          return retirementScenario(
            dataset,
            modelId,
            date,
            horizon,
            draft.severity === '4' ? 4 : 2,
          );
        case 'deprecation':
          if (!modelId) return 'Choose the model that is deprecated.';
          if (shutdown !== '' && !isIsoDay(shutdown))
            return 'Enter the shutdown date as a date (YYYY-MM-DD), or leave it empty.';
          if (shutdown !== '' && shutdown < date)
            return 'The shutdown cannot come before the deprecation.';
          return deprecationScenario(
            dataset,
            modelId,
            date,
            shutdown === '' ? null : shutdown,
            horizon,
          );
        case 'license':
          if (!modelId) return 'Choose the model whose license changes.';
          return licenseTierScenario(dataset, modelId, draft.tier as LicenseTier, date, horizon);
        case 'leave-cloud':
          if (!cloud) return 'Choose the cloud the provider leaves.';
          return leaveCloudScenario(dataset, providerId, cloud, date, horizon);
        case 'custom': {
          const sev = Number(draft.eventSeverity);
          const modelName = draft.modelName.trim();
          const modelWeights = draft.modelWeights === 'open' ? 'open' : 'closed';
          if (title.trim() === '') return 'Describe the event in a short title.';
          if (!Number.isInteger(sev) || sev < 0 || sev > 5)
            return 'Severity must be a whole number from 0 to 5.';
          if (withModel && modelName === '')
            return 'Name the hypothetical model, or untick “Also add a model”.';
          return customScenario(dataset, {
            name: title.trim(),
            horizon,
            providerId,
            date,
            type: draft.eventType as EventType,
            direction: draft.direction as Direction,
            severity: sev,
            title: title.trim(),
            model: withModel
              ? {
                  name: modelName,
                  weights: modelWeights,
                  tier: modelWeights === 'closed' ? 'proprietary' : 'permissive',
                }
              : null,
          });
        }
      }
    } catch (e) {
      return e instanceof Error ? e.message : 'The scenario could not be built.';
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const built = build();
    if (typeof built === 'string') {
      setError(built);
      return;
    }
    setError(null);
    const finalName = name.trim() === '' ? built.name : name.trim().slice(0, 120);
    onCreate({ ...built, name: finalName });
    setDraft((d) => ({ ...d, name: '' }));
  };

  const modelSelect = (label: string) => (
    <SelectField {...bind('modelId')} label={label} empty="Choose a model" options={modelOptions} />
  );

  return (
    <FormPanel
      formId={formId}
      className="scenario-builder"
      onSubmit={submit}
      title="Build a scenario"
    >
      <fieldset className="template-choice">
        <legend>What happens</legend>
        {TEMPLATES.map((t) => (
          <label key={t.id} className="radio">
            <input
              type="radio"
              name={`${formId}-template`}
              value={t.id}
              checked={template === t.id}
              onChange={() => setTemplate(t.id)}
            />{' '}
            {t.label}
          </label>
        ))}
      </fieldset>
      <FormScope formId={formId}>
        <div className="form-row">
          {(template === 'closed-flagship' ||
            template === 'leave-cloud' ||
            template === 'custom') && (
            <SelectField
              name="providerId"
              label="Provider"
              options={providerOptions}
              value={providerId}
              onChange={(v) => setDraft((d) => ({ ...d, providerId: v, cloud: '' }))}
            />
          )}
          {template === 'retirement' && modelSelect('Model retired')}
          {template === 'deprecation' && modelSelect('Model deprecated')}
          {template === 'license' && modelSelect('Model')}
          {template === 'license' && (
            <SelectField {...bind('tier')} label="New license tier" options={TIER_OPTIONS} />
          )}
          {template === 'retirement' && (
            <SelectField
              {...bind('severity')}
              label="Kind of retirement"
              options={RETIREMENT_OPTIONS}
            />
          )}
          {template === 'leave-cloud' && (
            <SelectField
              {...bind('cloud')}
              label="Cloud it leaves"
              empty={clouds.length === 0 ? 'No third-party cloud on record' : 'Choose a cloud'}
              options={clouds.map((c) => [c, c] as const)}
            />
          )}
          {template !== 'closed-flagship' && (
            <TextField {...bind('date')} label="Date of the change" type="date" />
          )}
          {template === 'deprecation' && (
            <TextField
              {...bind('shutdown')}
              label="Shutdown date (optional)"
              hint="May lie after the horizon: the workloads on the model are then at risk with this date."
              type="date"
            />
          )}
        </div>
        {template === 'custom' && (
          <>
            <TextField {...bind('title')} label="Event" maxLength={120} />
            <div className="form-row">
              <SelectField {...bind('eventType')} label="Type" options={EVENT_TYPE_OPTIONS} />
              <SelectField {...bind('direction')} label="Direction" options={DIRECTION_OPTIONS} />
              <Field name="eventSeverity" label="Severity (0-5)">
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    min={0}
                    max={5}
                    step={1}
                    value={draft.eventSeverity}
                    onChange={(e) => bind('eventSeverity').onChange(e.target.value)}
                  />
                )}
              </Field>
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={withModel}
                onChange={(e) => setWithModel(e.target.checked)}
              />{' '}
              Also add a hypothetical model released that day
            </label>
            {withModel && (
              <div className="form-row">
                <TextField {...bind('modelName')} label="Model name" maxLength={80} />
                <SelectField {...bind('modelWeights')} label="Weights" options={WEIGHTS_OPTIONS} />
              </div>
            )}
          </>
        )}
        <div className="form-row">
          <TextField
            {...bind('horizon')}
            label="Horizon"
            hint="Baseline and scenario are both computed as of this date."
            type="date"
          />
          <TextField
            {...bind('name')}
            label="Name (optional)"
            hint="Left empty, the scenario is named after what happens."
            maxLength={120}
          />
        </div>
      </FormScope>
      <Problem message={error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Create scenario
        </button>
      </div>
    </FormPanel>
  );
}
