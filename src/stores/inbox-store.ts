import {
  mergeTriggers,
  notificationSchema,
  type AppNotification,
  type Trigger,
} from '@/domain/alerts/notifications';
import { createPersistedStore } from './create-persisted-store';
import { restoreListField } from './restore-list';

export const INBOX_STORAGE_KEY = 'avrr.inbox';
/** 1: { notifications: AppNotification[] }, newest first. */
export const INBOX_VERSION = 1;

/** The notifications alert rules made, with their unread, read and snoozed states, kept in this browser. */
export const useInboxStore = createPersistedStore<
  { notifications: AppNotification[] },
  {
    /** Add the triggers not seen before (by key); returns how many were added. */
    triggersMerged: (triggers: readonly Trigger[], createdAt: string) => number;
    notificationRead: (key: string) => void;
    notificationUnread: (key: string) => void;
    notificationSnoozed: (key: string, until: string) => void;
    allRead: () => void;
  }
>(
  {
    name: INBOX_STORAGE_KEY,
    version: INBOX_VERSION,
    initial: { notifications: [] },
    migrate: (persisted) => persisted,
    restore: restoreListField(
      'notifications',
      notificationSchema,
      (n) => n.key,
      'notification',
      'notifications',
    ),
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
      notificationSnoozed: (key, until) => update(key, { state: 'snoozed', snoozedUntil: until }),
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
