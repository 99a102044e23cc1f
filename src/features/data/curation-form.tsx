import { useState, type FormEvent, type ReactNode } from 'react';
import type { DatasetMeta } from '@/domain/schema/api';
import type { Dataset } from '@/domain/schema/dataset';
import {
  ErrorSummary,
  type FieldErrors,
  fieldErrorsOf,
  FormScope,
  optionsOf,
  useFormId,
  useSummaryFocus,
  FormPanel,
} from '@/components/form-kit';
import {
  AuthorField,
  emptyEvidence,
  type EvidenceDraft,
  evidenceFieldOf,
  EvidenceFields,
  evidenceOf,
  labelOfSourceKey,
} from './curation-fields';
import { SubmissionPanel } from './submission-panel';
import { useChangeSubmission } from './use-change-submission';

type Path = readonly (string | number)[];

/** The labels of the fields every curation form has (the author and the evidence). */
const COMMON_LABELS: Record<string, string> = {
  author: 'Your name',
  sources: 'Sources',
  confidence: 'Confidence',
  note: 'Note',
};

/** The keys of a draft whose value is any text (the ones a text field edits as it is). */
type TextKey<D> = {
  [K in keyof D]: string extends D[K] ? (D[K] extends string ? K : never) : never;
}[keyof D] &
  string;

/** One change a form makes, before its evidence is added; `local` holds the form's own errors. */
export interface BuiltChange {
  change: Record<string, unknown>;
  /** The change set's note when the curator wrote none. */
  defaultNote: string;
  local?: FieldErrors;
}

/**
 * The state every curation form shares: its id, its draft, the evidence, the errors by
 * field, the submission, and `save`, which builds the change, adds the evidence, checks and posts
 * it (`useChangeSubmission`) and shows every error beside its field and in the focused summary.
 */
export function useCurationForm<D extends object>(
  data: Dataset & { meta: DatasetMeta },
  initial: () => D,
  options: {
    /** The labels of the form's own fields (the author's and the evidence's are added). */
    labels: Record<string, string>;
    /** The form field of a path within the change; none: an evidence field, or the summary only. */
    fieldOf: (path: Path) => string | null | undefined;
    /** Also check with the service's rules when the form's own checks fail: every error at once. */
    checkWithLocalErrors?: boolean;
  },
) {
  const formId = useFormId();
  const [draft, setDraft] = useState<D>(initial);
  const [evidence, setEvidence] = useState<EvidenceDraft>(emptyEvidence);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { summaryRef, focus } = useSummaryFocus();
  const { submission, submit, reset } = useChangeSubmission(data);
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));
  /** The name, value and change handler of a text field that edits `draft[key]`. */
  const bind = <K extends TextKey<D>>(key: K) => ({
    name: key,
    value: draft[key] as string,
    onChange: (value: string) => set(key, value as D[K]),
  });
  /** The name, value, options and change handler of a select of `draft[key]` among `values`. */
  const bindEnum = <K extends keyof D & string>(
    key: K,
    values: readonly (D[K] & string)[],
    label: (value: D[K] & string) => ReactNode,
  ) => ({
    name: key,
    value: draft[key] as string,
    options: optionsOf(values, label),
    onChange: (value: string) => {
      const chosen = values.find((v) => v === value);
      if (chosen !== undefined) set(key, chosen);
    },
  });
  const fieldOf = (path: Path, change: number | null) =>
    change === null
      ? path[0] === 'author'
        ? 'author'
        : null
      : (options.fieldOf(path) ?? evidenceFieldOf(path));

  const save = async (build: () => BuiltChange) => {
    const { change, defaultNote, local = {} } = build();
    const remote =
      Object.keys(local).length > 0 && options.checkWithLocalErrors !== true
        ? []
        : await submit(
            [{ ...change, ...evidenceOf(evidence) }],
            evidence.note.trim() || defaultNote,
          );
    const next = { ...fieldErrorsOf(remote, fieldOf), ...local };
    setErrors(next);
    if (Object.keys(next).length > 0) focus();
  };

  return {
    data,
    formId,
    labels: { ...COMMON_LABELS, ...options.labels },
    draft,
    setDraft,
    set,
    bind,
    bindEnum,
    evidence,
    setEvidence,
    errors,
    summaryRef,
    submission,
    save,
    /** An empty form again, after a saved change. */
    restart: () => {
      setDraft(initial());
      setEvidence(emptyEvidence());
      setErrors({});
      reset();
    },
  };
}

export type CurationFormState<D extends object> = ReturnType<typeof useCurationForm<D>>;

/**
 * A curation form as every one is laid out: the title (and an introduction), the error summary,
 * the author, the form's own fields, the evidence, the submit button and what became of the
 * submission (saved with its ΔR, stale, or failed).
 */
export function CurationForm<D extends object>({
  form,
  build,
  title,
  intro,
  submitLabel,
  savingLabel = 'Saving…',
  afterEvidence,
  actions,
  children,
}: {
  form: CurationFormState<D>;
  build: () => BuiltChange;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  savingLabel?: string;
  /** Fields shown after the evidence. */
  afterEvidence?: ReactNode;
  /** Buttons after the submit button. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { formId, submission } = form;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.save(build);
  };
  return (
    <FormPanel formId={formId} className="data-form" onSubmit={onSubmit} title={title}>
      {intro !== undefined && <p className="muted">{intro}</p>}
      <FormScope formId={formId} errors={form.errors}>
        <ErrorSummary
          labelOf={(k) => form.labels[k] ?? labelOfSourceKey(k)}
          summaryRef={form.summaryRef}
        />
        <AuthorField />
        {children}
        <EvidenceFields value={form.evidence} onChange={form.setEvidence} />
        {afterEvidence}
      </FormScope>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={submission.state === 'saving'}
        >
          {submission.state === 'saving' ? savingLabel : submitLabel}
        </button>
        {actions}
      </div>
      <SubmissionPanel
        submission={submission}
        data={form.data}
        onApplyAgain={() => void form.save(build)}
      />
    </FormPanel>
  );
}
