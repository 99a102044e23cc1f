import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '@/domain/alerts/alert-rules';
import type { Trigger } from '@/domain/alerts/notifications';
import { INBOX_STORAGE_KEY, INBOX_VERSION, useInboxStore } from '@/stores/inbox-store';
import { REVIEW_STORAGE_KEY, REVIEW_VERSION, useReviewStore } from '@/stores/review-store';
import { RULES_STORAGE_KEY, useRulesStore } from '@/stores/rules-store';
import { WATCHLIST_STORAGE_KEY, useWatchlistStore } from '@/stores/watchlist-store';

const backups = (name: string) =>
  Object.keys(localStorage).filter((k) => k.startsWith(`${name}.unreadable.`));

const trigger: Trigger = {
  key: 'default-rise:meta:2026-04-08',
  ruleId: 'default-rise',
  ruleName: 'rise',
  kind: 'score-change',
  title: 'Meta: platform risk rose 23.6 points within 30 days',
  detail: '28.2 → 51.8',
  date: '2026-04-08',
  providerId: 'meta',
  modelId: null,
  eventIds: ['meta-2026-04-08-muse-spark'],
  sources: [],
};

beforeEach(() => {
  localStorage.clear();
  useInboxStore.setState({
    notifications: [],
    lastSnooze: { kind: 'days', days: 7 },
    restoreNotice: null,
  });
  useReviewStore.setState({ reviews: [], restoreNotice: null });
  useRulesStore.setState({ rules: [...DEFAULT_RULES], restoreNotice: null });
  useWatchlistStore.setState({ providerIds: [], modelIds: [], restoreNotice: null });
});

describe('the alert stores', () => {
  it('start a new user with the default rules, each marked as a default', () => {
    expect(useRulesStore.getState().rules.map((r) => r.builtIn)).toEqual(
      DEFAULT_RULES.map(() => true),
    );
    expect(useRulesStore.getState().rules.map((r) => r.kind)).toEqual([
      'grade',
      'score-change',
      'openness-regression',
      'event-severity',
      'lifecycle',
    ]);
  });

  it('keep one notification per trigger through a save and a reload', async () => {
    expect(useInboxStore.getState().triggersMerged([trigger], '2026-11-26T10:00:00.000Z')).toBe(1);
    useInboxStore.getState().notificationRead(trigger.key);
    await useInboxStore.persist.rehydrate();
    expect(useInboxStore.getState().triggersMerged([trigger], '2026-11-27T10:00:00.000Z')).toBe(0);
    expect(useInboxStore.getState().notifications).toHaveLength(1);
    expect(useInboxStore.getState().notifications[0]?.state).toBe('read');
  });

  it('leave out an unreadable notification or review, say so and keep a copy', async () => {
    localStorage.setItem(
      INBOX_STORAGE_KEY,
      JSON.stringify({
        state: {
          notifications: [
            {
              ...trigger,
              createdAt: '2026-11-26T10:00:00.000Z',
              state: 'unread',
              snoozedUntil: null,
            },
            { key: 3 },
          ],
        },
        version: INBOX_VERSION,
      }),
    );
    await useInboxStore.persist.rehydrate();
    expect(useInboxStore.getState().notifications).toHaveLength(1);
    expect(useInboxStore.getState().restoreNotice).toMatch(
      /1 saved notification could not be read/,
    );
    expect(backups(INBOX_STORAGE_KEY)).toHaveLength(1);

    localStorage.setItem(
      REVIEW_STORAGE_KEY,
      JSON.stringify({ state: { reviews: 'broken' }, version: REVIEW_VERSION }),
    );
    await useReviewStore.persist.rehydrate();
    expect(useReviewStore.getState().reviews).toEqual([]);
    expect(useReviewStore.getState().restoreNotice).toMatch(/reviews could not be read/);
    expect(backups(REVIEW_STORAGE_KEY)).toHaveLength(1);
  });

  it('read an inbox saved before the snooze choices, remembering its 7 days', async () => {
    const saved = { ...trigger, createdAt: '2026-11-26T10:00:00.000Z' };
    localStorage.setItem(
      INBOX_STORAGE_KEY,
      JSON.stringify({
        state: {
          notifications: [
            { ...saved, state: 'snoozed', snoozedUntil: '2026-12-03' },
            { ...saved, key: 'k2', state: 'read', snoozedUntil: null },
          ],
        },
        version: 1,
      }),
    );
    await useInboxStore.persist.rehydrate();
    const s = useInboxStore.getState();
    expect(s.restoreNotice).toBeNull();
    expect(s.notifications.map((n) => [n.key, n.state, n.snoozedUntil])).toEqual([
      [trigger.key, 'snoozed', '2026-12-03'],
      ['k2', 'read', null],
    ]);
    expect(s.lastSnooze).toEqual({ kind: 'days', days: 7 });
    // Saved again in the current shape.
    s.notificationSnoozed('k2', '2026-12-27', { kind: 'days', days: 30 });
    const stored = JSON.parse(localStorage.getItem(INBOX_STORAGE_KEY) ?? '{}');
    expect(stored.version).toBe(INBOX_VERSION);
    expect(stored.state.lastSnooze).toEqual({ kind: 'days', days: 30 });
  });

  it('fall back to the first snooze offer when the remembered one cannot be read', async () => {
    localStorage.setItem(
      INBOX_STORAGE_KEY,
      JSON.stringify({
        state: { notifications: [], lastSnooze: { kind: 'days', days: 3 } },
        version: INBOX_VERSION,
      }),
    );
    await useInboxStore.persist.rehydrate();
    expect(useInboxStore.getState().lastSnooze).toEqual({ kind: 'days', days: 7 });
  });

  it('fall back to the default rules when the saved rules cannot be read', async () => {
    localStorage.setItem(RULES_STORAGE_KEY, '{not json');
    await useRulesStore.persist.rehydrate();
    expect(useRulesStore.getState().rules).toEqual(DEFAULT_RULES);
    expect(useRulesStore.getState().restoreNotice).toMatch(/default rules are used/);
  });

  it('toggle a star on and off and keep it', async () => {
    useWatchlistStore.getState().providerToggled('meta');
    useWatchlistStore.getState().modelToggled('muse-spark');
    useWatchlistStore.getState().modelToggled('muse-spark');
    await useWatchlistStore.persist.rehydrate();
    expect(JSON.parse(localStorage.getItem(WATCHLIST_STORAGE_KEY) ?? '{}').state).toEqual({
      providerIds: ['meta'],
      modelIds: [],
    });
    expect(useWatchlistStore.getState().providerIds).toEqual(['meta']);
  });
});
