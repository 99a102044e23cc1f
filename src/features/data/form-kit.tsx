import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { changeSourceSchema, type ChangeError, type ChangeSource } from '@/domain/schema/change';
import type { Confidence } from '@/domain/schema/source';

/** Errors of a form by field key ("title", "sources.0.url"); `form` holds those of no field. */
export type FieldErrors = Record<string, string>;

/** The id of a field's input, from the form's id and the field key. */
export const fieldDomId = (formId: string, key: string) =>
  `${formId}-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/**
 * The service's (or the schema's) per-change, per-field errors as a form's field errors:
 * `fieldOf` names the form field of a change's path (null: shown in the summary only).
 */
export function fieldErrorsOf(
  errors: readonly ChangeError[],
  fieldOf: (path: readonly (string | number)[], change: number | null) => string | null,
): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const key = fieldOf(e.path, e.change) ?? 'form';
    const where = key === 'form' && e.path.length > 0 ? ` (${e.path.join('.')})` : '';
    const message = `${e.message}${where}`;
    if (out[key] === undefined) out[key] = message;
  }
  return out;
}

/** GOV.UK's error summary: a focused list of every error, each a link to its field. */
export function ErrorSummary({
  formId,
  errors,
  labels,
  summaryRef,
}: {
  formId: string;
  errors: FieldErrors;
  labels: Record<string, string>;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const keys = Object.keys(errors);
  if (keys.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={summaryRef}
      aria-labelledby={`${formId}-error-summary`}
    >
      <h3 id={`${formId}-error-summary`}>There is a problem</h3>
      <ul>
        {keys.map((k) => (
          <li key={k}>
            {k === 'form' ? (
              errors[k]
            ) : (
              <a href={`#${fieldDomId(formId, k)}`}>
                {labels[k] ?? labelOfSourceKey(k)}: {errors[k]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function labelOfSourceKey(key: string): string {
  const m = /^sources\.(\d+)\.(url|label)$/.exec(key);
  if (m) return `Source ${Number(m[1]) + 1} ${m[2] === 'url' ? 'address' : 'label'}`;
  return key;
}

/** The attributes that tie an input to its hint and its error. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** One labelled field with an optional hint and its inline error, GOV.UK style. */
export function Field({
  formId,
  name,
  label,
  hint,
  errors,
  children,
}: {
  formId: string;
  name: string;
  label: string;
  hint?: ReactNode;
  errors: FieldErrors;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = fieldDomId(formId, name);
  const error = errors[name];
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
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
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** A group of radios or checkboxes under a legend, with its hint and inline error. */
export function FieldSet({
  formId,
  name,
  legend,
  hint,
  errors,
  children,
}: {
  formId: string;
  name: string;
  legend: string;
  hint?: ReactNode;
  errors: FieldErrors;
  children: ReactNode;
}) {
  const id = fieldDomId(formId, name);
  const error = errors[name];
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`form-fieldset${error ? ' form-field--error' : ''}`}
      aria-describedby={
        [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
        undefined
      }
    >
      <legend>{legend}</legend>
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
    </fieldset>
  );
}

/** The evidence every change carries, as a form keeps it. */
export interface EvidenceDraft {
  sources: { url: string; label: string }[];
  confidence: Confidence;
  note: string;
}

export const emptyEvidence = (): EvidenceDraft => ({
  sources: [{ url: '', label: '' }],
  confidence: 'verified',
  note: '',
});

/** The evidence as a change states it (empty source rows left out). */
export function evidenceOf(draft: EvidenceDraft): {
  sources: ChangeSource[];
  confidence: Confidence;
  note?: string;
} {
  const sources = draft.sources
    .filter((s) => s.url.trim() !== '' || s.label.trim() !== '')
    .map((s) => ({ url: s.url.trim(), label: s.label.trim() === '' ? null : s.label.trim() }));
  return {
    sources,
    confidence: draft.confidence,
    ...(draft.note.trim() === '' ? {} : { note: draft.note.trim() }),
  };
}

/** True when a source row's address would be accepted (http or https). */
export const isSourceUrl = (url: string) =>
  changeSourceSchema.shape.url.safeParse(url.trim()).success;

/** Sources (an http(s) address and a label each), the confidence and a note for the log. */
export function EvidenceFields({
  formId,
  value,
  onChange,
  errors,
}: {
  formId: string;
  value: EvidenceDraft;
  onChange: (next: EvidenceDraft) => void;
  errors: FieldErrors;
}) {
  const setSource = (i: number, patch: Partial<{ url: string; label: string }>) =>
    onChange({
      ...value,
      sources: value.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    });
  return (
    <>
      <FieldSet
        formId={formId}
        name="sources"
        legend="Sources"
        hint="At least one public http(s) address where the fact is stated; the provider's own page is best."
        errors={errors}
      >
        {value.sources.map((s, i) => (
          <div className="form-row source-row" key={i}>
            <Field
              formId={formId}
              name={`sources.${i}.url`}
              label={`Source ${i + 1} address`}
              errors={errors}
            >
              {(props) => (
                <input
                  {...props}
                  type="url"
                  inputMode="url"
                  value={s.url}
                  onChange={(e) => setSource(i, { url: e.target.value })}
                />
              )}
            </Field>
            <Field
              formId={formId}
              name={`sources.${i}.label`}
              label={`Source ${i + 1} label (optional)`}
              errors={errors}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={s.label}
                  onChange={(e) => setSource(i, { label: e.target.value })}
                />
              )}
            </Field>
            {value.sources.length > 1 && (
              <button
                type="button"
                className="button button--small source-row__remove"
                onClick={() =>
                  onChange({ ...value, sources: value.sources.filter((_, j) => j !== i) })
                }
              >
                Remove source {i + 1}
              </button>
            )}
          </div>
        ))}
        {value.sources.length < 20 && (
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              onChange({ ...value, sources: [...value.sources, { url: '', label: '' }] })
            }
          >
            Add another source
          </button>
        )}
      </FieldSet>
      <FieldSet formId={formId} name="confidence" legend="Confidence" errors={errors}>
        <label className="choice">
          <input
            type="radio"
            name={`${formId}-confidence`}
            checked={value.confidence === 'verified'}
            onChange={() => onChange({ ...value, confidence: 'verified' })}
          />{' '}
          Verified: I checked it at the source
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${formId}-confidence`}
            checked={value.confidence === 'recalled'}
            onChange={() => onChange({ ...value, confidence: 'recalled' })}
          />{' '}
          Recalled: from memory or a secondary source (marked unverified)
        </label>
      </FieldSet>
      <Field formId={formId} name="note" label="Note for the change log (optional)" errors={errors}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={2000}
            value={value.note}
            onChange={(e) => onChange({ ...value, note: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** The key of an evidence field for a change's path, or null. */
export function evidenceFieldOf(path: readonly (string | number)[]): string | null {
  if (path[0] === 'sources') {
    if (typeof path[1] === 'number' && (path[2] === 'url' || path[2] === 'label'))
      return `sources.${path[1]}.${path[2]}`;
    return 'sources';
  }
  if (path[0] === 'confidence') return 'confidence';
  if (path[0] === 'note') return 'note';
  return null;
}

/** A ref to the summary, and a function that focuses it after the errors render. */
export function useSummaryFocus() {
  const summaryRef = useRef<HTMLDivElement>(null);
  const focus = () => requestAnimationFrame(() => summaryRef.current?.focus());
  return { summaryRef, focus };
}

/** A stable id for a form. */
export const useFormId = () => useId().replace(/:/g, '');

/** A precise date from what the user typed: YYYY-MM-DD (a day) or YYYY-MM (a month). */
export function preciseDateOf(text: string): { date: string; precision: 'day' | 'month' } | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { date: t, precision: 'day' };
  if (/^\d{4}-\d{2}$/.test(t)) return { date: t, precision: 'month' };
  return null;
}

export const DATE_HINT = 'YYYY-MM-DD, or YYYY-MM when only the month is known.';
