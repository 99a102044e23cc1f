import { sourceTier } from '@/domain/evidence/source-tier';
import type { Source, SourceTier } from '@/domain/schema/source';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Each tier in words, shown beside every link (never colour alone). */
export const SOURCE_TIER_LABEL: Record<SourceTier, string> = {
  primary: 'Primary',
  press: 'Reputable press',
  secondary: 'Secondary',
};

/**
 * Sources as external links, opened safely in a new tab, each with its tier as text: primary
 * (the record's provider or an official body), reputable press or secondary. The tier depends
 * on whose record the source backs: pass the record's `providerId` (null for an industry-wide
 * record).
 */
export function SourceLinks({
  sources,
  providerId,
  label = 'Sources',
}: {
  sources: readonly Source[];
  providerId: string | null;
  label?: string;
}) {
  if (sources.length === 0) return <span className="muted">No source recorded</span>;
  return (
    <ul className="sources" aria-label={label}>
      {sources.map((s) => {
        const tier = sourceTier(s, { providerId });
        return (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.label ?? hostOf(s.url)}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>{' '}
            <span className={`source-tier source-tier--${tier}`}>{SOURCE_TIER_LABEL[tier]}</span>
          </li>
        );
      })}
    </ul>
  );
}
