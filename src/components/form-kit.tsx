import {
  createContext,
  memo,
  useContext,
  useId,
  useMemo,
  useRef,
  type FormEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { compareText } from '@/domain/compare-text';
import type { ChangeError } from '@/domain/schema/change';

/**
 * The form kit, written once for every form (the Data page's curation forms, the portfolio's
 * dependency form): a labelled field with its hint and its error beside it, text, date and
 * select fields, choices and the error summary. The fields read the form's id and errors from the
 * `FormScope` around them.
 */

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

const NO_ERRORS: FieldErrors = {};
const FormScopeContext = createContext<{ formId: string; errors: FieldErrors }>({
  formId: '',
  errors: NO_ERRORS,
});

/** The form (or group of controls) the fields inside belong to: the prefix of their ids, their errors. */
export function FormScope({
  formId,
  errors = NO_ERRORS,
  children,
}: {
  formId: string;
  errors?: FieldErrors;
  children: ReactNode;
}) {
  const scope = useMemo(() => ({ formId, errors }), [formId, errors]);
  return <FormScopeContext value={scope}>{children}</FormScopeContext>;
}

/** The id and errors of the form around. */
export const useFormScope = () => useContext(FormScopeContext);

/**
 * GOV.UK's error summary: a focused list of every error, each a link to its field. `labelOf`
 * names the field before its error; none: the error alone (errors written as whole sentences).
 */
export function ErrorSummary({
  labelOf,
  summaryRef,
}: {
  labelOf?: (key: string) => string;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { formId, errors } = useContext(FormScopeContext);
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
                {labelOf ? `${labelOf(k)}: ${errors[k]}` : errors[k]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A problem to act on (a file refused, a change set not accepted), announced; nothing when null. */
export function Problem({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}

/** The attributes that tie an input to its hint and its error. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** A field's id, error, the ids that describe it and its hint and error as rendered. */
function useFieldParts(name: string, hint: ReactNode) {
  const { formId, errors } = useContext(FormScopeContext);
  const id = fieldDomId(formId, name);
  const error = errors[name];
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const notes = (
    <>
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
    </>
  );
  return { id, error, describedBy, notes };
}

/** One labelled field with an optional hint and its inline error, GOV.UK style. */
export function Field({
  name,
  label,
  hint,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  children: (props: ControlProps) => ReactNode;
}) {
  const { id, error, describedBy, notes } = useFieldParts(name, hint);
  return (
    <div className={`form-field${error ? ' form-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {notes}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** A group of radios or checkboxes under a legend, with its hint and inline error. */
export function FieldSet({
  name,
  legend,
  hint,
  children,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const { id, error, describedBy, notes } = useFieldParts(name, hint);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`form-fieldset${error ? ' form-field--error' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {notes}
      {children}
    </fieldset>
  );
}

/** What every text, date and select field takes: its key, label, hint and value. */
interface ValueFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A one-line text input, or a text area when `rows` is given; `suggestions` offers values to
 * choose from while any other text may still be typed.
 */
export function TextField({
  maxLength,
  numeric = false,
  rows,
  type = 'text',
  autoComplete,
  placeholder,
  suggestions,
  ref,
  value,
  onChange,
  ...field
}: ValueFieldProps & {
  maxLength?: number;
  /** Digits expected (dates, token counts): the numeric keyboard on phones; 'decimal': with a point. */
  numeric?: boolean | 'decimal';
  rows?: number;
  type?: 'text' | 'url' | 'search' | 'date';
  autoComplete?: string;
  placeholder?: string;
  suggestions?: Options;
  ref?: Ref<HTMLInputElement>;
}) {
  const inputMode =
    numeric === 'decimal' ? 'decimal' : numeric ? 'numeric' : type === 'url' ? 'url' : undefined;
  return (
    <Field {...field}>
      {(p) =>
        rows === undefined ? (
          <>
            <input
              {...p}
              ref={ref}
              type={type}
              inputMode={inputMode}
              autoComplete={autoComplete}
              maxLength={maxLength}
              list={suggestions && `${p.id}-list`}
              placeholder={placeholder}
              value={value}
              onChange={(e) => onChange(e.target.value)}
            />
            {suggestions && (
              <datalist id={`${p.id}-list`}>
                <OptionList options={suggestions} />
              </datalist>
            )}
          </>
        ) : (
          <textarea
            {...p}
            rows={rows}
            maxLength={maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A precise date typed as YYYY-MM-DD, or YYYY-MM when only the month is known. */
export function DateField(props: ValueFieldProps) {
  return <TextField hint={DATE_HINT} {...props} numeric />;
}

/** The options of a select: a value and its label each. */
export type Options = readonly (readonly [value: string, label: ReactNode])[];

/** The options of a select from an enum's values and their labels. */
export const optionsOf = <K extends string>(
  values: readonly K[],
  label: (value: K) => ReactNode,
): Options => values.map((v) => [v, label(v)] as const);

/** The options to choose a record: the compiled (not synthetic) ones, by their label. */
export const recordOptions = <R extends { id: string; synthetic?: boolean }>(
  records: readonly R[],
  label: (record: R) => string,
): Options =>
  records
    .filter((r) => !r.synthetic)
    .map((r) => [r.id, label(r)] as const)
    .sort((a, b) => compareText(a[1], b[1]));

/**
 * The options of a select. Drawn again only when `options` is another list: a form re-renders
 * on every keystroke, and a select of every model holds hundreds of options.
 */
export const OptionList = memo(function OptionList({ options }: { options: Options }) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
});

/** Options under group labels (a select's `optgroup`s). */
export type OptionGroups = readonly { label: string; options: Options }[];

/**
 * A select of one value among `options`, or among `groups` of options; `empty` labels a first
 * option with the empty value (none chosen).
 */
export function SelectField({
  options = [],
  groups = [],
  empty,
  value,
  onChange,
  ...field
}: ValueFieldProps & { options?: Options; groups?: OptionGroups; empty?: string }) {
  return (
    <Field {...field}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          {empty !== undefined && <option value="">{empty}</option>}
          <OptionList options={options} />
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              <OptionList options={g.options} />
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox (or a radio, given its group's `name`) with its label beside it. */
export function Choice({
  checked,
  onChange,
  radioGroup,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The name of the radio group: a radio; none: a checkbox. */
  radioGroup?: string;
  children: ReactNode;
}) {
  return (
    <label className="choice">
      <input
        type={radioGroup === undefined ? 'checkbox' : 'radio'}
        name={radioGroup}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {children}
    </label>
  );
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

/** A form in a panel, named by its heading; the browser's own validation is off (the form checks). */
export function FormPanel({
  formId,
  title,
  className,
  onSubmit,
  children,
}: {
  formId: string;
  title: ReactNode;
  /** The form's own class, beside `panel`. */
  className: string;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <form
      className={`${className} panel`}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={`${formId}-heading`}
    >
      <h2 id={`${formId}-heading`} className="panel__title">
        {title}
      </h2>
      {children}
    </form>
  );
}
