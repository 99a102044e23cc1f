import { z } from '@/domain/schema/zod';
import { addDays } from '../dates';
import { isoDaySchema } from '../schema/precise-date';
import { sourceSchema } from '../schema/source';

export const notificationStateSchema = z.enum(['unread', 'read', 'snoozed']);
export type NotificationState = z.infer<typeof notificationStateSchema>;

/** What an evaluation found: one trigger, named by a key that stays the same at every evaluation. */
export const triggerSchema = z.object({
  /** Stable: the rule, the provider or model, and the day (or event) that set it off. */
  key: z.string().min(1),
  ruleId: z.string().min(1),
  ruleName: z.string(),
  kind: z.string(),
  title: z.string(),
  detail: z.string(),
  /** The day the trigger happened (the event's or change's day, or a reminder's day). */
  date: isoDaySchema,
  providerId: z.string().nullable(),
  modelId: z.string().nullable(),
  eventIds: z.array(z.string()),
  sources: z.array(sourceSchema),
});
export type Trigger = z.infer<typeof triggerSchema>;

export const notificationSchema = triggerSchema.extend({
  createdAt: z.iso.datetime(),
  state: notificationStateSchema,
  /** A snoozed notification comes back as unread on this day. */
  snoozedUntil: isoDaySchema.nullable(),
});
export type AppNotification = z.infer<typeof notificationSchema>;

/**
 * Add the triggers not seen before as unread notifications. A trigger whose key is already in
 * the inbox, whatever its state, makes nothing: a trigger makes one notification, never two.
 * `seenKeys` are keys of notifications the user removed, which stay removed.
 */
export function mergeTriggers(
  inbox: readonly AppNotification[],
  triggers: readonly Trigger[],
  createdAt: string,
  seenKeys: ReadonlySet<string> = new Set(),
): { inbox: AppNotification[]; added: AppNotification[] } {
  const known = new Set<string>(seenKeys);
  for (const n of inbox) known.add(n.key);
  const added: AppNotification[] = [];
  for (const t of triggers) {
    if (known.has(t.key)) continue;
    known.add(t.key);
    added.push({ ...t, createdAt, state: 'unread', snoozedUntil: null });
  }
  return { inbox: added.length === 0 ? [...inbox] : [...added, ...inbox], added };
}

/** The state a user sees on `today`: a snooze that has run out reads as unread. */
export function effectiveState(n: AppNotification, today: string): NotificationState {
  if (n.state === 'snoozed' && (n.snoozedUntil === null || n.snoozedUntil <= today))
    return 'unread';
  return n.state;
}

/** How many notifications read as unread on `today`. */
export function unreadCount(inbox: readonly AppNotification[], today: string): number {
  let n = 0;
  for (const x of inbox) if (effectiveState(x, today) === 'unread') n += 1;
  return n;
}

/** How long a notification is snoozed: a number of days, or until a chosen day. */
export const snoozeChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days'), days: z.union([z.literal(1), z.literal(7), z.literal(30)]) }),
  z.object({ kind: z.literal('until'), date: isoDaySchema }),
]);
export type SnoozeChoice = z.infer<typeof snoozeChoiceSchema>;

/** The snooze a new inbox offers first (the only one there was before the choices). */
export const DEFAULT_SNOOZE: SnoozeChoice = { kind: 'days', days: 7 };

/** The day a snooze chosen on `today` ends; null when a chosen day is not after today. */
export function snoozeEnd(choice: SnoozeChoice, today: string): string | null {
  if (choice.kind === 'days') return addDays(today, choice.days);
  return choice.date > today ? choice.date : null;
}
