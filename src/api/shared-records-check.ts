import { z } from '@/domain/schema/zod';

/** The first problem found, as zod reports it: a message and the path inside the checked value. */
export interface CheckIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Checks one value; undefined when it passes. */
export type SharedRecordsCheck = (value: unknown) => CheckIssue | undefined;

type Schema = z.core.$ZodType;

/**
 * A check of records that share parts, with the verdict of `schema.safeParse` and a cheaper walk.
 *
 * The in-page data service hands its records over as values (ADR 0013), and records share parts
 * by reference: at 100,000 synthetic models, the models of a family share one status history,
 * one openness history and one openness profile, and every model points at one of about a
 * hundred grade sets, source lists and channel lists (1.6 million references to 146,000 shared
 * objects). `safeParse` checks a shared object again at every reference and copies it each time;
 * this check walks the schema's objects and arrays itself, and an object or array that has
 * passed a schema once is not checked against that schema again (by reference; call
 * `sharedRecordsCheck` once per answer). The service never changes a record it has served, so an object
 * that passed still passes.
 *
 * A plain string, boolean or number, or a value of an enum of strings, is checked by its type or
 * value; any other schema that is not an object, an array, optional or nullable (numbers with a
 * check, strings with a format or a check, literals) is checked by zod itself. The checks of an
 * object or array (an array's `min(1)`, an object's refinement) run on a copy of its schema whose
 * members accept anything, after the members have passed, which is the order zod runs them in.
 * The first issue is the one `safeParse` lists first: members in the schema's order, each one
 * depth first.
 *
 * Each schema is turned once into a check function (a closure holding its members' checks and
 * the set of what passed it), so that the walk does not look its way through the schema's
 * definition at every value: at 100,000 models it runs about 3 million times.
 *
 * What passed in an answer of at most `KEPT_ANSWER_RECORDS` records (the real data, a test's,
 * a model's page) is remembered for later answers too, so a record or part served again (a
 * refetch, the next component test) is not walked again: one check serves every such answer of
 * a schema; it holds what passed weakly, by reference (a data set that is let go takes it with
 * it), and starts again at the next answer once it holds `KEPT_OBJECTS` objects and arrays; it
 * keeps zod's verdict on a string with a format (a URL, a date) by the string, as zod's check of
 * a string depends on the string alone; its plain contents and string verdicts are forgotten
 * past `KEPT_VALUES` each. A larger answer (100,000 synthetic models) gets a check of its own,
 * which remembers for that answer only: holding all of its shared parts for good cost about
 * 18 MB, and the weak sets and the string verdicts made its check about a fifth slower.
 */
export function sharedRecordsCheck(schema: Schema, records = 0): SharedRecordsCheck {
  if (records > KEPT_ANSWER_RECORDS) return makeSharedRecordsCheck(schema, false);
  let checker = keptChecks.get(schema);
  if (checker === undefined) {
    checker = makeSharedRecordsCheck(schema, true);
    keptChecks.set(schema, checker);
  }
  checker.startAnswer();
  return checker;
}

/** The most records an answer may hold for what passed in it to be remembered for later ones. */
export const KEPT_ANSWER_RECORDS = 5_000;
/** How many objects and arrays a kept check holds before it starts again, at the next answer. */
export const KEPT_OBJECTS = 20_000;
/** How many plain contents, and string verdicts, a kept check keeps at most. */
const KEPT_VALUES = 20_000;

type KeptCheck = SharedRecordsCheck & { startAnswer(): void };
const keptChecks = new WeakMap<Schema, KeptCheck>();

/** Adds to a set of values, emptying it first once it holds `KEPT_VALUES`. */
function keepValue<T>(set: Set<T> | Map<T, boolean>, value: T, verdict?: boolean): void {
  if (set.size >= KEPT_VALUES) set.clear();
  if (set instanceof Map) set.set(value, verdict === true);
  else set.add(value);
}

