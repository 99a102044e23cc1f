import { StarButton } from '@/components/star-button';
import { PROVIDER_KIND_LABEL } from '@/components/provider-kind';
import { ChannelLifecycles } from './channel-lifecycles';
import { ProvenanceMark } from '@/components/provenance-mark';
import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useDataset } from '@/api/use-dataset';
import { ChartFigure } from '@/components/charts/chart-figure';
import { DataTable } from '@/components/data-table';
import { DIRECTION_LABEL, DIRECTION_SHAPE } from '@/components/charts/palette';
import { RiskTrendChart } from '@/components/charts/lazy-charts';
import { RiskTrendTables } from '@/components/charts/risk-trend-tables';
import { toRiskTrendView, trendSampleDays } from '@/components/charts/risk-trend-view-model';
import { formatDay, formatScore } from '@/components/format';
import { OpennessBadge } from '@/components/openness-badge';
import { EvidenceText } from '@/components/evidence-text';
import { Section } from '@/components/section';
import { SourceLinks } from '@/components/source-links';
import { EmptyState, ErrorPanel, TableSkeleton } from '@/components/state-panels';
import { shownValue } from '@/domain/url/query-params';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { isStale } from '@/domain/risk/is-stale';
import { riskTrend } from '@/domain/risk/risk-trend';
import { scoreProvider } from '@/domain/risk/score-providers';
import { carriedSearch } from '@/domain/url/view-params';
import { useAsOf, useRiskSettings } from '@/lib/use-view-params';
import { useRiskContext } from '@/lib/use-risk-context';
import {
  tierLabel,
  toEventRows,
  toFactorViews,
  toModelRows,
  type FactorView,
} from './provider-view-model';
import { OpennessProfileSection } from './openness-profile-section';
import './provider-page.css';

const TREND_FROM = '2023-01-01';
const SHAPE_GLYPH = { 'triangle-up': '▲', 'triangle-down': '▼', circle: '●' } as const;

function FactorExplanation({ factor }: { factor: FactorView }) {
  return (
    <details className="factor" id={`factor-${factor.key}`}>
      <summary className="factor__summary">
        <span className="factor__name">{factor.label}</span>
        <span className="factor__value num">{factor.valueLabel}</span>
        <span className="factor__weight muted num">weight {factor.weightLabel}</span>
        <span className="factor__points muted num">adds {factor.pointsLabel}</span>
      </summary>
      <div className="factor__body">
        {factor.note && <p className="muted">{factor.note}</p>}
        {factor.rows.length > 0 && (
          <DataTable
            caption={`What makes up the ${factor.label} value of ${factor.valueLabel}`}
            captionHidden
            rows={factor.rows}
            rowKey={(r) => r.id}
            columns={[
              {
                header: 'Contributor',
                rowHeader: true,
                cell: (r) => (
                  <>
                    {r.href === null ? (
                      r.label
                    ) : r.href.startsWith('#') ? (
                      <a href={r.href}>{r.label}</a>
                    ) : (
                      <Link to={r.href}>{r.label}</Link>
                    )}
                    <div className="muted small cell-subtitle">{r.kindLabel}</div>
                  </>
                ),
              },
              { header: 'Its value', cell: (r) => r.itemLabel },
              { header: 'Recency weight', num: true, cell: (r) => r.recencyLabel },
              { header: 'Points', num: true, cell: (r) => r.shareLabel },
              {
                header: 'Sources',
                cell: (r) =>
                  r.sources.length > 0 ? (
                    <SourceLinks
                      sources={r.sources}
                      providerId={r.recordProviderId}
                      label={`Sources for ${r.label}`}
                    />
                  ) : (
                    '—'
                  ),
              },
            ]}
            foot={
              <tr>
                <th scope="row" colSpan={3}>
                  {factor.label} value
                </th>
                <td className="num">
                  <strong>{factor.valueLabel}</strong>
                </td>
                <td />
              </tr>
            }
          />
        )}
      </div>
    </details>
  );
}

