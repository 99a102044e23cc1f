import { z } from '@/domain/schema/zod';
import { isIsoDay, isIsoMonth } from '../schema/precise-date';

/** A query parameter a view could not use: it is dropped, and the user is told which and why. */
export interface UrlIssue {
  param: string;
  /** The value as the link gave it (may be long: cut it with `shownValue` before showing it). */
  value: string;
  message: string;
}

/** The longest part of a link's value that a notice shows. */
export const SHOWN_VALUE_MAX = 60;

/** `value` cut to `max` characters with an ellipsis, for notices: a link can carry anything. */
export function shownValue(value: string, max = SHOWN_VALUE_MAX): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** Ids in links: letters, digits and `._:-`, up to 160 characters (the longest id of the data is far shorter). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,159}$/;

/** A comma list of allowed values, without duplicates, in the canonical order of `all`. */
export function enumList<T extends string>(all: readonly T[], what: string) {
  const allowed = new Set<string>(all);
  return z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()))
    .refine((vs) => vs.length > 0 && vs.every((v) => allowed.has(v)), {
      message: `expected a comma-separated list of ${what}: ${all.join(', ')}`,
    })
    .transform((vs) => all.filter((v) => vs.includes(v)));
}

/** A comma list of at most `max` distinct ids, in the order given. */
export function idList(max: number, what = 'ids') {
  return z
    .string()
    .transform((s) => [...new Set(s.split(',').map((v) => v.trim()))])
    .refine((vs) => vs.length > 0 && vs.every((v) => ID_PATTERN.test(v)), {
      message: `expected a comma-separated list of ${what}`,
    })
    .refine((vs) => vs.length <= max, { message: `at most ${max} ${what}` });
}

/** The provider filter of a view: the same limit on every page that takes one. */
export const providerIdsParam = idList(10_000, 'provider ids');

export const yesNoParam = z.enum(['yes', 'no'], { message: 'expected yes or no' });
export const isoDayParam = z.string().refine(isIsoDay, { message: 'expected a date YYYY-MM-DD' });
export const dayOrMonthParam = z.string().refine((s) => isIsoDay(s) || isIsoMonth(s), {
  message: 'expected a date YYYY-MM-DD or a month YYYY-MM',
});

type Schemas = Record<string, z.ZodType<unknown, string>>;
export type ParsedParams<S extends Schemas> = { [K in keyof S]?: z.output<S[K]> };

/**
 * Read the parameters named by `schemas` from `params`, each on its own: a bad one is left out
 * of `values` and reported in `issues`, never thrown. A repeated parameter is read as one comma
 * list.
 */
export function readParams<S extends Schemas>(
  params: URLSearchParams,
  schemas: S,
): { values: ParsedParams<S>; issues: UrlIssue[] } {
  const values: ParsedParams<S> = {};
  const issues: UrlIssue[] = [];
  for (const key of Object.keys(schemas) as Array<keyof S & string>) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    const raw = all.join(',');
    const schema = schemas[key];
    if (!schema) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) values[key] = parsed.data as z.output<S[typeof key]>;
    else
      issues.push({
        param: key,
        value: raw,
        message: parsed.error.issues[0]?.message ?? 'not understood',
      });
  }
  return { values, issues };
}

/** A query string, or parameters already read, as parameters. */
export function searchParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search) : search;
}

/** A copy of `params` without the view's own `keys`: the other views' parameters are kept. */
export function paramsWithout(params: URLSearchParams, keys: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of keys) next.delete(key);
  return next;
}

/**
 * Sets `key` to `values` as a comma list, in the canonical order of `order` when given (equal
 * views give equal URLs); an empty list is the default and sets nothing.
 */
export function setList<T extends string | number>(
  params: URLSearchParams,
  key: string,
  values: readonly T[],
  order?: readonly T[],
): void {
  if (values.length === 0) return;
  params.set(key, (order ? order.filter((v) => values.includes(v)) : values).join(','));
}
