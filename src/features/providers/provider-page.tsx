import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '@/api/api-error';
import { providerQueries } from '@/api/provider-queries';
import { formatPreciseDate } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import { SourceLinks } from '@/components/source-links';
import { ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { dayNumber } from '@/domain/dates';
import { licenseTier } from '@/domain/license';
import { opennessAtDay, opennessLevel, statusAtDay } from '@/domain/openness';
import { carriedSearch } from '@/lib/carried-search';
import { today } from '@/lib/clock';

export default function ProviderPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const search = carriedSearch(location.search);
  const asOf = new URLSearchParams(location.search).get('asOf') ?? today(location.search);
  const query = useQuery(providerQueries.detail(id));

  if (query.error) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <header className="page-header">
          <h1>{notFound ? 'Provider not found' : 'Provider'}</h1>
        </header>
        {notFound ? (
          <p>
            There is no provider “{id}” in the data set. <Link to={`/providers${search}`}>See all providers</Link>.
          </p>
        ) : (
          <ErrorPanel title="This provider could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  }
  if (query.isPending) {
    return (
      <>
        <header className="page-header">
          <h1>Provider</h1>
        </header>
        <TableSkeleton label="Loading provider" />
      </>
    );
  }
  const provider = query.data;
  const day = dayNumber(asOf);
  return (
    <>
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/providers${search}`}>Providers</Link>
        </p>
        <h1>{provider.shortName}</h1>
        <p className="lead">
          {provider.name} · {provider.hqCity ? `${provider.hqCity}, ` : ''}
          {provider.hqCountry}
        </p>
      </header>
      <section aria-labelledby="about">
        <h2 id="about">About</h2>
        {provider.notes && <p>{provider.notes}</p>}
        <h3>Access channels</h3>
        <ul>
          {provider.accessChannelsText.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p className="small">
          Confidence: <strong>{provider.confidence}</strong>
          {provider.unverifiedFields.length > 0 && ` (not verified: ${provider.unverifiedFields.join(', ')})`}
        </p>
        <SourceLinks sources={provider.sources} />
      </section>
      <section aria-labelledby="models">
        <h2 id="models">Models ({provider.models.length})</h2>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Released</th>
                <th scope="col">Openness</th>
                <th scope="col">License</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {provider.models.map((m) => {
                const entry = opennessAtDay(m, day) ?? m.opennessHistory[0];
                const status = statusAtDay(m, day);
                return (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{formatPreciseDate(m.release)}</td>
                    <td>{entry && <OpennessBadge level={opennessLevel(entry)} />}</td>
                    <td>
                      {entry?.license ?? 'unknown'}
                      {entry && <div className="muted small">{licenseTier(entry)}</div>}
                    </td>
                    <td>{status ?? 'not yet released'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
