import { useId, type ReactNode } from 'react';
import { describeError } from '@/api/api-error';

/** Error state: what failed in plain words, what still works, and a Retry button. */
export function ErrorPanel({
  title,
  error,
  onRetry,
  stillWorks = 'The navigation and every other page still work.',
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  stillWorks?: string;
}) {
  const titleId = useId();
  return (
    <section className="panel panel--error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel__title">
        {title}
      </h2>
      <p>{describeError(error)}</p>
      <p className="muted">{stillWorks}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          Retry
        </button>
      )}
    </section>
  );
}

/** Empty state: why it is empty and the one action that fills it. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="panel panel--empty" aria-label={title}>
      <h2 className="panel__title">{title}</h2>
      <div className="muted">{children}</div>
      {action && <div className="panel__action">{action}</div>}
    </section>
  );
}

/** Loading state: a skeleton of the final layout (rows of a table), announced once. */
export function TableSkeleton({ rows = 8, label }: { rows?: number; label: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton__row" aria-hidden="true" />
      ))}
    </div>
  );
}
