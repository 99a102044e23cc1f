import { useState } from 'react';
import { formatDay } from '@/components/format';
import { effectiveState, type AppNotification } from '@/domain/alerts/notifications';
import { addDays } from '@/domain/dates';
import { useInboxStore } from '@/stores/inbox-store';
import { EvidenceLinks } from './evidence-links';

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
  names: {
    provider: (id: string | null) => string;
    model: (id: string) => string;
    event: (id: string) => string;
  };
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
  names: {
    provider: (id: string | null) => string;
    model: (id: string) => string;
    event: (id: string) => string;
  };
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
            </button>{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => store().notificationSnoozed(n.key, addDays(today, 7))}
            >
              Snooze for 7 days
            </button>
          </p>
        </div>
      </details>
      {state === 'snoozed' && n.snoozedUntil && (
        <p className="muted">Snoozed until {formatDay(n.snoozedUntil)}.</p>
      )}
    </li>
  );
}
