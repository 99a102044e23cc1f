import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { formatDay, formatPreciseDate } from '@/components/format';
import { channelName } from '@/components/lifecycle-table';
import { riskChangeColumns, signedOrNa } from '@/components/score-cells';
import { OPENNESS_NAMES } from '@/domain/openness';
import type { SinceReview } from '@/domain/review/since-review';
import { EvidenceLinks, eventPath, modelPath, providerPath, type Names } from './evidence-links';

/** The moves shown at first: the largest, so that the page reads in one screen. */
const TOP_MOVES = 8;
/** The items of a section shown at first (newest or soonest first). */
const TOP_ITEMS = 3;

/** "3 new events", "1 grade crossing", "no deadline". */
const count = (n: number, what: string) =>
  n === 0 ? `no ${what}` : `${n} ${what}${n === 1 ? '' : 's'}`;

const STEP = { released: 'Released', deprecated: 'Deprecated', retired: 'Retired' } as const;

/** A section of the report: its heading, then its items as a list, or a sentence when there are none. */
function ChangeSection<T>({
  id,
  title,
  intro,
  items,
  empty,
  itemKey,
  item,
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  items: readonly T[];
  empty: ReactNode;
  itemKey: (t: T) => string;
  item: (t: T) => ReactNode;
}) {
  // The first few items show; the rest unfold on demand (and always print).
  const [all, setAll] = useState(false);
  const more = items.length - TOP_ITEMS;
  return (
    <section aria-labelledby={id} className="changes-section changes-section--side">
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="change-list">
          {items.map((t, i) => (
            <li key={itemKey(t)} hidden={!all && i >= TOP_ITEMS} className="change-list__item">
              {item(t)}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className="no-print">
          <button
            type="button"
            className="button button--small"
            aria-expanded={all}
            onClick={() => setAll((a) => !a)}
          >
            {all ? `Show the first ${TOP_ITEMS}` : `Show ${more} more`}
          </button>
        </p>
      )}
    </section>
  );
}

/** The "since review" report: platform risk then and now, new events, openness moves, lifecycle steps, deadlines. */
export function SinceReviewView({
  report,
  names,
  search,
  impacts,
  sameDataReason = 'no change was recorded after your review',
}: {
  report: SinceReview;
  names: Names;
  search: string;
  /** ΔR of each event on its own date, per provider it binds. */
  impacts: ReadonlyMap<string, readonly { providerId: string; delta: number | 'n/a' }[]>;
  /** Why "then" reads the data as known now, when it does. */
  sameDataReason?: string;
}) {
  const moved = report.providers.filter((p) => p.delta !== null && Math.abs(p.delta) >= 0.05);
  const still = report.providers.length - moved.length;
  const [allMoves, setAllMoves] = useState(false);
  const listed = allMoves ? moved : moved.slice(0, TOP_MOVES);
  const crossings = moved.filter((p) => p.crossing !== null).length;
  const largest = moved[0];
  const thenHeader =
    report.thenKnownAt === null
      ? `Then (${formatDay(report.reviewDate)})`
      : `Then (as known on ${formatDay(report.reviewDate)})`;
  return (
    <div className="since-review">
      <p className="changes-summary" data-testid="changes-summary">
        <strong>In short:</strong> {count(moved.length, 'provider')} moved
        {largest?.delta != null && ` (largest: ${largest.name} ${signedOrNa(largest.delta)})`},{' '}
        {count(crossings, 'grade crossing')}, {count(report.events.length, 'new event')},{' '}
        {count(report.opennessMoves.length, 'openness move')},{' '}
        {count(report.lifecycle.length, 'lifecycle step')},{' '}
        {count(report.deadlines.length, 'deadline')} in the next {report.horizonDays} days.
      </p>
      <section aria-labelledby="chg-risk" className="changes-section changes-section--risk">
        <h2 id="chg-risk">Platform risk</h2>
        <p className="muted">
          The engine’s score on {formatDay(report.reviewDate)} and on {formatDay(report.asOf)},
          largest move first.{' '}
          {report.thenKnownAt === null
            ? `Both days read the data as known now (${sameDataReason}).`
            : `“Then” reads the data as known when you reviewed (changes recorded after ${formatDay(report.thenKnownAt.slice(0, 10))}, ${report.thenKnownAt.slice(11, 16)} UTC, left out), “now” the data as known today.`}
          {still > 0 &&
            ` ${still} ${still === 1 ? 'provider' : 'providers'} did not move by 0.1 or more.`}
        </p>
        {moved.length === 0 ? (
          <p>No provider’s platform risk moved.</p>
        ) : (
          <DataTable
            label="Platform risk then and now"
            className="changes-table"
            caption="Platform risk at the review and now"
            captionHidden
            rows={listed}
            rowKey={(p) => p.providerId}
            columns={[
              {
                header: 'Provider',
                rowHeader: true,
                cell: (p) => <Link to={providerPath(p.providerId, search)}>{p.name}</Link>,
              },
              ...riskChangeColumns<(typeof moved)[number]>([thenHeader, 'Now'], (p) => ({
                before: p.then,
                after: p.now,
                delta: p.delta,
              })),
              {
                header: 'Grade',
                cell: (p) => (
                  <>
                    {p.gradeThen ?? '–'} → {p.gradeNow ?? '–'}
                    {p.crossing && (
                      <span className={`crossing crossing--${p.crossing}`}>
                        {' '}
                        {p.crossing === 'worse' ? '▲ worse grade' : '▼ better grade'}
                      </span>
                    )}
                  </>
                ),
              },
              {
                header: 'Evidence',
                cell: (p) => (
                  <Link to={providerPath(p.providerId, search, report.asOf)}>
                    Why<span className="visually-hidden">: score explanation</span>
                  </Link>
                ),
              },
            ]}
          />
        )}
        {moved.length > TOP_MOVES && (
          <p className="no-print">
            <button
              type="button"
              className="button button--small"
              aria-expanded={allMoves}
              onClick={() => setAllMoves((a) => !a)}
            >
              {allMoves
                ? `Show the ${TOP_MOVES} largest moves`
                : `Show all ${moved.length} providers that moved`}
            </button>
          </p>
        )}
      </section>

      <ChangeSection
        id="chg-events"
        title={<>New events ({report.events.length})</>}
        intro={
          <>
            Dated after the review, or dated before it and recorded after it through an import or a
            curation change.
          </>
        }
        items={report.events}
        empty="No new events."
        itemKey={(e) => e.eventId}
        item={(e) => (
          <>
            <p>
              <Link to={eventPath(e.eventId, search)}>{e.title}</Link>{' '}
              <span className="muted">
                {formatPreciseDate(e.date)} · {names.provider(e.providerId)} · severity {e.severity}
              </span>
            </p>
            {e.clock === 'recorded-after-review' && (
              <p className="clock-note">
                New to you: dated before your review, recorded after it
                {e.recordedAt ? ` on ${formatDay(e.recordedAt.slice(0, 10))}` : ''}
                {e.changeSetId ? ` (change set ${e.changeSetId})` : ''}.
              </p>
            )}
            {(impacts.get(e.eventId)?.length ?? 0) > 0 && (
              <p className="muted" data-testid={`impact-${e.eventId}`}>
                ΔR on its date:{' '}
                {impacts
                  .get(e.eventId)
                  ?.map((i) => `${names.provider(i.providerId)} ${signedOrNa(i.delta)}`)
                  .join(', ')}
                {e.providerId && (
                  <>
                    {' '}
                    (
                    <Link
                      to={providerPath(
                        e.providerId,
                        search,
                        e.date.date.length === 7 ? `${e.date.date}-01` : e.date.date,
                      )}
                    >
                      score explanation
                    </Link>
                    )
                  </>
                )}
              </p>
            )}
            <EvidenceLinks sources={e.sources} search={search} />
          </>
        )}
      />

      <ChangeSection
        id="chg-open"
        title={<>Openness moves ({report.opennessMoves.length})</>}
        items={report.opennessMoves}
        empty="No model or new flagship moved toward closed or open."
        itemKey={(m) => `${m.modelId}:${m.date.date}`}
        item={(m) => (
          <>
            <p>
              <span className={`direction direction--${m.direction}`} aria-hidden="true">
                {m.direction === 'toward-closed' ? '▲' : '▼'}
              </span>{' '}
              <Link to={modelPath(m.modelId, search)}>{m.modelName}</Link>{' '}
              {m.direction === 'toward-closed' ? 'toward closed' : 'toward open'}:{' '}
              {m.fromLevel === null ? 'unknown' : `${m.fromLevel} ${OPENNESS_NAMES[m.fromLevel]}`} →{' '}
              {m.toLevel} {OPENNESS_NAMES[m.toLevel]}
              {m.kind === 'new-flagship' &&
                m.comparedWithId &&
                ` (a new release, after ${names.model(m.comparedWithId)})`}{' '}
              <span className="muted">{formatPreciseDate(m.date)}</span>
            </p>
            <EvidenceLinks
              eventIds={m.eventId ? [m.eventId] : []}
              eventTitle={names.event}
              providerId={m.providerId}
              providerName={names.provider(m.providerId)}
              asOf={report.asOf}
              sources={m.sources}
              search={search}
            />
          </>
        )}
      />

      <ChangeSection
        id="chg-life"
        title={<>Models released, deprecated or retired ({report.lifecycle.length})</>}
        items={report.lifecycle}
        empty="No model was released, deprecated or retired."
        itemKey={(s) => `${s.modelId}:${s.step}:${s.channel}:${s.date.date}`}
        item={(s) => (
          <>
            <p>
              {STEP[s.step]}: <Link to={modelPath(s.modelId, search)}>{s.modelName}</Link>{' '}
              <span className="muted">
                {s.lowerBound ? 'no earlier than ' : ''}
                {formatPreciseDate(s.date)}
                {s.step !== 'released' && ` on ${channelName(s.channel)}`}
                {s.replacement && ` · replacement ${s.replacement.name}`}
              </span>
            </p>
            <EvidenceLinks
              eventIds={s.eventId ? [s.eventId] : []}
              eventTitle={names.event}
              sources={s.sources}
              search={search}
            />
          </>
        )}
      />

      <ChangeSection
        id="chg-dead"
        title={
          <>
            Deadlines in the next {report.horizonDays} days ({report.deadlines.length})
          </>
        }
        items={report.deadlines}
        empty={<>No deadline in the next {report.horizonDays} days.</>}
        itemKey={(d) =>
          `${d.kind}:${d.modelId ?? ''}:${d.channel ?? ''}:${d.eventId ?? ''}:${d.date.date}`
        }
        item={(d) => (
          <>
            <p>
              <strong>{d.daysLeft} days</strong> · {d.title}
              {d.channel && ` on ${channelName(d.channel)}`}{' '}
              <span className="muted">
                {d.lowerBound ? 'no earlier than ' : ''}
                {formatPreciseDate(d.date)}
                {d.replacement && ` · replacement ${d.replacement.name}`}
              </span>
            </p>
            <EvidenceLinks
              eventIds={d.eventId ? [d.eventId] : []}
              eventTitle={names.event}
              modelId={d.modelId}
              modelName={d.modelId ? names.model(d.modelId) : undefined}
              sources={d.sources}
              search={search}
            />
          </>
        )}
      />
    </div>
  );
}
