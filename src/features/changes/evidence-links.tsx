import { Link } from 'react-router';
import { SourceLinks } from '@/components/source-links';
import type { Source } from '@/domain/schema/source';

/** The display names of the providers, models and events a line of the page links to. */
export interface Names {
  provider: (id: string | null) => string;
  model: (id: string) => string;
  event: (id: string) => string;
}

const q = encodeURIComponent;

/** The address of an event on the timeline (its detail, with the sources). */
export const eventPath = (id: string, search: string) =>
  `/timeline${withParam(search, 'event', id)}`;
/** A provider's page as of a day: its score and the explanation of every factor. */
export const providerPath = (id: string, search: string, asOf?: string) =>
  `/providers/${q(id)}${asOf === undefined ? search : withParam(search, 'asOf', asOf)}`;
export const modelPath = (id: string, search: string) => `/models/${q(id)}${search}`;

function withParam(search: string, key: string, value: string): string {
  const params = new URLSearchParams(search);
  params.set(key, value);
  return `?${params.toString()}`;
}

/** The evidence of a line: the event(s) on the timeline, the score explanation, the model, the sources. */
export function EvidenceLinks({
  eventIds = [],
  eventTitle,
  providerId,
  providerName,
  asOf,
  modelId,
  modelName,
  sources,
  search,
}: {
  eventIds?: readonly string[];
  eventTitle?: (id: string) => string;
  providerId?: string | null;
  providerName?: string;
  asOf?: string;
  modelId?: string | null;
  modelName?: string;
  sources: Source[];
  search: string;
}) {
  return (
    <div className="evidence">
      <ul className="evidence__links">
        {eventIds.map((id) => (
          <li key={id}>
            <Link to={eventPath(id, search)}>Event: {eventTitle ? eventTitle(id) : id}</Link>
          </li>
        ))}
        {providerId && (
          <li>
            <Link to={providerPath(providerId, search, asOf)}>
              Score explanation{providerName ? `: ${providerName}` : ''}
            </Link>
          </li>
        )}
        {modelId && (
          <li>
            <Link to={modelPath(modelId, search)}>Model: {modelName ?? modelId}</Link>
          </li>
        )}
      </ul>
      <SourceLinks sources={sources} providerId={providerId ?? null} />
    </div>
  );
}
