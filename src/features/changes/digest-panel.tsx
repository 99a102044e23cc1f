import { useMemo, useState } from 'react';
import {
  digestToHtml,
  digestToJson,
  digestToMarkdown,
  toDigest,
  type DigestStamp,
} from '@/domain/review/digest';
import type { SinceReview } from '@/domain/review/since-review';
import { downloadFile } from '@/lib/download-file';

/** Export the page as a digest (Markdown, e-mail HTML, JSON) and preview the webhook payload. */
export function DigestPanel({ report, stamp }: { report: SinceReview; stamp: DigestStamp }) {
  const digest = useMemo(() => toDigest(report, stamp), [report, stamp]);
  const json = useMemo(() => digestToJson(digest), [digest]);
  const [message, setMessage] = useState<string | null>(null);
  const base = `what-changed-${report.reviewDate}-to-${report.asOf}`;
  const save = (kind: 'md' | 'html' | 'json') => {
    if (kind === 'md')
      downloadFile(`${base}.md`, digestToMarkdown(digest), 'text/markdown;charset=utf-8');
    else if (kind === 'html')
      downloadFile(`${base}.html`, digestToHtml(digest), 'text/html;charset=utf-8');
    else downloadFile(`${base}.json`, json, 'application/json');
    setMessage(`Saved ${base}.${kind}.`);
  };
  return (
    <section aria-labelledby="digest-title" className="changes-section digest no-print">
      <h2 id="digest-title">Digest</h2>
      <p className="muted">
        Each file states the review date, the as-of date, the data set version and the methodology.
        The JSON follows the schema <code>{digest.schema}</code> (docs/digest.md).
      </p>
      <div className="digest__actions">
        <button type="button" className="button" onClick={() => save('md')}>
          Export Markdown
        </button>{' '}
        <button type="button" className="button" onClick={() => save('html')}>
          Export e-mail HTML
        </button>{' '}
        <button type="button" className="button" onClick={() => save('json')}>
          Export JSON
        </button>
      </div>
      <p role="status" className="muted">
        {message}
      </p>
      <details className="webhook-preview">
        <summary>Webhook preview</summary>
        <p>
          The JSON a webhook would receive (POST, Content-Type application/json), the same as the
          JSON export.
        </p>
        <pre tabIndex={0} role="region" aria-label="Webhook payload">
          {json}
        </pre>
      </details>
    </section>
  );
}
