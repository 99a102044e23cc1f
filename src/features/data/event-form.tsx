import { useMemo } from 'react';
import { DIRECTION_LABEL } from '@/components/charts/palette';
import { proposeRating } from '@/domain/changes/propose-rating';
import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
import {
  directionSchema,
  eventTypeSchema,
  type Direction,
  type EventType,
} from '@/domain/schema/event';
import { KNOWN_LIFECYCLE_CHANNELS } from '@/domain/schema/lifecycle-channel';
import {
  opennessScopeSchema,
  regulatoryKindSchema,
  type OpennessScope,
  type RatingContext,
  type RegulatoryKind,
} from '@/domain/schema/rating-context';
import { EVENT_TYPE_LABEL } from '@/domain/timeline/event-shape-family';
import { CurationForm, useCurationForm } from './curation-form';
import {
  Choice,
  DATE_HINT,
  DateField,
  Field,
  type FieldErrors,
  FieldSet,
  OptionList,
  type Options,
  optionsOf,
  preciseDateOf,
  recordOptions,
  SelectField,
  TextField,
} from '@/components/form-kit';
import { slugOf } from './slug-of';

const SCOPE_LABEL: Record<OpennessScope, string> = {
  'flagship-line': 'The provider’s flagship line',
  'all-open-models': 'All its open models',
  'major-model': 'One major model',
  'minor-model': 'A minor model',
};
const REGULATORY_LABEL: Record<RegulatoryKind, string> = {
  ban: 'A ban or block in a major market',
  'binding-obligations': 'Binding obligations taking effect',
  guidance: 'Guidance',
  relief: 'Relief (a delay)',
};

/** Which facts of the rating context the rule reads for each type. */
const CONTEXT_FIELDS: Record<EventType, (keyof RatingContext)[]> = {
  'open-to-closed': ['opennessScope'],
  'closed-to-open': ['opennessScope'],
  'license-change': ['opennessDirection', 'opennessScope'],
  deprecation: ['channel'],
  retirement: ['flagship', 'announced', 'effective', 'channel'],
  outage: ['multiHourOutage'],
  'safety-incident': ['serviceLoss'],
  'security-incident': [],
  regulatory: ['regulatoryKind'],
  'model-launch': ['opennessDirection', 'opennessScope'],
  'pricing-change': ['opennessDirection', 'opennessScope'],
  corporate: ['opennessDirection', 'opennessScope'],
  market: ['opennessDirection', 'opennessScope'],
  'policy-change': ['opennessDirection', 'opennessScope'],
  strategy: ['opennessDirection', 'opennessScope'],
};

interface Draft {
  id: string;
  title: string;
  summary: string;
  date: string;
  scheduled: boolean;
  type: EventType;
  providerId: string;
  appliesTo: string[];
  relatedModelIds: string[];
  context: {
    opennessScope: string;
    opennessDirection: string;
    flagship: string;
    announced: string;
    effective: string;
    multiHourOutage: string;
    serviceLoss: string;
    regulatoryKind: string;
    channel: string;
  };
  override: boolean;
  direction: Direction;
  severity: string;
  scored: boolean;
  reason: string;
  notes: string;
}

const emptyDraft = (): Draft => ({
  id: '',
  title: '',
  summary: '',
  date: '',
  scheduled: false,
  type: 'model-launch',
  providerId: '',
  appliesTo: [],
  relatedModelIds: [],
  context: {
    opennessScope: '',
    opennessDirection: '',
    flagship: '',
    announced: '',
    effective: '',
    multiHourOutage: '',
    serviceLoss: '',
    regulatoryKind: '',
    channel: '',
  },
  override: false,
  direction: 'neutral',
  severity: '0',
  scored: true,
  reason: '',
  notes: '',
});

const LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  date: 'Date',
  type: 'Type',
  providerId: 'Provider',
  appliesTo: 'Applies to',
  relatedModelIds: 'Related models',
  opennessScope: 'Scope of the openness change',
  opennessDirection: 'Which way the terms moved',
  flagship: 'Flagship',
  announced: 'Announced on',
  effective: 'Takes effect on',
  multiHourOutage: 'Documented multi-hour outage',
  serviceLoss: 'Loss of service',
  regulatoryKind: 'Kind of regulatory event',
  channel: 'Channel',
  direction: 'Direction',
  severity: 'Severity',
  scored: 'Scored',
  reason: 'Reason for rating it otherwise',
  id: 'Record id',
  notes: 'Disputed or uncertain facts',
};

/** The rating context as the rule reads it, from the fields shown for the type. */
function contextOf(draft: Draft): RatingContext {
  const c = draft.context;
  const wanted = new Set(CONTEXT_FIELDS[draft.type]);
  const yesNo = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);
  const ctx: RatingContext = {};
  const scope = opennessScopeSchema.safeParse(c.opennessScope);
  if (wanted.has('opennessScope') && scope.success) ctx.opennessScope = scope.data;
  if (
    wanted.has('opennessDirection') &&
    (c.opennessDirection === 'toward-closed' || c.opennessDirection === 'toward-open')
  )
    ctx.opennessDirection = c.opennessDirection;
  if (wanted.has('flagship') && yesNo(c.flagship) !== undefined) ctx.flagship = yesNo(c.flagship);
  if (wanted.has('announced') && c.announced.trim() !== '') ctx.announced = c.announced.trim();
  if (wanted.has('effective') && c.effective.trim() !== '') ctx.effective = c.effective.trim();
  if (wanted.has('multiHourOutage') && yesNo(c.multiHourOutage) !== undefined)
    ctx.multiHourOutage = yesNo(c.multiHourOutage);
  if (wanted.has('serviceLoss') && yesNo(c.serviceLoss) !== undefined)
    ctx.serviceLoss = yesNo(c.serviceLoss);
  const kind = regulatoryKindSchema.safeParse(c.regulatoryKind);
  if (wanted.has('regulatoryKind') && kind.success) ctx.regulatoryKind = kind.data;
  if (wanted.has('channel') && c.channel !== '' && c.channel !== 'own-api') ctx.channel = c.channel;
  return ctx;
}

/** The form field of a change's path. */
function fieldOf(path: readonly (string | number)[]): string | null | undefined {
  if (path[0] === 'record') {
    const f = path[1];
    if (f === 'appliesTo' || f === 'relatedModelIds') return f;
    if (f === 'ratingNote') return 'reason';
    if (typeof f === 'string' && f in LABELS) return f;
    return null;
  }
  if (path[0] === 'ratingContext' && typeof path[1] === 'string') return path[1];
  if (path[0] === 'ratingOverrideReason') return 'reason';
  return undefined;
}

const YES_NO: Options = [
  ['yes', 'Yes'],
  ['no', 'No'],
];
const SEVERITIES: Options = [0, 1, 2, 3, 4, 5].map((n) => [String(n), n] as const);
const OTHER_CHANNELS: Options = Object.entries(KNOWN_LIFECYCLE_CHANNELS).filter(
  ([k]) => k !== 'own-api',
);

