import {
  DEFAULT_SNOOZE,
  mergeTriggers,
  notificationSchema,
  snoozeChoiceSchema,
  type AppNotification,
  type SnoozeChoice,
  type Trigger,
} from '@/domain/alerts/notifications';
import { createPersistedStore } from './create-persisted-store';
import { record } from './record';
import { droppedNotice, restoreList } from './restore-list';

export const INBOX_STORAGE_KEY = 'avrr.inbox';
/**
 * 1: { notifications: AppNotification[] }, newest first (a snooze was always 7 days).
 * 2: adds `lastSnooze`, the snooze chosen last (1, 7 or 30 days, or until a day), offered first.
 */
export const INBOX_VERSION = 2;

/** Bring a stored inbox of an older version up to the current shape. */
export function migrateInbox(persisted: unknown, version: number): unknown {
  const state = record(persisted);
  if (state === null) return persisted;
  // Version 1 knew one snooze, 7 days: that is what its user chose last.
  if (version < 2) return { ...state, lastSnooze: DEFAULT_SNOOZE };
  return state;
}

/** The notifications alert rules made, with their unread, read and snoozed states, kept in this browser. */
export const useInboxStore = createPersistedStore<
  { notifications: AppNotification[]; lastSnooze: SnoozeChoice },
  {
    /** Add the triggers not seen before (by key); returns how many were added. */
    triggersMerged: (triggers: readonly Trigger[], createdAt: string) => number;
    notificationRead: (key: string) => void;
    notificationUnread: (key: string) => void;
    /** Snooze until `until` (a day after today); `choice` is remembered and offered first next time. */
    notificationSnoozed: (key: string, until: string, choice?: SnoozeChoice) => void;
    allRead: () => void;
  }
>(
  {
    name: INBOX_STORAGE_KEY,
    version: INBOX_VERSION,
    initial: { notifications: [], lastSnooze: DEFAULT_SNOOZE },
    migrate: migrateInbox,
    restore: (persisted) => {
      const list = restoreList(record(persisted)?.notifications, notificationSchema, (n) => n.key);
      if (list === null) return null;
      // A remembered snooze that cannot be read falls back to the first offer; nothing is lost.
      const snooze = snoozeChoiceSchema.safeParse(record(persisted)?.lastSnooze);
      return {
        state: {
          notifications: list.items,
          lastSnooze: snooze.success ? snooze.data : DEFAULT_SNOOZE,
        },
        notice: droppedNotice(list.dropped, 'notification', 'notifications'),
      };
    },
    unreadableNotice:
      'Your notifications could not be read, so the inbox starts empty. A copy of what was saved is kept in this browser.',
  },
  (set, get) => {
    const update = (key: string, patch: Partial<AppNotification>) =>
      set((s) => ({
        notifications: s.notifications.map((n) => (n.key === key ? { ...n, ...patch } : n)),
      }));
    return {
      triggersMerged: (triggers, createdAt) => {
        const { inbox, added } = mergeTriggers(get().notifications, triggers, createdAt);
        if (added.length > 0) set({ notifications: inbox });
        return added.length;
      },
      notificationRead: (key) => update(key, { state: 'read', snoozedUntil: null }),
      notificationUnread: (key) => update(key, { state: 'unread', snoozedUntil: null }),
      notificationSnoozed: (key, until, choice) => {
        update(key, { state: 'snoozed', snoozedUntil: until });
        if (choice !== undefined) set({ lastSnooze: choice });
      },
      allRead: () =>
        set((s) => ({
          notifications: s.notifications.map((n) => ({
            ...n,
            state: 'read' as const,
            snoozedUntil: null,
          })),
        })),
    };
  },
);
