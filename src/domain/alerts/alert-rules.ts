import { z } from '@/domain/schema/zod';

/** Whom a rule watches: every provider and model, the watchlist, or the portfolio's providers and models. */
export const ruleScopeSchema = z.enum(['everything', 'watchlist', 'portfolio']);
export type RuleScope = z.infer<typeof ruleScopeSchema>;

const common = {
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120),
  scope: ruleScopeSchema,
  enabled: z.boolean(),
  /** True for a rule the app starts with (shown as "Default rule"). */
  builtIn: z.boolean(),
};

/**
 * The alert rules. Every kind reads the same engine window (one sweep per provider) or one pass
 * over the models and events; no rule scores on its own (see `evaluateAlerts`).
 */
export const alertRuleSchema = z.discriminatedUnion('kind', [
  /** Platform risk crosses above or below a threshold (0-100). */
  z.object({
    ...common,
    kind: z.literal('threshold'),
    direction: z.enum(['above', 'below']),
    threshold: z.number().min(0).max(100),
  }),
  /** The grade moves across a boundary (A < 20 ≤ B < 40 ≤ C < 60 ≤ D < 80 ≤ E). */
  z.object({
    ...common,
    kind: z.literal('grade'),
    direction: z.enum(['worse', 'better', 'either']),
  }),
  /** Platform risk rises (or drops) by at least `points` within `days` days. */
  z.object({
    ...common,
    kind: z.literal('score-change'),
    direction: z.enum(['rise', 'drop']),
    points: z.number().positive().max(100),
    days: z.number().int().min(1).max(3650),
  }),
  /** A model, or a provider's new flagship, moves toward closed. */
  z.object({ ...common, kind: z.literal('openness-regression') }),
  /** A new event (by either clock) of at least this severity. */
  z.object({
    ...common,
    kind: z.literal('event-severity'),
    minSeverity: z.number().int().min(0).max(5),
  }),
  /**
   * A model the portfolio depends on is deprecated, or shuts down on the dependency's channel:
   * one reminder per day count in `reminderDays` before the shutdown.
   */
  z.object({
    ...common,
    kind: z.literal('lifecycle'),
    reminderDays: z.array(z.number().int().min(0).max(3650)).min(1).max(10),
  }),
]);
export type AlertRule = z.infer<typeof alertRuleSchema>;
export type AlertRuleKind = AlertRule['kind'];

/** The reminders a shutdown gets by default: 90, 30 and 7 days before it. */
export const DEFAULT_REMINDER_DAYS = [90, 30, 7] as const;

/** The rules a new user starts with; each is marked built-in and says so on screen. */
export const DEFAULT_RULES: readonly AlertRule[] = [
  {
    id: 'default-grade',
    name: 'A grade gets worse',
    kind: 'grade',
    direction: 'worse',
    scope: 'everything',
    enabled: true,
    builtIn: true,
  },
  {
    id: 'default-rise',
    name: 'Platform risk rises by 10 or more within 30 days',
    kind: 'score-change',
    direction: 'rise',
    points: 10,
    days: 30,
    scope: 'everything',
    enabled: true,
    builtIn: true,
  },
  {
    id: 'default-openness',
    name: 'A model or a new flagship moves toward closed',
    kind: 'openness-regression',
    scope: 'everything',
    enabled: true,
    builtIn: true,
  },
  {
    id: 'default-severity',
    name: 'A new event of severity 4 or more',
    kind: 'event-severity',
    minSeverity: 4,
    scope: 'everything',
    enabled: true,
    builtIn: true,
  },
  {
    id: 'default-lifecycle',
    name: 'A model the portfolio depends on is deprecated or shuts down (reminders at 90, 30 and 7 days)',
    kind: 'lifecycle',
    reminderDays: [...DEFAULT_REMINDER_DAYS],
    scope: 'portfolio',
    enabled: true,
    builtIn: true,
  },
];

export const RULE_KIND_LABELS: Record<AlertRuleKind, string> = {
  threshold: 'Score crosses a threshold',
  grade: 'Grade crosses a boundary',
  'score-change': 'Score changes by X points within Y days',
  'openness-regression': 'Openness regression',
  'event-severity': 'New event of a severity',
  lifecycle: 'Portfolio model deprecated or shutting down',
};

export const SCOPE_LABELS: Record<RuleScope, string> = {
  everything: 'Everything',
  watchlist: 'Watchlist',
  portfolio: 'Portfolio',
};