/** Add an event: date with precision, type, provider and applies-to, models, a rating the rule proposes, sources. */
export function EventForm({ data }: { data: Dataset & { meta: DatasetMeta } }) {
  const form = useCurationForm<Draft>(data, emptyDraft, {
    labels: LABELS,
    fieldOf,
    checkWithLocalErrors: true,
  });
  const { draft, set, setDraft, bind, bindEnum } = form;

  const providers = useMemo(() => recordOptions(data.providers, (p) => p.shortName), [data]);
  const models = useMemo(
    () =>
      recordOptions(
        data.models.filter(
          (m) => draft.appliesTo.length === 0 || draft.appliesTo.includes(m.providerId),
        ),
        (m) => m.name,
      ),
    [data, draft.appliesTo],
  );
  const context = contextOf(draft);
  const proposal = proposeRating(draft.type, context);
  const wanted = new Set(CONTEXT_FIELDS[draft.type]);
  /** The name, label, value and change handler of a rating-context field. */
  const bindContext = (key: keyof Draft['context']) => ({
    name: key,
    label: LABELS[key] ?? key,
    value: draft.context[key],
    onChange: (value: string) =>
      setDraft((d) => ({ ...d, context: { ...d.context, [key]: value } })),
  });

  const date = preciseDateOf(draft.date);
  const autoId = slugOf(
    `${draft.providerId || 'industry'}-${date?.date ?? 'date'}-${draft.title || 'event'}`,
  );

  const build = () => {
    const local: FieldErrors = {};
    if (date === null) local.date = `Enter the date as ${DATE_HINT}`;
    if (draft.override && draft.severity.trim() === '')
      local.severity = 'Enter a severity from 0 to 5.';
    const differs =
      draft.override &&
      (draft.direction !== proposal.direction ||
        Number(draft.severity) !== proposal.severity ||
        draft.scored !== proposal.scored);
    if (differs && draft.reason.trim() === '')
      local.reason = `The rating rule proposes ${proposal.direction}, severity ${proposal.severity}${proposal.scored ? '' : ', not scored'}: give a reason to rate it otherwise.`;
    const rating = draft.override
      ? { direction: draft.direction, severity: Number(draft.severity), scored: draft.scored }
      : { direction: proposal.direction, severity: proposal.severity, scored: proposal.scored };
    const appliesTo =
      draft.appliesTo.length > 0 ? draft.appliesTo : draft.providerId ? [draft.providerId] : [];
    const change = {
      kind: 'create',
      entity: 'event',
      record: {
        id: draft.id.trim() || autoId,
        date: date ?? { date: draft.date, precision: 'day' },
        scheduled: draft.scheduled,
        providerId: draft.providerId === '' ? null : draft.providerId,
        appliesTo,
        relatedModelIds: draft.relatedModelIds,
        type: draft.type,
        ...rating,
        title: draft.title,
        summary: draft.summary,
        notes: draft.notes.trim() === '' ? null : draft.notes.trim(),
        ratingNote: null,
      },
      ratingContext: context,
      ...(draft.override && draft.reason.trim() !== ''
        ? { ratingOverrideReason: draft.reason.trim() }
        : {}),
    };
    return { change, defaultNote: `Event: ${draft.title.trim()}`, local };
  };

  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

  return (
    <CurationForm
      form={form}
      build={build}
      title="Add an event"
      submitLabel="Save the event"
      afterEvidence={
        <TextField
          {...bind('id')}
          label="Record id (optional)"
          hint={`Left empty, the event is recorded as “${autoId}”.`}
          maxLength={120}
        />
      }
      actions={
        form.submission.state === 'saved' && (
          <button type="button" className="button" onClick={form.restart}>
            Add another event
          </button>
        )
      }
    >
      <TextField {...bind('title')} label="Title" maxLength={200} />
      <TextField
        {...bind('summary')}
        label="Summary"
        hint="What happened, in one or two sentences."
        rows={3}
      />
      <div className="form-row">
        <DateField {...bind('date')} label="Date" />
        <SelectField
          {...bindEnum('type', eventTypeSchema.options, (t) => EVENT_TYPE_LABEL[t])}
          label="Type"
        />
      </div>
      <Choice checked={draft.scheduled} onChange={(on) => set('scheduled', on)}>
        Scheduled: the date was still in the future when the source was published
      </Choice>
      <SelectField
        name="providerId"
        label="Provider"
        hint="Leave empty for an industry-wide event."
        value={draft.providerId}
        onChange={(id) =>
          setDraft((d) => ({ ...d, providerId: id, appliesTo: id === '' ? d.appliesTo : [id] }))
        }
        empty="Industry-wide (no one provider)"
        options={providers}
      />
      <FieldSet
        name="appliesTo"
        legend="Applies to"
        hint="The providers whose risk the event moves."
      >
        <div className="choice-grid">
          {providers.map(([id, name]) => (
            <Choice
              key={id}
              checked={draft.appliesTo.includes(id)}
              onChange={() => set('appliesTo', toggle(draft.appliesTo, id))}
            >
              {name}
            </Choice>
          ))}
        </div>
      </FieldSet>
      <Field
        name="relatedModelIds"
        label="Related models (optional)"
        hint="Hold Ctrl or ⌘ to choose several."
      >
        {(p) => (
          <select
            {...p}
            multiple
            size={6}
            value={draft.relatedModelIds}
            onChange={(e) =>
              set(
                'relatedModelIds',
                [...e.target.selectedOptions].map((o) => o.value),
              )
            }
          >
            <OptionList options={models} />
          </select>
        )}
      </Field>

      <fieldset className="form-fieldset">
        <legend>Rating</legend>
        {wanted.has('opennessDirection') && (
          <SelectField
            {...bindContext('opennessDirection')}
            empty={draft.type === 'license-change' ? 'Not stated' : 'It does not change openness'}
            options={[
              ['toward-closed', 'Toward closed (more restrictive)'],
              ['toward-open', 'Toward open (less restrictive)'],
            ]}
          />
        )}
        {wanted.has('opennessScope') && (
          <SelectField
            {...bindContext('opennessScope')}
            empty="Not stated"
            options={optionsOf(opennessScopeSchema.options, (s) => SCOPE_LABEL[s])}
          />
        )}
        {(['flagship', 'multiHourOutage', 'serviceLoss'] as const)
          .filter((k) => wanted.has(k))
          .map((k) => (
            <SelectField key={k} {...bindContext(k)} empty="Not stated" options={YES_NO} />
          ))}
        {(['announced', 'effective'] as const)
          .filter((k) => wanted.has(k))
          .map((k) => (
            <TextField key={k} {...bindContext(k)} hint="YYYY-MM-DD" numeric />
          ))}
        {wanted.has('regulatoryKind') && (
          <SelectField
            {...bindContext('regulatoryKind')}
            empty="Not stated"
            options={optionsOf(regulatoryKindSchema.options, (k) => REGULATORY_LABEL[k])}
          />
        )}
        {wanted.has('channel') && (
          <SelectField
            {...bindContext('channel')}
            hint="A step on one distributor’s clock only is shown but not scored."
            empty="The provider’s own API"
            options={OTHER_CHANNELS}
          />
        )}
        <div className="proposal" aria-live="polite">
          <p>
            <strong>The rating rule proposes:</strong>{' '}
            {DIRECTION_LABEL[proposal.direction].toLowerCase()}, severity {proposal.severity},{' '}
            {proposal.scored ? 'scored' : 'shown but not scored'}.
          </p>
          <p className="muted small">
            {proposal.basis}
            {proposal.missing.length > 0 &&
              ` Not stated: ${proposal.missing.map((m) => (LABELS[m] ?? m).toLowerCase()).join(', ')} (the rule takes the lowest rung).`}
            {proposal.judgement &&
              ' The table does not cover this case: a curator’s judgement is expected.'}
          </p>
        </div>
        <Choice
          checked={draft.override}
          onChange={(on) =>
            setDraft((d) => ({
              ...d,
              override: on,
              direction: proposal.direction,
              severity: String(proposal.severity),
              scored: proposal.scored,
            }))
          }
        >
          Rate it otherwise (a reason is required)
        </Choice>
        {draft.override && (
          <div className="override">
            <div className="form-row">
              <SelectField
                {...bindEnum('direction', directionSchema.options, (d) => DIRECTION_LABEL[d])}
                label="Direction"
              />
              <SelectField {...bind('severity')} label="Severity (0-5)" options={SEVERITIES} />
            </div>
            <Choice checked={draft.scored} onChange={(on) => set('scored', on)}>
              Scored (counts in the risk factors)
            </Choice>
            <TextField
              {...bind('reason')}
              label={LABELS.reason ?? ''}
              hint="Kept as the event’s rating note."
              rows={2}
            />
          </div>
        )}
      </fieldset>
      <TextField {...bind('notes')} label="Disputed or uncertain facts (optional)" rows={2} />
    </CurationForm>
  );
}
