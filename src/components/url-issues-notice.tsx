import { useId } from 'react';
import { shownValue, type UrlIssue } from '@/domain/url/query-params';

/**
 * Says which parts of a link could not be used and why, so a bad value is never replaced in
 * silence. Values are shown cut: a link can carry thousands of characters.
 */
export function UrlIssuesNotice({
  issues,
  title = 'Part of this link could not be used and was ignored',
}: {
  issues: readonly UrlIssue[];
  title?: string;
}) {
  const titleId = useId();
  if (issues.length === 0) return null;
  return (
    <section className="panel panel--notice url-issues" aria-labelledby={titleId}>
      <p id={titleId} className="panel__title">
        {title}
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.param}:${issue.value}`}>
            <code className="url-issues__value">
              {issue.param}={shownValue(issue.value)}
            </code>
            : {issue.message}.
          </li>
        ))}
      </ul>
    </section>
  );
}
