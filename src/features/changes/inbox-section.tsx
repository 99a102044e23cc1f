import { useId, useState, type FormEvent } from 'react';
import { formatDay } from '@/components/format';
import {
  effectiveState,
  snoozeEnd,
  type AppNotification,
  type SnoozeChoice,
} from '@/domain/alerts/notifications';
import { addDays } from '@/domain/dates';
import { useInboxStore } from '@/stores/inbox-store';
import { EvidenceLinks, type Names } from './evidence-links';

type Filter = 'unread' | 'all' | 'snoozed';
const STATE_WORD = { unread: 'Unread', read: 'Read', snoozed: 'Snoozed' } as const;

/** The inbox: the notifications the rules made, each opening onto its evidence. */
export function InboxSection({
  today,
  search,
  names,
}: {
  today: string;
  search: string;
  names: Names;
}) {
  const notifications = useInboxStore((s) => s.notifications);
  const [filter, setFilter] = useState<Filter>('unread');
  // A notification opened here stays in the list it was opened from, though it now reads as read.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const shown = notifications.filter((n) => {
    const state = effectiveState(n, today);
    return filter === 'all' || state === filter || kept.has(n.key);
  });
  const counts = {
    unread: notifications.filter((n) => effectiveState(n, today) === 'unread').length,
    snoozed: notifications.filter((n) => effectiveState(n, today) === 'snoozed').length,
    all: notifications.length,
  };
  return (
    <section id="inbox" aria-labelledby="inbox-title" className="changes-section inbox">
      <div className="inbox__head">
        <h2 id="inbox-title">Inbox</h2>
        <div role="group" aria-label="Show notifications" className="segmented">
          {(['unread', 'snoozed', 'all'] as const).map((f) => (
            <button
              key={f}
              type="button"
              className="button button--small"
              aria-pressed={filter === f}
              onClick={() => setFilter(f)}
            >
              {f === 'all' ? 'All' : STATE_WORD[f]} ({counts[f]})
            </button>
          ))}
        </div>
        {counts.unread > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={() => useInboxStore.getState().allRead()}
          >
            Mark all as read
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted">
          {filter === 'unread'
            ? 'No unread notifications. The rules below run when the app loads and whenever the data changes.'
            : 'No notifications here.'}
        </p>
      ) : (
        <ul className="notification-list">
          {shown.map((n) => (
            <NotificationItem
              key={n.key}
              n={n}
              today={today}
              search={search}
              names={names}
              onOpen={() => setKept((k) => new Set(k).add(n.key))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function NotificationItem({
  n,
  today,
  search,
  names,
  onOpen,
}: {
  onOpen: () => void;
  n: AppNotification;
  today: string;
  search: string;
  names: Names;
}) {
  const state = effectiveState(n, today);
  const store = useInboxStore.getState;
  return (
    <li className={`notification notification--${state}`}>
      <details
        onToggle={(e) => {
          if (!e.currentTarget.open) return;
          onOpen();
          if (state !== 'read') store().notificationRead(n.key);
        }}
      >
        <summary>
          <span className="notification__state">{STATE_WORD[state]}</span>{' '}
          <strong>{n.title}</strong>{' '}
          <span className="muted">
            {formatDay(n.date)} · {n.ruleName}
          </span>
        </summary>
        <div className="notification__body">
          <p>{n.detail}</p>
          <EvidenceLinks
            eventIds={n.eventIds}
            eventTitle={names.event}
            providerId={n.providerId}
            providerName={names.provider(n.providerId)}
            asOf={n.date}
            modelId={n.modelId}
            modelName={n.modelId ? names.model(n.modelId) : undefined}
            sources={n.sources}
            search={search}
          />
          <p className="notification__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => store().notificationUnread(n.key)}
            >
              Mark as unread
            </button>
          </p>
          <SnoozeForm
            today={today}
            title={n.title}
            onSnooze={(until, choice) => store().notificationSnoozed(n.key, until, choice)}
          />
        </div>
      </details>
      {state === 'snoozed' && n.snoozedUntil && (
        <p className="muted">Snoozed until {formatDay(n.snoozedUntil)}.</p>
      )}
    </li>
  );
}

type SnoozeOption = '1' | '7' | '30' | 'until';
const SNOOZE_OPTIONS: readonly (readonly [SnoozeOption, string])[] = [
  ['1', '1 day'],
  ['7', '7 days'],
  ['30', '30 days'],
  ['until', 'Until a date'],
];

/**
 * Snooze for 1, 7 or 30 days or until a chosen day; the snooze chosen last is offered first
 * (kept in the inbox store). A day that is not after today is refused beside the date field.
 */
function SnoozeForm({
  today,
  title,
  onSnooze,
}: {
  today: string;
  title: string;
  onSnooze: (until: string, choice: SnoozeChoice) => void;
}) {
  const id = useId().replace(/:/g, '');
  const last = useInboxStore((s) => s.lastSnooze);
  const [option, setOption] = useState<SnoozeOption>(
    last.kind === 'until' ? 'until' : (String(last.days) as SnoozeOption),
  );
  const [date, setDate] = useState(
    last.kind === 'until' && last.date > today ? last.date : addDays(today, 14),
  );
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const choice: SnoozeChoice =
      option === 'until'
        ? { kind: 'until', date }
        : { kind: 'days', days: option === '1' ? 1 : option === '30' ? 30 : 7 };
    const until =
      /^\d{4}-\d{2}-\d{2}$/.test(date) || option !== 'until' ? snoozeEnd(choice, today) : null;
    if (until === null) {
      setError(`Choose a day after ${formatDay(today)}.`);
      return;
    }
    setError(null);
    onSnooze(until, choice);
  };
  return (
    <form className="snooze-form" onSubmit={submit} aria-label={`Snooze ${title}`} noValidate>
      <label htmlFor={`${id}-for`}>Snooze for</label>{' '}
      <select
        id={`${id}-for`}
        value={option}
        onChange={(e) => {
          setOption(e.target.value as SnoozeOption);
          setError(null);
        }}
      >
        {SNOOZE_OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>{' '}
      {option === 'until' && (
        <span className={`snooze-form__date${error ? ' form-field--error' : ''}`}>
          <label htmlFor={`${id}-date`}>Snooze until</label>{' '}
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            min={addDays(today, 1)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setDate(e.target.value)}
          />{' '}
          {error && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {error}
            </span>
          )}{' '}
        </span>
      )}
      <button type="submit" className="button button--small">
        Snooze
      </button>
    </form>
  );
}
