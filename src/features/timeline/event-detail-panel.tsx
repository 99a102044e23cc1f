import { channelName } from '@/components/lifecycle-table';
import { hasLifecycle, lifecycleRows } from '@/domain/lifecycle/lifecycle-rows';
import { ProvenanceMark } from '@/components/provenance-mark';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DIRECTION_COLOR, DIRECTION_LABEL } from '@/components/charts/palette';
import { formatDay, formatPreciseDate, formatScore, formatSigned } from '@/components/format';
import { EvidenceText } from '@/components/evidence-text';
import { SourceLinks } from '@/components/source-links';
import { StarButton } from '@/components/star-button';
import { ErrorPanel, TableSkeleton } from '@/components/state-panels';
import type { RiskSettings } from '@/domain/risk/settings';
import type { Dataset } from '@/domain/schema/dataset';
import type { RiskEvent } from '@/domain/schema/event';
import { eventImpactRows } from '@/domain/timeline/event-impact-rows';
import { EVENT_TYPE_LABEL } from '@/domain/timeline/event-shape-family';
import { eventStatus, statusWords } from '@/domain/timeline/event-status';
import { DIRECTION_TEXT_GLYPH } from './event-glyph';
import { riskContextOf } from '@/lib/use-risk-context';

interface Props {
  event: RiskEvent;
  providerName: (id: string | null) => string;
  /** The full data set (with the active scenario applied), once models have loaded. */
  dataset: Dataset | undefined;
  datasetError: Error | null;
  onRetry: () => void;
  settings: RiskSettings;
  asOf: string;
  today: string;
  /** The carried query string for links to other pages. */
  search: string;
  onClose: () => void;
}

/** Everything about one event: what happened, the evidence, and what it did to each provider's risk. */
export function EventDetailPanel({
  event,
  providerName,
  dataset,
  datasetError,
  onRetry,
  settings,
  asOf,
  today,
  search,
  onClose,
}: Props) {
  const status = eventStatus(event, asOf, today);
  const words = statusWords(status);
  const rows = useMemo(
    () => (dataset ? eventImpactRows(riskContextOf(dataset), settings, event.id) : null),
    [dataset, settings, event.id],
  );
  const modelName = (id: string) => dataset?.models.find((m) => m.id === id)?.name ?? id;

  return (
    <section className="panel tl-detail" aria-labelledby="tl-detail-title">
      <div className="tl-detail__head">
        <p className="muted small tl-detail__kicker">Selected event</p>
        <button type="button" className="button" onClick={onClose}>
          Close<span className="visually-hidden"> event details</span>
        </button>
      </div>
      <h2 id="tl-detail-title" className="panel__title" tabIndex={-1}>
        {event.title}
      </h2>
      <ProvenanceMark provenance={event.provenance} type="event" id={event.id} />
      {words.length > 0 && (
        <p className="tl-tags">
          {words.map((w) => (
            <span key={w} className="badge tl-tag">
              {w}
            </span>
          ))}
        </p>
      )}
      <dl className="tl-facts">
        <dt>Date</dt>
        <dd>
          {formatPreciseDate(event.date)}
          {event.date.precision === 'month' && <span className="muted"> (known to the month)</span>}
          {event.scheduled && <span className="muted"> · scheduled</span>}
        </dd>
        <dt>Provider</dt>
        <dd>
          {event.providerId === null ? (
            `Industry-wide, binds ${event.appliesTo.length} ${event.appliesTo.length === 1 ? 'provider' : 'providers'}`
          ) : (
            <>
              {providerName(event.providerId)}{' '}
              <StarButton
                kind="provider"
                id={event.providerId}
                name={providerName(event.providerId)}
                compact
              />
            </>
          )}
        </dd>
        <dt>Type</dt>
        <dd>{EVENT_TYPE_LABEL[event.type]}</dd>
        <dt>Direction</dt>
        <dd>
          <span aria-hidden="true" style={{ color: DIRECTION_COLOR[event.direction] }}>
            {DIRECTION_TEXT_GLYPH[event.direction]}
          </span>{' '}
          {DIRECTION_LABEL[event.direction]}
        </dd>
        <dt>Severity</dt>
        <dd>
          {event.severity} of 5
          {!event.scored && <span className="muted"> · shown, not scored (relief)</span>}
        </dd>
        <dt>Evidence</dt>
        <dd>
          <EvidenceText record={event} />
        </dd>
      </dl>
      <p>{event.summary}</p>
      {event.notes && (
        <div className="tl-note">
          <h3>Disputed or uncertain facts</h3>
          <p>{event.notes}</p>
        </div>
      )}
      {event.ratingNote && (
        <p className="muted small">
          <strong>Why this rating:</strong> {event.ratingNote}
        </p>
      )}
      {event.relatedModelIds.length > 0 && (
        <>
          <h3>Related models</h3>
          <ul className="tl-models">
            {event.relatedModelIds.map((id) => {
              const model = dataset?.models.find((m) => m.id === id);
              const day =
                event.date.precision === 'month' ? `${event.date.date}-01` : event.date.date;
              const lifecycle = model && hasLifecycle(model) ? lifecycleRows(model, day) : [];
              return (
                <li key={id}>
                  <Link to={`/models/${encodeURIComponent(id)}${search}`}>{modelName(id)}</Link>{' '}
                  <StarButton kind="model" id={id} name={modelName(id)} compact />
                  {lifecycle.length > 0 && (
                    <span className="muted small">
                      {' '}
                      (on {formatDay(day)}:{' '}
                      {lifecycle
                        .map(
                          (r) =>
                            `${channelName(r.channel)} ${r.status}${
                              r.shutdown
                                ? `, shutdown ${r.shutdown.lowerBound ? 'no earlier than ' : ''}${formatPreciseDate(r.shutdown.date)}`
                                : ''
                            }`,
                        )
                        .join('; ')}
                      )
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>Sources</h3>
      <SourceLinks
        sources={event.sources}
        providerId={event.providerId}
        label={`Sources for ${event.title}`}
      />
      <h3>Effect on platform risk</h3>
      <p className="muted small">
        Change in platform risk (0-100) from the day before the event to its date (
        {formatDay(event.date.precision === 'month' ? `${event.date.date}-01` : event.date.date)}
        ), with your weights. Everything dated that day counts together.
        {status.upcoming &&
          ` The event is after the as-of date (${formatDay(asOf)}), so today's scores do not include it yet.`}
      </p>
      {datasetError ? (
        <ErrorPanel
          title="The effect on risk could not be computed"
          error={datasetError}
          onRetry={onRetry}
          stillWorks="The event's facts and sources above still show."
        />
      ) : rows === null ? (
        <TableSkeleton rows={2} label="Computing the effect on risk" />
      ) : rows.length === 0 ? (
        <p className="muted">This event applies to no provider in the data set.</p>
      ) : (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={`Effect of ${event.title} on platform risk`}
        >
          <table className="data-table">
            <caption className="visually-hidden">
              Platform risk before and after {event.title}, per provider
            </caption>
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col" className="num">
                  Day before
                </th>
                <th scope="col" className="num">
                  On the date
                </th>
                <th scope="col" className="num">
                  Change (ΔR)
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.providerId}>
                  <th scope="row">{r.providerName}</th>
                  <td className="num">{r.before === null ? 'n/a' : formatScore(r.before)}</td>
                  <td className="num">{formatScore(r.after)}</td>
                  <td className="num">{r.delta === 'n/a' ? 'n/a' : formatSigned(r.delta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
