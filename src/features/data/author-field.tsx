import { useCurationStore } from '@/stores/curation-store';
import { Field, type FieldErrors } from './form-kit';

/** The author recorded with every change set made here, kept in this browser. */
export function AuthorField({ formId, errors }: { formId: string; errors: FieldErrors }) {
  const author = useCurationStore((s) => s.author);
  const changed = useCurationStore((s) => s.authorChanged);
  return (
    <Field
      formId={formId}
      name="author"
      label="Your name"
      hint="Recorded as the author of the change; kept in this browser."
      errors={errors}
    >
      {(p) => (
        <input
          {...p}
          type="text"
          autoComplete="name"
          maxLength={120}
          value={author}
          onChange={(e) => changed(e.target.value)}
        />
      )}
    </Field>
  );
}
