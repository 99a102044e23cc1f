import { useId, useMemo, useState, type FormEvent } from 'react';
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
import { compareText } from '@/domain/compare-text';

type Template = 'closed-flagship' | 'retirement' | 'deprecation' | 'license' | 'leave-cloud' | 'custom';
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
  const id = useId();
  const providers = useMemo(
    () =>
      [...dataset.providers]
        .filter((p) => !p.synthetic)
        .sort((a, b) => compareText(a.shortName, b.shortName)),
    [dataset],
  );
  const models = useMemo(
    () =>
      [...dataset.models].filter((m) => !m.synthetic).sort((a, b) => compareText(a.name, b.name)),
    [dataset],
  );
  const [template, setTemplate] = useState<Template>('closed-flagship');
  const [name, setName] = useState('');
  const [horizon, setHorizon] = useState(defaultHorizon);
  const [providerId, setProviderId] = useState('meta');
  const [modelId, setModelId] = useState('');
  const [date, setDate] = useState(defaultHorizon);
  const [shutdown, setShutdown] = useState('');
  const [severity, setSeverity] = useState<2 | 4>(2);
  const [tier, setTier] = useState<LicenseTier>('proprietary');
  const [cloud, setCloud] = useState('');
  const [eventType, setEventType] = useState<EventType>('strategy');
  const [direction, setDirection] = useState<Direction>('toward-closed');
  const [eventSeverity, setEventSeverity] = useState('3');
  const [title, setTitle] = useState('');
  const [withModel, setWithModel] = useState(false);
  const [modelName, setModelName] = useState('');
  const [modelWeights, setModelWeights] = useState<'open' | 'closed'>('closed');
  const [error, setError] = useState<string | null>(null);

  const clouds = useMemo(() => providerClouds(dataset, providerId), [dataset, providerId]);
  const f = (x: string) => `${id}-${x}`;

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
          return retirementScenario(dataset, modelId, date, horizon, severity);
        case 'deprecation':
          if (!modelId) return 'Choose the model that is deprecated.';
          if (shutdown !== '' && !isIsoDay(shutdown))
            return 'Enter the shutdown date as a date (YYYY-MM-DD), or leave it empty.';
          if (shutdown !== '' && shutdown < date)
            return 'The shutdown cannot come before the deprecation.';
          return deprecationScenario(dataset, modelId, date, shutdown === '' ? null : shutdown, horizon);
        case 'license':
          if (!modelId) return 'Choose the model whose license changes.';
          return licenseTierScenario(dataset, modelId, tier, date, horizon);
        case 'leave-cloud':
          if (!cloud) return 'Choose the cloud the provider leaves.';
          return leaveCloudScenario(dataset, providerId, cloud, date, horizon);
        case 'custom': {
          const sev = Number(eventSeverity);
          if (title.trim() === '') return 'Describe the event in a short title.';
          if (!Number.isInteger(sev) || sev < 0 || sev > 5)
            return 'Severity must be a whole number from 0 to 5.';
          if (withModel && modelName.trim() === '')
            return 'Name the hypothetical model, or untick “Also add a model”.';
          return customScenario(dataset, {
            name: title.trim(),
            horizon,
            providerId,
            date,
            type: eventType,
            direction,
            severity: sev,
            title: title.trim(),
            model: withModel
              ? {
                  name: modelName.trim(),
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
    setName('');
  };

  const providerSelect = (
    <div className="form-field">
      <label htmlFor={f('provider')}>Provider</label>
      <select
        id={f('provider')}
        value={providerId}
        onChange={(e) => {
          setProviderId(e.target.value);
          setCloud('');
        }}
      >
        {providers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.shortName}
          </option>
        ))}
      </select>
    </div>
  );
  const modelSelect = (label: string) => (
    <div className="form-field">
      <label htmlFor={f('model')}>{label}</label>
      <select id={f('model')} value={modelId} onChange={(e) => setModelId(e.target.value)}>
        <option value="">Choose a model</option>
        {models.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
  const dateField = (
    <div className="form-field">
      <label htmlFor={f('date')}>Date of the change</label>
      <input id={f('date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
    </div>
  );

  return (
    <form
      className="panel scenario-builder"
      onSubmit={submit}
      noValidate
      aria-labelledby={f('title')}
    >
      <h2 id={f('title')} className="panel__title">
        Build a scenario
      </h2>
      <fieldset className="template-choice">
        <legend>What happens</legend>
        {TEMPLATES.map((t) => (
          <label key={t.id} className="radio">
            <input
              type="radio"
              name={f('template')}
              value={t.id}
              checked={template === t.id}
              onChange={() => setTemplate(t.id)}
            />{' '}
            {t.label}
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        {(template === 'closed-flagship' || template === 'leave-cloud' || template === 'custom') &&
          providerSelect}
        {template === 'retirement' && modelSelect('Model retired')}
        {template === 'deprecation' && modelSelect('Model deprecated')}
        {template === 'license' && modelSelect('Model')}
        {template === 'license' && (
          <div className="form-field">
            <label htmlFor={f('tier')}>New license tier</label>
            <select
              id={f('tier')}
              value={tier}
              onChange={(e) => setTier(e.target.value as LicenseTier)}
            >
              {LICENSE_TIERS.map((t) => (
                <option key={t} value={t}>
                  {TIER_LABEL[t]}
                </option>
              ))}
            </select>
          </div>
        )}
        {template === 'retirement' && (
          <div className="form-field">
            <label htmlFor={f('severity')}>Kind of retirement</label>
            <select
              id={f('severity')}
              value={severity}
              onChange={(e) => setSeverity(e.target.value === '4' ? 4 : 2)}
            >
              <option value={2}>A model retired with notice (severity 2)</option>
              <option value={4}>A flagship retired at short notice (severity 4)</option>
            </select>
          </div>
        )}
        {template === 'leave-cloud' && (
          <div className="form-field">
            <label htmlFor={f('cloud')}>Cloud it leaves</label>
            <select id={f('cloud')} value={cloud} onChange={(e) => setCloud(e.target.value)}>
              <option value="">
                {clouds.length === 0 ? 'No third-party cloud on record' : 'Choose a cloud'}
              </option>
              {clouds.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        )}
        {template !== 'closed-flagship' && dateField}
        {template === 'deprecation' && (
          <div className="form-field">
            <label htmlFor={f('shutdown')}>Shutdown date (optional)</label>
            <p id={f('shutdown-hint')} className="muted small">
              May lie after the horizon: the workloads on the model are then at risk with this date.
            </p>
            <input
              id={f('shutdown')}
              type="date"
              value={shutdown}
              aria-describedby={f('shutdown-hint')}
              onChange={(e) => setShutdown(e.target.value)}
            />
          </div>
        )}
      </div>
      {template === 'custom' && (
        <>
          <div className="form-field">
            <label htmlFor={f('event-title')}>Event</label>
            <input
              id={f('event-title')}
              type="text"
              maxLength={120}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={f('type')}>Type</label>
              <select
                id={f('type')}
                value={eventType}
                onChange={(e) => setEventType(e.target.value as EventType)}
              >
                {eventTypeSchema.options.map((t) => (
                  <option key={t} value={t}>
                    {t.replace(/-/g, ' ')}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={f('direction')}>Direction</label>
              <select
                id={f('direction')}
                value={direction}
                onChange={(e) => setDirection(e.target.value as Direction)}
              >
                {directionSchema.options.map((d) => (
                  <option key={d} value={d}>
                    {DIRECTION_TEXT[d]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={f('event-severity')}>Severity (0-5)</label>
              <input
                id={f('event-severity')}
                type="number"
                min={0}
                max={5}
                step={1}
                value={eventSeverity}
                onChange={(e) => setEventSeverity(e.target.value)}
              />
            </div>
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
              <div className="form-field">
                <label htmlFor={f('model-name')}>Model name</label>
                <input
                  id={f('model-name')}
                  type="text"
                  maxLength={80}
                  value={modelName}
                  onChange={(e) => setModelName(e.target.value)}
                />
              </div>
              <div className="form-field">
                <label htmlFor={f('model-weights')}>Weights</label>
                <select
                  id={f('model-weights')}
                  value={modelWeights}
                  onChange={(e) => setModelWeights(e.target.value === 'open' ? 'open' : 'closed')}
                >
                  <option value="closed">Closed</option>
                  <option value="open">Open, permissive license</option>
                </select>
              </div>
            </div>
          )}
        </>
      )}
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={f('horizon')}>Horizon</label>
          <p id={f('horizon-hint')} className="muted small">
            Baseline and scenario are both computed as of this date.
          </p>
          <input
            id={f('horizon')}
            type="date"
            value={horizon}
            aria-describedby={f('horizon-hint')}
            onChange={(e) => setHorizon(e.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={f('name')}>Name (optional)</label>
          <p id={f('name-hint')} className="muted small">
            Left empty, the scenario is named after what happens.
          </p>
          <input
            id={f('name')}
            type="text"
            maxLength={120}
            value={name}
            aria-describedby={f('name-hint')}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Create scenario
        </button>
      </div>
    </form>
  );
}
