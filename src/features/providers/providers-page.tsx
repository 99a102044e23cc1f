import { useEffect, useMemo, useRef, useState } from 'react';
import { PROVIDER_KIND_LABEL } from '@/components/provider-kind';
import { Link, useLocation } from 'react-router';
import { useCollection } from '@/api/use-collection';
import { formatInteger } from '@/components/format';
import { OpennessMixBar } from '@/components/openness-mix-bar';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { QueryError } from '@/components/query-error';
import { summariseProviders } from '@/domain/provider-summary';
import { carriedSearch } from '@/domain/url/view-params';
import { useAsOf } from '@/lib/use-view-params';

/**
 * Rows drawn at first: a list longer than this (synthetic data sets, `?mock=scale:N`) shows its
 * first rows and a button for the rest, so that the page's first paint does not lay out
 * thousands of rows at once.
 */
const FIRST_ROWS = 200;

export default function ProvidersPage() {
  const location = useLocation();
  const providers = useCollection('providers');
  const models = useCollection('models');
  const { asOf } = useAsOf();
  const search = carriedSearch(location.search);

  const summaries = useMemo(
    () =>
      providers.data && models.data
        ? summariseProviders({ providers: providers.data, models: models.data }, asOf)
        : null,
    [providers.data, models.data, asOf],
  );
  const summaryOf = useMemo(
    () => new Map((summaries ?? []).map((s) => [s.provider.id, s])),
    [summaries],
  );
  const [showAll, setShowAll] = useState(false);
  const shown =
    providers.data && !showAll ? providers.data.slice(0, FIRST_ROWS) : (providers.data ?? []);
  const hidden = (providers.data?.length ?? 0) - shown.length;
  // The button goes once it is used: keyboard focus moves on to the first row it brought.
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!showAll) return;
    body.current?.children[FIRST_ROWS]?.querySelector('a')?.focus();
  }, [showAll]);

  return (
    <>
      <header className="page-header">
        <h1>Providers</h1>
        <p className="lead">
          {providers.data
            ? `${formatInteger(providers.data.length)} AI providers tracked, with how open their models are.`
            : 'The AI providers tracked, with how open their models are.'}
        </p>
      </header>
      {providers.error ? (
        <ErrorPanel
          title="Providers could not be loaded"
          error={providers.error}
          onRetry={providers.retry}
        />
      ) : !providers.data ? (
        <TableSkeleton label="Loading providers" />
      ) : providers.data.length === 0 ? (
        <EmptyState title="No providers in the data set">
          <p>
            The data service answered with no providers. Providers come from the curated data set
            (see “How to add or correct a fact” in the README); reload once it holds records.
          </p>
        </EmptyState>
      ) : (
        <>
          <QueryError
            query={models}
            title="Model counts could not be loaded"
            stillWorks="The provider list below still works; model counts and openness show once models load."
          />
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">
                Providers with model count, openness mix and headquarters
              </caption>
              <thead>
                <tr>
                  <th scope="col">Provider</th>
                  <th scope="col">Kind</th>
                  <th scope="col">HQ country</th>
                  <th scope="col" className="num">
                    Models
                  </th>
                  <th scope="col">Openness mix (models per level)</th>
                </tr>
              </thead>
              <tbody ref={body}>
                {shown.map((provider) => {
                  const summary = summaryOf.get(provider.id);
                  return (
                    <tr key={provider.id}>
                      <th scope="row">
                        <Link to={`/providers/${encodeURIComponent(provider.id)}${search}`}>
                          {provider.shortName}
                        </Link>
                        {provider.name !== provider.shortName && (
                          <div className="muted small cell-subtitle">{provider.name}</div>
                        )}
                      </th>
                      <td>{PROVIDER_KIND_LABEL[provider.kind]}</td>
                      <td>{provider.hqCountry}</td>
                      <td className="num">
                        {summary ? formatInteger(summary.modelCount) : models.isPending ? '…' : '—'}
                      </td>
                      <td>
                        {summary ? (
                          <OpennessMixBar counts={summary.openness} />
                        ) : models.isPending ? (
                          '…'
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {hidden > 0 && (
            <p className="table-more">
              <span className="muted">
                Showing the first {formatInteger(shown.length)} of{' '}
                {formatInteger(providers.data.length)} providers.
              </span>{' '}
              <button type="button" className="button" onClick={() => setShowAll(true)}>
                Show all {formatInteger(providers.data.length)} providers
              </button>
            </p>
          )}
          <p className="muted small">
            Openness levels after the os-ai-map scale: L5 open source, L4 open weights under a
            permissive license, L3 open weights with restrictions, L2 non-commercial weights, L1
            closed. See <Link to={`/methodology${search}`}>Methodology</Link>.
          </p>
        </>
      )}
    </>
  );
}