export default function ProviderPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const search = carriedSearch(location.search);
  const { asOf, today } = useAsOf();
  const { settings } = useRiskSettings();
  const dataset = useDataset();
  const ctx = useRiskContext(dataset.data);
  const provider = dataset.data?.providers.find((p) => p.id === id);

  const score = useMemo(
    () => (ctx && provider ? scoreProvider(ctx, provider.id, asOf, settings) : null),
    [ctx, provider, asOf, settings],
  );
  const factors = useMemo(
    () =>
      score
        ? toFactorViews(
            score,
            search,
            new Map(ctx?.dataset.events.map((e) => [e.id, e.providerId]) ?? []),
          )
        : [],
    [score, search, ctx],
  );
  const impacts = useMemo(
    () =>
      ctx && provider ? eventImpacts(ctx, settings, { providerIds: [provider.id], to: asOf }) : [],
    [ctx, provider, settings, asOf],
  );
  const trendView = useMemo(() => {
    if (!ctx || !provider) return null;
    const from = asOf < TREND_FROM ? asOf : TREND_FROM;
    const trends = riskTrend(ctx, settings, from, asOf, [provider.id], {
      extraDays: trendSampleDays(impacts, from, asOf),
    });
    return toRiskTrendView({
      trends,
      impacts,
      events: ctx.dataset.events,
      providers: ctx.dataset.providers,
      allProviderIds: ctx.dataset.providers.map((p) => p.id),
      fromIso: from,
      toIso: asOf,
    });
  }, [ctx, provider, settings, asOf, impacts]);
  const models = useMemo(
    () =>
      dataset.data && provider
        ? toModelRows(
            dataset.data.models.filter((m) => m.providerId === provider.id),
            asOf,
          )
        : [],
    [dataset.data, provider, asOf],
  );
  const events = useMemo(
    () =>
      dataset.data && provider
        ? toEventRows(dataset.data.events, impacts, provider.id, asOf, today)
        : [],
    [dataset.data, provider, impacts, asOf, today],
  );

  if (dataset.error && !dataset.data) {
    return (
      <>
        <header className="page-header">
          <p className="breadcrumb">
            <Link to={`/providers${search}`}>Providers</Link>
          </p>
          <h1>Provider</h1>
        </header>
        <ErrorPanel
          title="This provider could not be loaded"
          error={dataset.error}
          onRetry={dataset.retry}
        />
      </>
    );
  }
  if (!dataset.data) {
    return (
      <>
        <header className="page-header">
          <h1>Provider</h1>
        </header>
        <TableSkeleton label="Loading provider" />
      </>
    );
  }
  if (!provider) {
    return (
      <>
        <header className="page-header">
          <h1>Provider not found</h1>
        </header>
        <EmptyState
          title="No such provider"
          action={<Link to={`/providers${search}`}>See all providers</Link>}
        >
          <p>
            The data set has no provider “{shownValue(id)}”: the link may be mistyped, or the record
            was retracted.
          </p>
        </EmptyState>
      </>
    );
  }

  const stale = isStale(asOf, dataset.data.compiledOn);
  const disputedEvents = events.filter((e) => e.notes);
  const notedModels = models.filter(
    (m) => m.notes || !m.evidence.verified || m.unverified.length > 0,
  );
  const topFactor = [...factors]
    .filter((f) => f.value !== null && f.weightLabel !== 'left out')
    .sort((a, b) => Number.parseFloat(b.pointsLabel) - Number.parseFloat(a.pointsLabel))[0];

  return (
    <>
      <header className="page-header">
        <p className="breadcrumb">
          <Link to={`/providers${search}`}>Providers</Link>
        </p>
        <h1>{provider.shortName}</h1>
        <StarButton kind="provider" id={provider.id} name={provider.shortName} />
        <p className="lead">
          {provider.name} · {PROVIDER_KIND_LABEL[provider.kind]} ·{' '}
          {provider.hqCity ? `${provider.hqCity}, ` : ''}
          {provider.hqCountry}
        </p>
        <ProvenanceMark provenance={provider.provenance} type="provider" id={provider.id} />
      </header>
      {stale && (
        <p className="panel panel--notice" role="note">
          The data set was compiled on {formatDay(dataset.data.compiledOn)}: no facts after that
          date are known, so the score as of {formatDay(asOf)} only decays with time.
        </p>
      )}

      <section className="score-card" aria-labelledby="score-title">
        <h2 id="score-title" className="visually-hidden">
          Platform risk
        </h2>
        <div className="score-card__figure">
          <span className="score-card__label">Platform risk</span>
          <span className="score-card__number num">{formatScore(score?.risk ?? null)}</span>
          {score?.grade && (
            <span className={`badge badge--grade-${score.grade} score-card__grade`}>
              <span className="visually-hidden">Grade </span>
              {score.grade}
            </span>
          )}
        </div>
        <p className="score-card__text">
          {score?.risk === null || !score
            ? `No model of ${provider.shortName} is active on ${formatDay(asOf)}, so there is no score.`
            : `Out of 100 (higher is riskier), as of ${formatDay(asOf)}, from ${score.activeFamilies} active model ${score.activeFamilies === 1 ? 'family' : 'families'}.${topFactor ? ` ${topFactor.label} adds the most (${topFactor.pointsLabel} points).` : ''}`}{' '}
          <Link to={`/methodology${search}`}>How the score works</Link>
        </p>
      </section>

      <Section id="factors-title" title="Why the score is what it is">
        <p className="muted small">
          Each factor scores 0 to 100; open one to see the models and events behind it, with their
          sources. The points of a factor’s contributors add up to its value.
        </p>
        <div className="factors">
          {factors.map((f) => (
            <FactorExplanation key={f.key} factor={f} />
          ))}
        </div>
      </Section>

      {trendView && (
        <section aria-label="Trend" className="provider-trend">
          <ChartFigure
            title={`${provider.shortName}'s platform risk over time`}
            caption={
              trendView.markers.length > 0
                ? `Markers show the events that moved ${provider.shortName}'s risk by half a point or more; the largest are labelled.`
                : `No event moved ${provider.shortName}'s risk by half a point or more in this period.`
            }
            table={<RiskTrendTables view={trendView} />}
          >
            <RiskTrendChart
              view={trendView}
              label={`${provider.shortName}'s platform risk over time`}
              height={280}
            />
          </ChartFigure>
        </section>
      )}

      <OpennessProfileSection
        models={dataset.data.models}
        providerId={provider.id}
        providerName={provider.shortName}
        fromIso={asOf < TREND_FROM ? asOf : TREND_FROM}
        asOf={asOf}
        linkSearch={search}
      />

      <Section id="models-title" title={`Models (${models.length})`}>
        <DataTable
          caption={`${provider.shortName}'s models with openness level, license and status as of ${formatDay(asOf)}`}
          captionHidden
          rows={models}
          rowKey={(m) => m.id}
          columns={[
            {
              header: 'Model',
              rowHeader: true,
              cell: (m) => (
                <>
                  <Link to={`/models/${encodeURIComponent(m.id)}${search}`}>{m.name}</Link>
                  {!m.evidence.verified && (
                    <div className="muted small cell-subtitle">{m.evidence.label}</div>
                  )}
                </>
              ),
            },
            { header: 'Released', cell: (m) => m.released },
            {
              header: 'Openness',
              cell: (m) =>
                m.level ? (
                  <OpennessBadge level={m.level} />
                ) : (
                  <span className="muted">not yet released</span>
                ),
            },
            {
              header: 'License',
              cell: (m) => (
                <>
                  {m.license}
                  <div className="muted small">{tierLabel(m.tier)}</div>
                </>
              ),
            },
            { header: 'Status', cell: (m) => m.status },
          ]}
        />
      </Section>

      <ChannelLifecycles
        models={dataset.data.models.filter((m) => m.providerId === provider.id)}
        isoDay={asOf}
        search={search}
      />

      <Section id="events-title" title={`Events (${events.length})`}>
        {events.length === 0 ? (
          <p className="muted">No event in the data set applies to {provider.shortName}.</p>
        ) : (
          <ol className="events">
            {events.map((e) => (
              <li key={e.id} id={e.anchor} className="event" tabIndex={-1}>
                <p className="event__meta small">
                  <span className="num">{e.date}</span> · {e.type} ·{' '}
                  <span className={`event__dir event__dir--${e.direction}`}>
                    <span aria-hidden="true">{SHAPE_GLYPH[DIRECTION_SHAPE[e.direction]]} </span>
                    {DIRECTION_LABEL[e.direction]}
                  </span>{' '}
                  · severity {e.severity}
                  {!e.scored && ' · not scored'}
                  {e.status && <span className="event__status"> · {e.status}</span>}
                  {e.deltaLabel !== null && (
                    <>
                      {' '}
                      · risk change <strong className="num">{e.deltaLabel}</strong>
                    </>
                  )}
                </p>
                <h3 className="event__title">{e.title}</h3>
                <p className="event__summary">{e.summary}</p>
                {e.notes && (
                  <p className="event__note small">
                    <strong>Disputed or uncertain:</strong> {e.notes}
                  </p>
                )}
                {e.ratingNote && <p className="muted small">Rating: {e.ratingNote}</p>}
                <SourceLinks
                  sources={e.sources}
                  providerId={e.providerId}
                  label={`Sources for ${e.title}`}
                />
                <p className="muted small">Evidence: {e.evidence.label}</p>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="confidence-title" title="Evidence and disputed facts">
        <p>
          Provider record:{' '}
          <EvidenceText
            record={{
              sources: provider.sources,
              providerId: provider.id,
              confidence: provider.confidence,
            }}
          />
          {provider.unverifiedFields.length > 0 &&
            ` · not checked at a source: ${provider.unverifiedFields.join(', ')}`}
          .
        </p>
        {provider.notes && <p className="muted">{provider.notes}</p>}
        <SourceLinks
          sources={provider.sources}
          providerId={provider.id}
          label={`Sources for ${provider.shortName}`}
        />
        {notedModels.length > 0 && (
          <>
            <h3>Models</h3>
            <ul className="notes">
              {notedModels.map((m) => (
                <li key={m.id}>
                  <strong>{m.name}</strong> ({m.evidence.label}
                  {m.unverified.length > 0
                    ? `; not checked at a source: ${m.unverified.join(', ')}`
                    : ''}
                  ){m.notes ? `: ${m.notes}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
        {disputedEvents.length > 0 ? (
          <>
            <h3>Events with disputed or uncertain facts</h3>
            <ul className="notes">
              {disputedEvents.map((e) => (
                <li key={e.id}>
                  <a href={`#${e.anchor}`}>{e.title}</a>: {e.notes}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">
            No disputed facts are recorded for {provider.shortName}&apos;s events.
          </p>
        )}
      </Section>
    </>
  );
}
