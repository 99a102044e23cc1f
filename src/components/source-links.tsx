import type { Source } from '@/domain/schema/source';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Sources as external links, opened safely in a new tab. */
export function SourceLinks({ sources, label = 'Sources' }: { sources: Source[]; label?: string }) {
  if (sources.length === 0) return <span className="muted">No source recorded</span>;
  return (
    <ul className="sources" aria-label={label}>
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.label ?? hostOf(s.url)}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
