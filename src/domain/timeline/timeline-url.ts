import { z } from '@/domain/schema/zod';
import { directionSchema, eventTypeSchema } from '../schema/event';
import {
  enumList,
  ID_PATTERN,
  isoDayParam,
  paramsWithout,
  providerIdsParam,
  readParams,
  searchParams,
  setList,
  yesNoParam,
  type UrlIssue,
} from '../url/query-params';
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

const PARAM_SCHEMAS = {
  provider: providerIdsParam,
  type: enumList(eventTypeSchema.options, 'event types'),
  direction: enumList(directionSchema.options, 'directions'),
  minSeverity: z
    .string()
    .regex(/^[0-5]$/, { message: 'expected a severity from 0 to 5' })
    .transform(Number),
  confidence: enumList(confidenceSchema.options, 'confidence levels'),
  scheduled: yesNoParam.transform((v) => v === 'yes'),
  from: isoDayParam,
  to: isoDayParam,
  view: z.enum(TIMELINE_VIEWS, { message: 'expected chart or list' }),
  event: z.string().regex(ID_PATTERN, { message: 'expected an event id' }),
} as const;

type ParamKey = keyof typeof PARAM_SCHEMAS;

/** The query parameters the timeline owns; others (as-of date, weights, mocks) are left alone. */
export const TIMELINE_PARAMS = Object.keys(PARAM_SCHEMAS) as ParamKey[];

/** Read the timeline's view from a query string: a bad parameter is dropped and reported, never thrown. */
export function parseTimelineSearch(search: string | URLSearchParams): {
  state: TimelineViewState;
  issues: UrlIssue[];
} {
  const { values: v, issues } = readParams(searchParams(search), PARAM_SCHEMAS);

  const d = EMPTY_TIMELINE_FILTERS;
  const filters: TimelineFilters = {
    provider: v.provider ?? d.provider,
    type: v.type ?? d.type,
    direction: v.direction ?? d.direction,
    minSeverity: v.minSeverity ?? d.minSeverity,
    confidence: v.confidence ?? d.confidence,
    scheduled: v.scheduled ?? d.scheduled,
  };
  let from = v.from ?? null;
  let to = v.to ?? null;
  if (from !== null && to !== null && from > to) {
    issues.push({
      param: 'from',
      value: `${from} to ${to}`,
      message: 'the range starts after it ends',
    });
    from = null;
    to = null;
  }
  return { state: { filters, from, to, view: v.view ?? null, event: v.event ?? null }, issues };
}

/** `params` with the timeline's parameters replaced by `state`; only what differs from the defaults. */
export function writeTimelineSearch(
  params: URLSearchParams,
  state: TimelineViewState,
): URLSearchParams {
  const next = paramsWithout(params, TIMELINE_PARAMS);
  const f = state.filters;
  setList(next, 'provider', f.provider);
  setList(next, 'type', f.type, eventTypeSchema.options);
  setList(next, 'direction', f.direction, directionSchema.options);
  if (f.minSeverity > 0) next.set('minSeverity', String(f.minSeverity));
  setList(next, 'confidence', f.confidence, confidenceSchema.options);
  if (!f.scheduled) next.set('scheduled', 'no');
  if (state.from !== null) next.set('from', state.from);
  if (state.to !== null) next.set('to', state.to);
  if (state.view !== null) next.set('view', state.view);
  if (state.event !== null) next.set('event', state.event);
  return next;
}