/** A check for one answer (`kept` false), or one kept for every answer of a schema. */
function makeSharedRecordsCheck(schema: Schema, kept: false): SharedRecordsCheck;
function makeSharedRecordsCheck(schema: Schema, kept: true): KeptCheck;
function makeSharedRecordsCheck(schema: Schema, kept: boolean): SharedRecordsCheck | KeptCheck {
  type Check = (value: unknown) => boolean;
  const checks = new Map<Schema, Check>();
  /** How many objects and arrays the weak sets of a kept check hold. */
  let held = 0;
  /** Raised when a kept check's weak sets start again. */
  let generation = 0;

  /** What passed one object or array schema: a set for one answer, a weak set for a kept check. */
  const passedSet = (): { has(value: object): boolean; add(value: object): void } => {
    if (!kept) return new Set<object>();
    let set = new WeakSet<object>();
    let setGeneration = generation;
    return {
      has: (value) => {
        if (setGeneration !== generation) {
          set = new WeakSet();
          setGeneration = generation;
        }
        return set.has(value);
      },
      add: (value) => {
        set.add(value);
        held++;
      },
    };
  };

  const byZod =
    (s: Schema): Check =>
    (value) =>
      z.safeParse(s, value).success;

  /** The check of a schema, made on first use (a recursive schema meets itself through `ref`). */
  const checkOf = (s: Schema): Check => {
    const known = checks.get(s);
    if (known !== undefined) return known;
    const box: { check: Check | null } = { check: null };
    checks.set(s, (value) => (box.check as Check)(value));
    const made = makeCheck(s);
    box.check = made;
    checks.set(s, made);
    return made;
  };

  /** The schema with its own checks and members that accept anything. */
  const shellOf = (s: Schema): Schema => {
    const def = s._zod.def as z.core.$ZodObjectDef | z.core.$ZodArrayDef;
    return def.type === 'object'
      ? z.core.util.clone(s, {
          ...def,
          shape: Object.fromEntries(Object.keys(def.shape).map((k) => [k, z.unknown()])),
        } as z.core.$ZodObjectDef)
      : z.core.util.clone(s, { ...def, element: z.unknown() } as z.core.$ZodArrayDef);
  };

  const makeCheck = (s: Schema): Check => {
    const def = s._zod.def;
    // A schema that converts its input (z.coerce) is zod's to judge.
    if ((def as { coerce?: boolean }).coerce === true) return byZod(s);
    switch (def.type) {
      case 'string': {
        // A plain z.string() only: a format (z.url(), an email) or a check goes to zod, and a
        // kept check keeps its verdict by the string.
        if ((def.checks?.length ?? 0) === 0 && !('format' in def)) {
          return (value) => typeof value === 'string';
        }
        // Lengths only (an id's min(1), a name's max(200)): checked by the string's length, as
        // zod checks them.
        const lengths = 'format' in def ? null : lengthBounds(def.checks ?? []);
        if (lengths !== null) {
          const [min, max] = lengths;
          return (value) => typeof value === 'string' && value.length >= min && value.length <= max;
        }
        if (!kept) return byZod(s);
        const verdicts = new Map<string, boolean>();
        return (value) => {
          if (typeof value !== 'string') return z.safeParse(s, value).success;
          const known = verdicts.get(value);
          if (known !== undefined) return known;
          const verdict = z.safeParse(s, value).success;
          keepValue(verdicts, value, verdict);
          return verdict;
        };
      }
      case 'boolean':
        return (value) => typeof value === 'boolean';
      case 'number':
        // A plain z.number(): any finite number (zod refuses NaN and the infinities).
        if ((def.checks?.length ?? 0) === 0) {
          return (value) => typeof value === 'number' && Number.isFinite(value);
        }
        // A safe integer above a bound (a context window's int().positive()), as zod checks it.
        {
          const bound = safeIntBound(def.checks ?? []);
          if (bound !== null) {
            return (value) =>
              typeof value === 'number' &&
              Number.isSafeInteger(value) &&
              (bound.inclusive ? value >= bound.value : value > bound.value);
          }
        }
        return byZod(s);
      case 'enum': {
        // An enum of strings, as z.enum([...]) makes it; any other kind goes to zod.
        const entries = Object.entries((def as z.core.$ZodEnumDef).entries);
        if (!entries.every(([key, v]) => key === v)) return byZod(s);
        const values = new Set<unknown>(entries.map(([, v]) => v));
        return (value) => values.has(value);
      }
      case 'optional': {
        const inner = checkOf((def as z.core.$ZodOptionalDef).innerType);
        return (value) => value === undefined || inner(value);
      }
      case 'nullable': {
        const inner = checkOf((def as z.core.$ZodNullableDef).innerType);
        return (value) => value === null || inner(value);
      }
      case 'object':
        return objectCheck(s, def as z.core.$ZodObjectDef);
      case 'array':
        return arrayCheck(s, def as z.core.$ZodArrayDef);
      default:
        return byZod(s);
    }
  };

  const objectCheck = (s: Schema, def: z.core.$ZodObjectDef, remember = true): Check => {
    // One whose unknown keys the schema itself checks: zod decides.
    if (def.catchall !== undefined) return byZod(s);
    const keys = Object.keys(def.shape);
    const members = keys.map((key) => checkOf(def.shape[key] as Schema));
    const own = (def.checks?.length ?? 0) > 0 ? shellOf(s) : null;
    // An object whose members are all plain values (strings, numbers, booleans, enums, optional
    // or nullable: a date with its precision, a grade) is remembered by its content as well as
    // by reference: there are a few thousand distinct contents among hundreds of thousands of
    // such objects, and the reference is looked up first, because the synthetic data share one
    // date object per day (making the content's key at every reference was a fifth of the
    // check's time at 100,000 models).
    const plain = (m: Schema): boolean => {
      const d = m._zod.def;
      if (d.type === 'optional' || d.type === 'nullable')
        return plain((d as z.core.$ZodOptionalDef).innerType);
      return ['string', 'number', 'boolean', 'enum', 'literal'].includes(d.type);
    };
    const flat = keys.every((key) => plain(def.shape[key] as Schema));
    const passedContent = new Set<string>();
    const passed = remember ? passedSet() : null;
    // The last object that passed: records listed together share parts (a family's models share
    // their histories), and comparing with it is cheaper than a lookup in the set.
    let last: unknown = undefined;
    return (value) => {
      if (value === last) return true;
      // Not an object: zod decides (and reports).
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return z.safeParse(s, value).success;
      }
      if (passed?.has(value) === true) return true;
      const record = value as Record<string, unknown>;
      const content = flat ? contentKey(record, keys) : null;
      if (content !== null && passedContent.has(content)) {
        passed?.add(value);
        last = value;
        return true;
      }
      for (let i = 0; i < keys.length; i++) {
        if (!(members[i] as Check)(record[keys[i] as string])) return false;
      }
      if (own !== null && !z.safeParse(own, value).success) return false;
      passed?.add(value);
      last = value;
      if (content !== null) {
        if (kept) keepValue(passedContent, content);
        else passedContent.add(content);
      }
      return true;
    };
  };

  const arrayCheck = (s: Schema, def: z.core.$ZodArrayDef): Check => {
    const element = checkOf(def.element);
    const own = (def.checks?.length ?? 0) > 0 ? shellOf(s) : null;
    const passed = passedSet();
    let last: unknown = undefined;
    return (value) => {
      if (value === last) return true;
      if (!Array.isArray(value)) return z.safeParse(s, value).success;
      if (passed.has(value)) return true;
      for (let i = 0; i < value.length; i++) {
        if (!element(value[i])) return false;
      }
      if (own !== null && !z.safeParse(own, value).success) return false;
      passed.add(value);
      last = value;
      return true;
    };
  };

  // The records of one large answer are distinct objects: remembering each would only fill a set.
  const topDef = schema._zod.def;
  const top =
    !kept && topDef.type === 'object' && (topDef as z.core.$ZodObjectDef).catchall === undefined
      ? objectCheck(schema, topDef as z.core.$ZodObjectDef, false)
      : checkOf(schema);
  const check = (value: unknown): CheckIssue | undefined => {
    if (top(value)) return undefined;
    // A failure is rare and its report must be zod's own: the first issue of a full parse. Should
    // the walk ever refuse what zod accepts, zod's verdict stands.
    const result = z.safeParse(schema, value);
    if (result.success) return undefined;
    const issue = result.error.issues[0];
    return { path: issue?.path ?? [], message: issue?.message ?? 'Invalid input' };
  };
  if (!kept) return check;
  return Object.assign(check, {
    startAnswer: () => {
      if (held >= KEPT_OBJECTS) {
        generation++;
        held = 0;
      }
    },
  });
}

