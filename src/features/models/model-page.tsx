import { StarButton } from '@/components/star-button';
import { channelName, LifecycleTable } from '@/components/lifecycle-table';
import { ProvenanceMark } from '@/components/provenance-mark';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '@/api/api-error';
import { modelQueries } from '@/api/model-queries';
import { useCollection } from '@/api/use-collection';
import { DataTable } from '@/components/data-table';
import { Facts } from '@/components/facts';
import { formatPreciseDate, formatTokens } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import { EvidenceText } from '@/components/evidence-text';
import { Section } from '@/components/section';
import { SourceLinks } from '@/components/source-links';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { QueryError } from '@/components/query-error';
import { shownValue } from '@/domain/url/query-params';
import { channelLabel } from '@/domain/catalog/catalog-export';
import { dayNumber } from '@/domain/dates';
import { commercialUseAllowed, hasUserCap, licenseTier } from '@/domain/license';
import { opennessAtDay, opennessLevel, opennessReason, statusAtDay } from '@/domain/openness';
import type { RiskEvent } from '@/domain/schema/event';
import type { Model } from '@/domain/schema/model';
import { carriedSearch } from '@/domain/url/view-params';
import { useAsOf } from '@/lib/use-view-params';
import { STATUS_LABEL, TIER_LABEL } from './catalog-labels';
import { toModelOpennessView } from './model-openness-view';
import { OpennessSection } from './openness-section';
import './models.css';

const DIRECTION_LABEL: Record<RiskEvent['direction'], string> = {
  'toward-closed': '▲ Toward closed',
  'toward-open': '▼ Toward open',
  neutral: '● Neutral',
};

function yesNoUnknown(v: boolean | null): string {
  return v === null ? 'Unknown' : v ? 'Yes' : 'No';
}

function relatedEvents(model: Model, events: readonly RiskEvent[]): RiskEvent[] {
  const ids = new Set<string>();
  for (const e of model.opennessHistory) if (e.eventId) ids.add(e.eventId);
  for (const e of model.statusHistory) if (e.eventId) ids.add(e.eventId);
  return events
    .filter((e) => ids.has(e.id) || e.relatedModelIds.includes(model.id))
    .sort((a, b) => dayNumber(a.date.date) - dayNumber(b.date.date));
}

