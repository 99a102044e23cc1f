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
 * passed a schema once is not checked against that schema again (by reference, within this
 * checker: make one per answer). The service never changes a record it has served, so an object
 * that passed still passes.
 *
 * A plain string or boolean is checked by its type; any other schema that is not an object, an
 * array, optional or nullable (numbers, enums, strings with a format or a check) is checked by
 * zod itself. The checks of an object or array (an array's
 * `min(1)`, an object's refinement) run on a copy of its schema whose members accept anything,
 * after the members have passed, which is the order zod runs them in. The first issue is the one
 * `safeParse` lists first: members in the schema's order, each one depth first.
 */
export function sharedRecordsCheck(schema: Schema): SharedRecordsCheck {
  const passed = new Map<Schema, Set<object>>();
  const passedContent = new Map<Schema, Set<string>>();
  const shells = new Map<Schema, Schema>();
  const flatKeys = new Map<Schema, string[] | null>();

  /**
   * The keys of an object schema whose members are all plain values (strings, numbers, booleans,
   * enums, optional or nullable), or null. Such an object (a date with its precision, a grade) is
   * remembered by its content, not by reference: there are a few thousand distinct ones among
   * hundreds of thousands of objects, and a set of the objects held about 10 MB more.
   */
  const flatKeysOf = (s: Schema): string[] | null => {
    let keys = flatKeys.get(s);
    if (keys === undefined) {
      const shape = (s._zod.def as z.core.$ZodObjectDef).shape;
      const plain = (m: Schema): boolean => {
        const d = m._zod.def;
        if (d.type === 'optional' || d.type === 'nullable')
          return plain((d as z.core.$ZodOptionalDef).innerType);
        return ['string', 'number', 'boolean', 'enum', 'literal'].includes(d.type);
      };
      keys = Object.values(shape).every(plain) ? Object.keys(shape) : null;
      flatKeys.set(s, keys);
    }
    return keys;
  };

  /** An exact key for plain member values, or null when one is not plain (zod decides then). */
  const contentKey = (record: Record<string, unknown>, keys: string[]): string | null => {
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
  };

  /** The schema with its own checks and members that accept anything, made once per schema. */
  const shellOf = (s: Schema): Schema => {
    let shell = shells.get(s);
    if (shell === undefined) {
      const def = s._zod.def as z.core.$ZodObjectDef | z.core.$ZodArrayDef;
      shell =
        def.type === 'object'
          ? z.core.util.clone(s, {
              ...def,
              shape: Object.fromEntries(Object.keys(def.shape).map((k) => [k, z.unknown()])),
            } as z.core.$ZodObjectDef)
          : z.core.util.clone(s, { ...def, element: z.unknown() } as z.core.$ZodArrayDef);
      shells.set(s, shell);
    }
    return shell;
  };

  // `keep`: remember what passed (not the records themselves, each of which is checked once).
  const passes = (s: Schema, value: unknown, keep = true): boolean => {
    const def = s._zod.def;
    // A schema that converts its input (z.coerce) is zod's to judge.
    if ((def as { coerce?: boolean }).coerce === true) return z.safeParse(s, value).success;
    switch (def.type) {
      case 'string':
        // A plain z.string() only: a format (z.url(), an email) or a check goes to zod.
        if ((def.checks?.length ?? 0) === 0 && !('format' in def)) return typeof value === 'string';
        break;
      case 'boolean':
        return typeof value === 'boolean';
      case 'optional':
        return value === undefined || passes((def as z.core.$ZodOptionalDef).innerType, value);
      case 'nullable':
        return value === null || passes((def as z.core.$ZodNullableDef).innerType, value);
      case 'object': {
        const objectDef = def as z.core.$ZodObjectDef;
        // Not an object, or one whose unknown keys the schema itself checks: zod decides.
        if (typeof value !== 'object' || value === null || Array.isArray(value)) break;
        if (objectDef.catchall !== undefined) break;
        const record = value as Record<string, unknown>;
        const keys = keep ? flatKeysOf(s) : null;
        const content = keys === null ? null : contentKey(record, keys);
        let seenContent = content === null ? undefined : passedContent.get(s);
        let seen = content === null ? passed.get(s) : undefined;
        if (content !== null ? seenContent?.has(content) : seen?.has(value)) return true;
        for (const key in objectDef.shape) {
          const member = objectDef.shape[key];
          if (member !== undefined && !passes(member, record[key])) return false;
        }
        if ((objectDef.checks?.length ?? 0) > 0 && !z.safeParse(shellOf(s), value).success) {
          return false;
        }
        if (!keep) return true;
        if (content !== null) {
          if (seenContent === undefined) passedContent.set(s, (seenContent = new Set()));
          seenContent.add(content);
        } else {
          if (seen === undefined) passed.set(s, (seen = new Set()));
          seen.add(value);
        }
        return true;
      }
      case 'array': {
        const arrayDef = def as z.core.$ZodArrayDef;
        if (!Array.isArray(value)) break;
        let seen = passed.get(s);
        if (seen?.has(value)) return true;
        for (let i = 0; i < value.length; i++) {
          if (!passes(arrayDef.element, value[i])) return false;
        }
        if ((arrayDef.checks?.length ?? 0) > 0 && !z.safeParse(shellOf(s), value).success) {
          return false;
        }
        if (seen === undefined) passed.set(s, (seen = new Set()));
        seen.add(value);
        return true;
      }
      default:
        break;
    }
    return z.safeParse(s, value).success;
  };

  return (value) => {
    if (passes(schema, value, false)) return undefined;
    // A failure is rare and its report must be zod's own: the first issue of a full parse. Should
    // the walk ever refuse what zod accepts, zod's verdict stands.
    const result = z.safeParse(schema, value);
    if (result.success) return undefined;
    const issue = result.error.issues[0];
    return { path: issue?.path ?? [], message: issue?.message ?? 'Invalid input' };
  };
}
