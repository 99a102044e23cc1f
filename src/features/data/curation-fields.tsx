import { useCurationStore } from '@/stores/curation-store';
import type { ChangeSource } from '@/domain/schema/change';
import type { Confidence } from '@/domain/schema/source';
import { Choice, FieldSet, TextField, useFormScope } from '@/components/form-kit';

/**
 * What every curation form of the Data page has besides its own fields: the author, the evidence
 * (sources, confidence, note) and the labels of the evidence's fields in the error summary.
 */

/** The author recorded with every change set made here, kept in this browser. */
export function AuthorField({ withHint = true }: { withHint?: boolean }) {
  const author = useCurationStore((s) => s.author);
  const changed = useCurationStore((s) => s.authorChanged);
  return (
    <TextField
      name="author"
      label="Your name"
      hint={withHint ? 'Recorded as the author of the change; kept in this browser.' : undefined}
      autoComplete="name"
      maxLength={120}
      value={author}
      onChange={changed}
    />
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

const CONFIDENCE_CHOICES: readonly (readonly [Confidence, string])[] = [
  ['verified', 'Verified: I checked it at the source'],
  ['recalled', 'Recalled: from memory or a secondary source (marked unverified)'],
];

/** Sources (an http(s) address and a label each), the confidence and a note for the log. */
export function EvidenceFields({
  value,
  onChange,
}: {
  value: EvidenceDraft;
  onChange: (next: EvidenceDraft) => void;
}) {
  const { formId } = useFormScope();
  const setSources = (sources: EvidenceDraft['sources']) => onChange({ ...value, sources });
  const setSource = (i: number, patch: Partial<{ url: string; label: string }>) =>
    setSources(value.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <>
      <FieldSet
        name="sources"
        legend="Sources"
        hint="At least one public http(s) address where the fact is stated; the provider's own page is best."
      >
        {value.sources.map((s, i) => (
          <div className="form-row source-row" key={i}>
            <TextField
              name={`sources.${i}.url`}
              label={`Source ${i + 1} address`}
              type="url"
              value={s.url}
              onChange={(url) => setSource(i, { url })}
            />
            <TextField
              name={`sources.${i}.label`}
              label={`Source ${i + 1} label (optional)`}
              value={s.label}
              onChange={(label) => setSource(i, { label })}
            />
            {value.sources.length > 1 && (
              <button
                type="button"
                className="button button--small source-row__remove"
                onClick={() => setSources(value.sources.filter((_, j) => j !== i))}
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
            onClick={() => setSources([...value.sources, { url: '', label: '' }])}
          >
            Add another source
          </button>
        )}
      </FieldSet>
      <FieldSet name="confidence" legend="Confidence">
        {CONFIDENCE_CHOICES.map(([c, label]) => (
          <Choice
            key={c}
            radioGroup={`${formId}-confidence`}
            checked={value.confidence === c}
            onChange={() => onChange({ ...value, confidence: c })}
          >
            {label}
          </Choice>
        ))}
      </FieldSet>
      <TextField
        name="note"
        label="Note for the change log (optional)"
        rows={2}
        maxLength={2000}
        value={value.note}
        onChange={(note) => onChange({ ...value, note })}
      />
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

/** The label of a source row's field in the error summary ("Source 2 address"), or the key. */
export function labelOfSourceKey(key: string): string {
  const m = /^sources\.(\d+)\.(url|label)$/.exec(key);
  if (m) return `Source ${Number(m[1]) + 1} ${m[2] === 'url' ? 'address' : 'label'}`;
  return key;
}
