import { ErrorPanel } from './state-panels';

/** The ErrorPanel of a part of the page that could not be loaded (its error, Retry), or nothing. */
export function QueryError({
  query,
  title,
  stillWorks,
}: {
  query: { error: unknown; retry: () => void };
  title: string;
  stillWorks?: string;
}) {
  if (!query.error) return null;
  return (
    <ErrorPanel title={title} error={query.error} onRetry={query.retry} stillWorks={stillWorks} />
  );
}
