import { useMemo, useState } from 'react';
import { DIRECTION_COLOR, DIRECTION_LABEL } from '@/components/charts/palette';
import { formatInteger, formatMonth, formatPreciseDate } from '@/components/format';
import type { RiskEvent } from '@/domain/schema/event';
import { EVENT_TYPE_LABEL } from '@/domain/timeline/event-shape-family';
import { eventStatus, statusWords } from '@/domain/timeline/event-status';
import { groupEventsByMonth } from '@/domain/timeline/group-events-by-month';
import { DIRECTION_TEXT_GLYPH } from './event-glyph';

const PAGE = 200;

interface Props {
  /** Filtered events in the range, in date order. */
  events: readonly RiskEvent[];
  providerName: (id: string | null) => string;
  asOf: string;
  today: string;
  selectedId: string | null;
  onSelect: (eventId: string) => void;
}

/** The same events as the chart, as a list by month: the text alternative and the narrow-screen default. */
export function TimelineEventList({
  events,
  providerName,
  asOf,
  today,
  selectedId,
  onSelect,
}: Props) {
  const [shown, setShown] = useState(PAGE);
  const groups = useMemo(() => groupEventsByMonth(events.slice(0, shown)), [events, shown]);
  return (
    <section className="tl-list" aria-label="Events by month">
      <p className="muted small">
        {formatInteger(events.length)} events, oldest first
        {events.length > shown ? `; showing the first ${formatInteger(shown)}` : ''}.
      </p>
      {groups.map((g) => (
        <section key={g.month} aria-labelledby={`tl-month-${g.month}`}>
          <h3 id={`tl-month-${g.month}`} className="tl-list__month">
            {formatMonth(g.month, true)}
          </h3>
          <ul className="tl-list__items">
            {g.events.map((e) => {
              const words = statusWords(eventStatus(e, asOf, today));
              return (
                <li
                  key={e.id}
                  className={
                    e.id === selectedId ? 'tl-list__item tl-list__item--selected' : 'tl-list__item'
                  }
                >
                  <button
                    type="button"
                    className="tl-list__button"
                    aria-pressed={e.id === selectedId}
                    onClick={() => onSelect(e.id)}
                  >
                    {e.title}
                  </button>
                  <div className="muted small">
                    {formatPreciseDate(e.date)} · {providerName(e.providerId)} ·{' '}
                    {EVENT_TYPE_LABEL[e.type]} ·{' '}
                    <span style={{ color: DIRECTION_COLOR[e.direction] }} aria-hidden="true">
                      {DIRECTION_TEXT_GLYPH[e.direction]}
                    </span>{' '}
                    {DIRECTION_LABEL[e.direction]} · severity {e.severity}
                    {words.length > 0 && (
                      <>
                        {' '}
                        · <strong className="tl-status">{words.join(', ')}</strong>
                      </>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {events.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {formatInteger(Math.min(PAGE, events.length - shown))} more events
        </button>
      )}
    </section>
  );
}
