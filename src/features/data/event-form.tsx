import { useMemo, useState, type FormEvent } from 'react';
import { DIRECTION_LABEL } from '@/components/charts/palette';
import { compareText } from '@/domain/compare-text';
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
  evidence: EvidenceDraft;
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
  evidence: emptyEvidence(),
});

const LABELS: Record<string, string> = {
  author: 'Your name',
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
  sources: 'Sources',
  confidence: 'Confidence',
  note: 'Note',
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
function fieldOf(path: readonly (string | number)[], change: number | null): string | null {
  if (change === null) return path[0] === 'author' ? 'author' : null;
  if (path[0] === 'record') {
    const f = path[1];
    if (f === 'appliesTo' || f === 'relatedModelIds') return f;
    if (f === 'ratingNote') return 'reason';
    if (typeof f === 'string' && f in LABELS) return f;
    return null;
  }
  if (path[0] === 'ratingContext' && typeof path[1] === 'string') return path[1];
  if (path[0] === 'ratingOverrideReason') return 'reason';
  return evidenceFieldOf(path);
}

/** Add an event: date with precision, type, provider and applies-to, models, a rating the rule proposes, sources. */
export function EventForm({ data }: { data: Dataset & { meta: DatasetMeta } }) {
  const formId = useFormId();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { summaryRef, focus } = useSummaryFocus();
  const { submission, submit, reset } = useChangeSubmission(data);

  const providers = useMemo(
    () =>
      [...data.providers]
        .filter((p) => !p.synthetic)
        .sort((a, b) => compareText(a.shortName, b.shortName)),
    [data],
  );
  const models = useMemo(
    () =>
      data.models
        .filter(
          (m) =>
            !m.synthetic &&
            (draft.appliesTo.length === 0 || draft.appliesTo.includes(m.providerId)),
        )
        .sort((a, b) => compareText(a.name, b.name)),
    [data, draft.appliesTo],
  );
  const context = contextOf(draft);
  const proposal = proposeRating(draft.type, context);
  const wanted = new Set(CONTEXT_FIELDS[draft.type]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setContext = (key: keyof Draft['context'], value: string) =>
    setDraft((d) => ({ ...d, context: { ...d.context, [key]: value } }));

  const date = preciseDateOf(draft.date);
  const autoId = slugOf(
    `${draft.providerId || 'industry'}-${date?.date ?? 'date'}-${draft.title || 'event'}`,
  );

  const build = (): { changes: unknown[]; local: FieldErrors } => {
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
    const evidence = evidenceOf(draft.evidence);
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
      ...evidence,
    };
    return { changes: [change], local };
  };

  const save = async () => {
    const { changes, local } = build();
    const remote = await submit(
      changes,
      draft.evidence.note.trim() || `Event: ${draft.title.trim()}`,
    );
    const next = { ...fieldErrorsOf(remote, fieldOf), ...local };
    setErrors(next);
    if (Object.keys(next).length > 0) focus();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

  return (
    <form
      className="data-form panel"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${formId}-heading`}
    >
      <h2 id={`${formId}-heading`} className="panel__title">
        Add an event
      </h2>
      <ErrorSummary formId={formId} errors={errors} labels={LABELS} summaryRef={summaryRef} />
      <AuthorField formId={formId} errors={errors} />
      <Field formId={formId} name="title" label="Title" errors={errors}>
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={200}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field
        formId={formId}
        name="summary"
        label="Summary"
        hint="What happened, in one or two sentences."
        errors={errors}
      >
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={draft.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        )}
      </Field>
      <div className="form-row">
        <Field formId={formId} name="date" label="Date" hint={DATE_HINT} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              value={draft.date}
              onChange={(e) => set('date', e.target.value)}
            />
          )}
        </Field>
        <Field formId={formId} name="type" label="Type" errors={errors}>
          {(p) => (
            <select
              {...p}
              value={draft.type}
              onChange={(e) => set('type', eventTypeSchema.parse(e.target.value))}
            >
              {eventTypeSchema.options.map((t) => (
                <option key={t} value={t}>
                  {EVENT_TYPE_LABEL[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.scheduled}
          onChange={(e) => set('scheduled', e.target.checked)}
        />{' '}
        Scheduled: the date was still in the future when the source was published
      </label>
      <Field
        formId={formId}
        name="providerId"
        label="Provider"
        hint="Leave empty for an industry-wide event."
        errors={errors}
      >
        {(p) => (
          <select
            {...p}
            value={draft.providerId}
            onChange={(e) => {
              const id = e.target.value;
              setDraft((d) => ({
                ...d,
                providerId: id,
                appliesTo: id === '' ? d.appliesTo : [id],
              }));
            }}
          >
            <option value="">Industry-wide (no one provider)</option>
            {providers.map((p2) => (
              <option key={p2.id} value={p2.id}>
                {p2.shortName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FieldSet
        formId={formId}
        name="appliesTo"
        legend="Applies to"
        hint="The providers whose risk the event moves."
        errors={errors}
      >
        <div className="choice-grid">
          {providers.map((p) => (
            <label key={p.id} className="choice">
              <input
                type="checkbox"
                checked={draft.appliesTo.includes(p.id)}
                onChange={() => set('appliesTo', toggle(draft.appliesTo, p.id))}
              />{' '}
              {p.shortName}
            </label>
          ))}
        </div>
      </FieldSet>
      <Field
        formId={formId}
        name="relatedModelIds"
        label="Related models (optional)"
        hint="Hold Ctrl or ⌘ to choose several."
        errors={errors}
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
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="form-fieldset">
        <legend>Rating</legend>
        {wanted.has('opennessDirection') && (
          <Field
            formId={formId}
            name="opennessDirection"
            label={LABELS.opennessDirection ?? ''}
            errors={errors}
          >
            {(p) => (
              <select
                {...p}
                value={draft.context.opennessDirection}
                onChange={(e) => setContext('opennessDirection', e.target.value)}
              >
                <option value="">
                  {draft.type === 'license-change' ? 'Not stated' : 'It does not change openness'}
                </option>
                <option value="toward-closed">Toward closed (more restrictive)</option>
                <option value="toward-open">Toward open (less restrictive)</option>
              </select>
            )}
          </Field>
        )}
        {wanted.has('opennessScope') && (
          <Field
            formId={formId}
            name="opennessScope"
            label={LABELS.opennessScope ?? ''}
            errors={errors}
          >
            {(p) => (
              <select
                {...p}
                value={draft.context.opennessScope}
                onChange={(e) => setContext('opennessScope', e.target.value)}
              >
                <option value="">Not stated</option>
                {opennessScopeSchema.options.map((s) => (
                  <option key={s} value={s}>
                    {SCOPE_LABEL[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {(['flagship', 'multiHourOutage', 'serviceLoss'] as const)
          .filter((k) => wanted.has(k))
          .map((k) => (
            <Field key={k} formId={formId} name={k} label={LABELS[k] ?? k} errors={errors}>
              {(p) => (
                <select
                  {...p}
                  value={draft.context[k]}
                  onChange={(e) => setContext(k, e.target.value)}
                >
                  <option value="">Not stated</option>
                  <option value="yes">Yes</option>
                  <option value="no">No</option>
                </select>
              )}
            </Field>
          ))}
        {(['announced', 'effective'] as const)
          .filter((k) => wanted.has(k))
          .map((k) => (
            <Field
              key={k}
              formId={formId}
              name={k}
              label={LABELS[k] ?? k}
              hint="YYYY-MM-DD"
              errors={errors}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  inputMode="numeric"
                  value={draft.context[k]}
                  onChange={(e) => setContext(k, e.target.value)}
                />
              )}
            </Field>
          ))}
        {wanted.has('regulatoryKind') && (
          <Field
            formId={formId}
            name="regulatoryKind"
            label={LABELS.regulatoryKind ?? ''}
            errors={errors}
          >
            {(p) => (
              <select
                {...p}
                value={draft.context.regulatoryKind}
                onChange={(e) => setContext('regulatoryKind', e.target.value)}
              >
                <option value="">Not stated</option>
                {regulatoryKindSchema.options.map((k) => (
                  <option key={k} value={k}>
                    {REGULATORY_LABEL[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {wanted.has('channel') && (
          <Field
            formId={formId}
            name="channel"
            label="Channel"
            hint="A step on one distributor’s clock only is shown but not scored."
            errors={errors}
          >
            {(p) => (
              <select
                {...p}
                value={draft.context.channel}
                onChange={(e) => setContext('channel', e.target.value)}
              >
                <option value="">The provider’s own API</option>
                {Object.entries(KNOWN_LIFECYCLE_CHANNELS)
                  .filter(([k]) => k !== 'own-api')
                  .map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
              </select>
            )}
          </Field>
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
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.override}
            onChange={(e) =>
              setDraft((d) => ({
                ...d,
                override: e.target.checked,
                direction: proposal.direction,
                severity: String(proposal.severity),
                scored: proposal.scored,
              }))
            }
          />{' '}
          Rate it otherwise (a reason is required)
        </label>
        {draft.override && (
          <div className="override">
            <div className="form-row">
              <Field formId={formId} name="direction" label="Direction" errors={errors}>
                {(p) => (
                  <select
                    {...p}
                    value={draft.direction}
                    onChange={(e) => set('direction', directionSchema.parse(e.target.value))}
                  >
                    {directionSchema.options.map((d) => (
                      <option key={d} value={d}>
                        {DIRECTION_LABEL[d]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field formId={formId} name="severity" label="Severity (0-5)" errors={errors}>
                {(p) => (
                  <select
                    {...p}
                    value={draft.severity}
                    onChange={(e) => set('severity', e.target.value)}
                  >
                    {[0, 1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={String(n)}>
                        {n}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <label className="choice">
              <input
                type="checkbox"
                checked={draft.scored}
                onChange={(e) => set('scored', e.target.checked)}
              />{' '}
              Scored (counts in the risk factors)
            </label>
            <Field
              formId={formId}
              name="reason"
              label={LABELS.reason ?? ''}
              hint="Kept as the event’s rating note."
              errors={errors}
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  value={draft.reason}
                  onChange={(e) => set('reason', e.target.value)}
                />
              )}
            </Field>
          </div>
        )}
      </fieldset>
      <Field
        formId={formId}
        name="notes"
        label="Disputed or uncertain facts (optional)"
        errors={errors}
      >
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={draft.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        )}
      </Field>
      <EvidenceFields
        formId={formId}
        value={draft.evidence}
        onChange={(v) => set('evidence', v)}
        errors={errors}
      />
      <Field
        formId={formId}
        name="id"
        label="Record id (optional)"
        hint={`Left empty, the event is recorded as “${autoId}”.`}
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
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={submission.state === 'saving'}
        >
          {submission.state === 'saving' ? 'Saving…' : 'Save the event'}
        </button>
        {submission.state === 'saved' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(emptyDraft());
              setErrors({});
              reset();
            }}
          >
            Add another event
          </button>
        )}
      </div>
      <SubmissionPanel submission={submission} data={data} onApplyAgain={() => void save()} />
    </form>
  );
}