/** The canonical page of one model: openness and why, license, channels, status, events, sources. */
export default function ModelPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const search = carriedSearch(location.search);
  const { asOf } = useAsOf();
  const query = useQuery(modelQueries.detail(id));
  const providers = useCollection('providers');
  const events = useCollection('events');

  const back = (
    <p className="breadcrumb">
      <Link to={`/models${search}`}>Models</Link>
    </p>
  );

  if (query.error) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <header className="page-header">
          {back}
          <h1>{notFound ? 'Model not found' : 'Model'}</h1>
        </header>
        {notFound ? (
          <EmptyState
            title="No such model"
            action={<Link to={`/models${search}`}>See all models</Link>}
          >
            <p>
              The data service has no model “{shownValue(id)}”: the link may be mistyped, or the
              record was retracted.
            </p>
          </EmptyState>
        ) : (
          <ErrorPanel
            title="This model could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </>
    );
  }
  if (query.isPending) {
    return (
      <>
        <header className="page-header">
          {back}
          <h1>Model</h1>
        </header>
        <TableSkeleton label="Loading model" />
      </>
    );
  }

  const model = query.data;
  const day = dayNumber(asOf);
  const provider = providers.data?.find((p) => p.id === model.providerId);
  const entry = opennessAtDay(model, day) ?? model.opennessHistory[0];
  const status = statusAtDay(model, day);
  if (!entry) return null;
  const level = opennessLevel(entry);
  const tier = licenseTier(entry);
  const released = status !== null;
  const opennessView = toModelOpennessView(model, day);

  return (
    <>
      <header className="page-header">
        {back}
        <h1>{model.name}</h1>
        <StarButton kind="model" id={model.id} name={model.name} />
        <p className="lead">
          {provider ? (
            <Link to={`/providers/${encodeURIComponent(provider.id)}${search}`}>
              {provider.shortName}
            </Link>
          ) : (
            model.providerId
          )}{' '}
          · family {model.family} · released {formatPreciseDate(model.release)}
        </p>
        <ProvenanceMark provenance={model.provenance} type="model" id={model.id} />
      </header>
      <QueryError
        query={providers}
        title="Provider names could not be loaded"
        stillWorks="This model's facts below still show; its provider is named by its id until the names load."
      />

      <Section id="openness" title="Openness">
        <OpennessSection
          view={opennessView}
          level={level}
          levelReason={opennessReason(entry)}
          asOf={asOf}
          released={released}
          providerId={model.providerId}
        />
        <h3 id="level-history-title">History of the level</h3>
        <DataTable
          label="History of the level, scrollable"
          labelledBy="level-history-title"
          rows={model.opennessHistory}
          rowKey={(h) => `${h.from.date}-${h.weights}-${h.license ?? ''}`}
          columns={[
            { header: 'From', rowHeader: true, cell: (h) => formatPreciseDate(h.from) },
            { header: 'Level', cell: (h) => <OpennessBadge level={opennessLevel(h)} /> },
            { header: 'Weights', cell: (h) => (h.weights === 'open' ? 'Open' : 'Closed') },
            { header: 'License', cell: (h) => h.license ?? 'unknown' },
            { header: 'Tier', cell: (h) => TIER_LABEL[licenseTier(h)] },
          ]}
        />
      </Section>

      <Section id="license" title="License">
        <Facts
          className="model-facts"
          facts={[
            ['License as published', entry.license ?? 'unknown'],
            ['License tier', TIER_LABEL[tier]],
            ['Commercial use allowed', yesNoUnknown(commercialUseAllowed(tier))],
            ['Has a user cap', hasUserCap(entry) ? 'Yes' : tier === 'unknown' ? 'Unknown' : 'No'],
          ]}
        />
        <h3>Restrictions</h3>
        {entry.restrictions.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul>
            {entry.restrictions.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="channels" title="Access channels">
        {entry.channels.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul>
            {entry.channels.map((c) => (
              <li key={`${c.kind}-${c.name ?? ''}`}>{channelLabel(c)}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="status" title="Status">
        <p>
          On {asOf}, on the provider’s own API:{' '}
          <strong>{STATUS_LABEL[status ?? 'unreleased']}</strong>
        </p>
        <h3>Per channel</h3>
        <p className="muted small">
          Distributors retire models on dates of their own; scores read the provider’s own API.
        </p>
        <LifecycleTable model={model} isoDay={asOf} caption={`${model.name}: status per channel`} />
        <h3>History</h3>
        <ul>
          {model.statusHistory.map((s, i) => (
            <li key={`${s.from.date}-${s.status}-${s.channel ?? ''}-${i}`}>
              {formatPreciseDate(s.from)}: {STATUS_LABEL[s.status]}
              {s.channel !== undefined && s.channel !== 'own-api'
                ? ` on ${channelName(s.channel)}`
                : ''}
              {s.precision === 'earliest' ? ' (no earlier than)' : ''}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="details" title="Details">
        <Facts
          className="model-facts"
          facts={[
            ['Modalities', model.modalitiesText ?? 'unknown'],
            [
              'Context window',
              model.contextWindow === null
                ? (model.contextWindowText ?? 'unknown')
                : formatTokens(model.contextWindow),
            ],
            ['Parameters', model.parameters ?? 'unknown'],
            model.notes ? ['Notes', model.notes] : null,
          ]}
        />
      </Section>

      <Section id="events" title="Related events">
        {events.error ? (
          <ErrorPanel
            title="Related events could not be loaded"
            error={events.error}
            onRetry={events.retry}
            stillWorks="Everything else on this page still works."
          />
        ) : !events.data ? (
          <TableSkeleton rows={3} label="Loading related events" />
        ) : (
          (() => {
            const related = relatedEvents(model, events.data);
            return related.length === 0 ? (
              <p className="muted">No event in the data set names this model.</p>
            ) : (
              <ul>
                {related.map((e) => (
                  <li key={e.id}>
                    <strong>{formatPreciseDate(e.date)}</strong> · {e.title} ·{' '}
                    {DIRECTION_LABEL[e.direction]}, severity {e.severity}
                    {e.scheduled && ' (scheduled)'}
                    <SourceLinks
                      sources={e.sources}
                      providerId={e.providerId}
                      label={`Sources for ${e.title}`}
                    />
                  </li>
                ))}
              </ul>
            );
          })()
        )}
      </Section>

      <Section id="sources" title="Sources and evidence">
        <p className="small">
          Evidence: <EvidenceText record={model} />
          {model.unverifiedFields.length > 0 &&
            ` · not checked at a source: ${model.unverifiedFields.join(', ')}`}
        </p>
        <SourceLinks sources={model.sources} providerId={model.providerId} />
      </Section>
    </>
  );
}
