import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedRecordsCheck } from '@/api/shared-records-check';
import { eventSchema } from '@/domain/schema/event';
import { modelSchema } from '@/domain/schema/model';
import { providerSchema } from '@/domain/schema/provider';
import type { z } from '@/domain/schema/zod';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';
import { fcRuns } from '../fc-runs';

// Synthetic records share parts by reference, as the in-page service hands them over.
const data = withSynthetic(dataset, 400);
const collections = [
  { name: 'models', schema: modelSchema, records: data.models },
  { name: 'providers', schema: providerSchema, records: data.providers },
  { name: 'events', schema: eventSchema, records: data.events },
] as const;

/** safeParse's verdict, as the check reports it: undefined, or the first issue's path and message. */
function zodVerdict(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return { path: issue?.path ?? [], message: issue?.message ?? 'Invalid input' };
}

/** Every path into a value (objects and arrays, and the keys a record may lack). */
function pathsOf(value: unknown, prefix: PropertyKey[] = [], out: PropertyKey[][] = []) {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(child, path, out);
  }
  return out;
}

/** `value` with `path` set to `to`, copying only the objects on the path: the rest stays shared. */
function setAt(value: unknown, path: readonly PropertyKey[], to: unknown): unknown {
  if (path.length === 0) return to;
  const [head, ...rest] = path;
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }
  ) as Record<PropertyKey, unknown>;
  copy[head as PropertyKey] = setAt(copy[head as PropertyKey], rest, to);
  return copy;
}

const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'x',
  '2026-13-01',
  0,
  -1,
  1.5,
  Number.NaN,
  -0,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  ['x'],
  { date: '2026-02-30', precision: 'day' },
  { date: '2026-02', precision: 'day' },
  { grade: 'sort of' },
  { grade: 'open', note: 'x' },
  { date: '2026-02-30', precision: 'day', extra: 1 },
);

describe('the check of records that share parts', () => {
  it('gives every real and synthetic record the verdict of safeParse: all pass', () => {
    for (const { schema, records } of collections) {
      const check = sharedRecordsCheck(schema);
      for (const record of records) expect(check(record)).toBeUndefined();
    }
  });

  it('gives a changed record the verdict and first issue of safeParse, after its siblings passed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(),
        fc.nat(),
        odd,
        fc.boolean(),
        ({ schema, records }, pick, pathPick, to, deleteKey) => {
          const record = records[pick % records.length];
          const paths = pathsOf(record);
          const path = paths[pathPick % paths.length] ?? [];
          const changed = deleteKey ? setAt(record, path, undefined) : setAt(record, path, to);
          // One checker for the answer: the other records (sharing parts with this one) first.
          const check = sharedRecordsCheck(schema);
          for (const other of records.slice(0, 60)) check(other);
          expect(check(changed)).toEqual(zodVerdict(schema, changed));
        },
      ),
      fcRuns(3000, { min: 300 }),
    );
  });

  it('refuses every record that points at a broken shared part, not only the first', () => {
    const [first, second] = data.models.filter((m) => m.synthetic);
    if (!first || !second) throw new Error('no synthetic models');
    const brokenHistory = [{ ...first.statusHistory[0], status: 'sunset' }];
    const a = { ...first, statusHistory: brokenHistory };
    const b = { ...second, statusHistory: brokenHistory };
    const check = sharedRecordsCheck(modelSchema);
    expect(check(a)).toEqual(zodVerdict(modelSchema, a));
    expect(check(b)).toMatchObject({ path: ['statusHistory', 0, 'status'] });
  });

  it('checks a part shared by two schemas against each of them', () => {
    const [model] = data.models;
    if (!model) throw new Error('no models');
    // The same sources list passes as a model's; an event's sources are checked on their own.
    const check = sharedRecordsCheck(eventSchema);
    const event = data.events[0];
    if (!event) throw new Error('no events');
    const odd = { ...event, sources: model.statusHistory };
    expect(check(odd)).toEqual(zodVerdict(eventSchema, odd));
    expect(check(odd)).toBeDefined();
  });

  it('takes an object of plain values by its content: a copy of one that passed passes, a changed one is checked', () => {
    const [model] = data.models;
    if (!model) throw new Error('no models');
    const check = sharedRecordsCheck(modelSchema);
    expect(check(model)).toBeUndefined();
    const copy = { ...model, release: { ...model.release } };
    expect(check(copy)).toBeUndefined();
    const impossible = { ...model, release: { ...model.release, date: '2026-02-30' } };
    expect(check(impossible)).toEqual(zodVerdict(modelSchema, impossible));
    expect(check(impossible)).toBeDefined();
  });
});
