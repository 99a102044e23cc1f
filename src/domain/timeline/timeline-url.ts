import { z } from 'zod';
import { directionSchema, eventTypeSchema } from '../schema/event';
import { isIsoDay } from '../schema/precise-date';
import { confidenceSchema } from '../schema/source';
import { EMPTY_TIMELINE_FILTERS, type TimelineFilters } from './timeline-filters';

export const TIMELINE_VIEWS = ['chart', 'list'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** Everything a shared timeline link carries. */
export interface TimelineViewState {
  filters: TimelineFilters;
  /** The visible date range (ISO days, inclusive); null for the whole data span. */
  from: string | null;
  to: string | null;
  /** null: the default for the screen (a list below 768 px, else the chart). */
  view: TimelineView | null;
  /** The selected event's id. */
  event: string | null;
}

export const DEFAULT_TIMELINE_VIEW: TimelineViewState = {
  filters: EMPTY_TIMELINE_FILTERS,
  from: null,
  to: null,
  view: null,
  event: null,
};

/** A query parameter the timeline could not use: dropped, and the user is told. */
export interface TimelineUrlIssue {
  param: string;
  value: string;
  message: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,159}$/;

function enumList<T extends string>(all: readonly T[], what: string) {
  const allowed = new Set<string>(all);
  return z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()))
    .refine((vs) => vs.length > 0 && vs.every((v) => allowed.has(v)), {
      message: `expected a comma-separated list of ${what}: ${all.join(', ')}`,
    })
    .transform((vs) => all.filter((v) => vs.includes(v)));
}

const isoDay = z.string().refine(isIsoDay, { message: 'expected a date YYYY-MM-DD' });

const PARAM_SCHEMAS = {
  provider: z
    .string()
    .transform((s) => [...new Set(s.split(',').map((v) => v.trim()))])
    .refine((vs) => vs.length > 0 && vs.every((v) => ID.test(v)), { message: 'expected a comma-separated list of provider ids' }),
  type: enumList(eventTypeSchema.options, 'event types'),
  direction: enumList(directionSchema.options, 'directions'),
  minSeverity: z
    .string()
    .regex(/^[0-5]$/, { message: 'expected a severity from 0 to 5' })
    .transform(Number),
  confidence: enumList(confidenceSchema.options, 'confidence levels'),
  scheduled: z.enum(['yes', 'no'], { message: 'expected yes or no' }).transform((v) => v === 'yes'),
  from: isoDay,
  to: isoDay,
  view: z.enum(TIMELINE_VIEWS, { message: 'expected chart or list' }),
  event: z.string().regex(ID, { message: 'expected an event id' }),
} as const;

type ParamKey = keyof typeof PARAM_SCHEMAS;

/** The query parameters the timeline owns; others (as-of date, weights, mocks) are left alone. */
export const TIMELINE_PARAMS = Object.keys(PARAM_SCHEMAS) as ParamKey[];

/** Read the timeline's view from a query string: a bad parameter is dropped and reported, never thrown. */
export function parseTimelineSearch(search: string | URLSearchParams): { state: TimelineViewState; issues: TimelineUrlIssue[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const issues: TimelineUrlIssue[] = [];

  function read<K extends ParamKey>(key: K): z.output<(typeof PARAM_SCHEMAS)[K]> | undefined {
    const values = params.getAll(key);
    if (values.length === 0) return undefined;
    const raw = values.join(',');
    const parsed = PARAM_SCHEMAS[key].safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof PARAM_SCHEMAS)[K]>;
    issues.push({ param: key, value: raw, message: parsed.error.issues[0]?.message ?? 'not understood' });
    return undefined;
  }

  const d = EMPTY_TIMELINE_FILTERS;
  const filters: TimelineFilters = {
    provider: read('provider') ?? d.provider,
    type: read('type') ?? d.type,
    direction: read('direction') ?? d.direction,
    minSeverity: read('minSeverity') ?? d.minSeverity,
    confidence: read('confidence') ?? d.confidence,
    scheduled: read('scheduled') ?? d.scheduled,
  };
  let from = read('from') ?? null;
  let to = read('to') ?? null;
  if (from !== null && to !== null && from > to) {
    issues.push({ param: 'from', value: `${from} to ${to}`, message: 'the range starts after it ends' });
    from = null;
    to = null;
  }
  return { state: { filters, from, to, view: read('view') ?? null, event: read('event') ?? null }, issues };
}

/** `params` with the timeline's parameters replaced by `state`; only what differs from the defaults. */
export function writeTimelineSearch(params: URLSearchParams, state: TimelineViewState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of TIMELINE_PARAMS) next.delete(key);
  const f = state.filters;
  if (f.provider.length > 0) next.set('provider', f.provider.join(','));
  if (f.type.length > 0) next.set('type', eventTypeSchema.options.filter((t) => f.type.includes(t)).join(','));
  if (f.direction.length > 0) next.set('direction', directionSchema.options.filter((t) => f.direction.includes(t)).join(','));
  if (f.minSeverity > 0) next.set('minSeverity', String(f.minSeverity));
  if (f.confidence.length > 0) next.set('confidence', confidenceSchema.options.filter((t) => f.confidence.includes(t)).join(','));
  if (!f.scheduled) next.set('scheduled', 'no');
  if (state.from !== null) next.set('from', state.from);
  if (state.to !== null) next.set('to', state.to);
  if (state.view !== null) next.set('view', state.view);
  if (state.event !== null) next.set('event', state.event);
  return next;
}