type CheckDefs = readonly { _zod: { def: unknown } }[];

/**
 * A string schema's length bounds when its checks are `min_length` and `max_length` only, as
 * `z.string().min(a).max(b)` makes them; null for any other check.
 */
function lengthBounds(checks: CheckDefs): [number, number] | null {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checks) {
    const def = check._zod.def as { check?: string; minimum?: unknown; maximum?: unknown };
    if (def.check === 'min_length' && typeof def.minimum === 'number') {
      min = Math.max(min, def.minimum);
    } else if (def.check === 'max_length' && typeof def.maximum === 'number') {
      max = Math.min(max, def.maximum);
    } else return null;
  }
  return [min, max];
}

/**
 * A number schema's lower bound when its checks are exactly `int()` (a safe integer) and one
 * `greater_than` (`positive()`, `min(n)`), in that order, as `z.number().int().positive()`
 * makes them; null for any other.
 */
function safeIntBound(checks: CheckDefs): { value: number; inclusive: boolean } | null {
  if (checks.length !== 2) return null;
  const [format, bound] = checks.map(
    (c) => c._zod.def as { check?: string; format?: string; value?: unknown; inclusive?: unknown },
  );
  if (format?.check !== 'number_format' || format.format !== 'safeint') return null;
  if (bound?.check !== 'greater_than' || typeof bound.value !== 'number') return null;
  return { value: bound.value, inclusive: bound.inclusive === true };
}

/** An exact key for plain member values, or null when one is not plain (zod decides then). */
function contentKey(record: Record<string, unknown>, keys: readonly string[]): string | null {
  let key = '';
  for (let i = 0; i < keys.length; i++) {
    const v = record[keys[i] ?? ''];
    // Each value tagged with its type, and a string with its length: no two contents meet.
    if (typeof v === 'string') key += `s${v.length}:${v}`;
    else if (v === undefined) key += 'u';
    else if (v === null) key += 'n';
    else if (typeof v === 'boolean') key += v ? 't' : 'f';
    // -0 and NaN print like 0 and each other: those go to zod each time.
    else if (typeof v === 'number' && !Number.isNaN(v) && !Object.is(v, -0)) key += `d${v};`;
    else return null;
  }
  return key;
}
