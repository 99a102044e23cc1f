import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEPT_ANSWER_RECORDS, KEPT_OBJECTS, sharedRecordsCheck } from '@/api/shared-records-check';
import { eventSchema } from '@/domain/schema/event';
import { modelSchema } from '@/domain/schema/model';
import { providerSchema } from '@/domain/schema/provider';
import type { z } from '@/domain/schema/zod';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';
import { fcRuns } from '../fc-runs';

// Synthetic records share parts by reference, as the in-page service hands them over.
const data = withSynthetic(dataset, 400);
/** A count of records for which an answer gets a check of its own. */
const LARGE = KEPT_ANSWER_RECORDS + 1;
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
  // Past a name's max(200), and a length that passes it.
  'x'.repeat(201),
  'x'.repeat(200),
  0,
  -1,
  1.5,
  // Integers past the safe range, for an int().
  2 ** 53,
  -(2 ** 53),
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
      // A check kept for later answers, and one for a large answer alone.
      for (const size of [records.length, LARGE]) {
        const check = sharedRecordsCheck(schema, size);
        for (const record of records) expect(check(record)).toBeUndefined();
      }
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
        fc.boolean(),
        ({ schema, records }, pick, pathPick, to, deleteKey, large) => {
          const record = records[pick % records.length];
          const paths = pathsOf(record);
          const path = paths[pathPick % paths.length] ?? [];
          const changed = deleteKey ? setAt(record, path, undefined) : setAt(record, path, to);
          // One check for the answer: the other records (sharing parts with this one) first. A
          // small answer's check is the one kept for every answer of the schema; a large one's
          // is its own.
          const check = sharedRecordsCheck(schema, large ? LARGE : records.length);
          for (const other of records.slice(0, 60)) check(other);
          expect(check(changed)).toEqual(zodVerdict(schema, changed));
        },
      ),
      fcRuns(3000, { min: 300 }),
    );
  });

  // The same within one answer, whether its check is kept for later answers or its own.
  describe.each([
    ['a check kept for later answers', 1],
    ['the check of one large answer', LARGE],
  ])('with %s', (_, size) => {
    it('refuses every record that points at a broken shared part, not only the first', () => {
      const [first, second] = data.models.filter((m) => m.synthetic);
      if (!first || !second) throw new Error('no synthetic models');
      const brokenHistory = [{ ...first.statusHistory[0], status: 'sunset' }];
      const a = { ...first, statusHistory: brokenHistory };
      const b = { ...second, statusHistory: brokenHistory };
      const check = sharedRecordsCheck(modelSchema, size);
      expect(check(a)).toEqual(zodVerdict(modelSchema, a));
      expect(check(b)).toMatchObject({ path: ['statusHistory', 0, 'status'] });
    });

    it('checks a part shared by two schemas against each of them', () => {
      const [model] = data.models;
      if (!model) throw new Error('no models');
      // The same sources list passes as a model's; an event's sources are checked on their own.
      const check = sharedRecordsCheck(eventSchema, size);
      const event = data.events[0];
      if (!event) throw new Error('no events');
      const odd = { ...event, sources: model.statusHistory };
      expect(check(odd)).toEqual(zodVerdict(eventSchema, odd));
      expect(check(odd)).toBeDefined();
    });

    it('takes an object of plain values by its content: a copy of one that passed passes, a changed one is checked', () => {
      const [model] = data.models;
      if (!model) throw new Error('no models');
      const check = sharedRecordsCheck(modelSchema, size);
      expect(check(model)).toBeUndefined();
      const copy = { ...model, release: { ...model.release } };
      expect(check(copy)).toBeUndefined();
      const impossible = { ...model, release: { ...model.release, date: '2026-02-30' } };
      expect(check(impossible)).toEqual(zodVerdict(modelSchema, impossible));
      expect(check(impossible)).toBeDefined();
    });
  });
});

describe('strings and numbers with bounds, checked without zod', () => {
  it('gives a name at and past its max(200), an empty id and integers past the safe range zod’s verdict', () => {
    const [model] = data.models;
    if (!model) throw new Error('no models');
    const replacedBy = (name: string) =>
      setAt(model, ['statusHistory', 0, 'replacement'], { modelId: null, name });
    const cases = [
      replacedBy('x'.repeat(200)),
      replacedBy('x'.repeat(201)),
      replacedBy(''),
      setAt(model, ['id'], ''),
      setAt(model, ['contextWindow'], 2 ** 53 - 1),
      setAt(model, ['contextWindow'], 2 ** 53),
      setAt(model, ['contextWindow'], 0),
      setAt(model, ['contextWindow'], 1),
    ];
    for (const size of [1, LARGE]) {
      for (const record of cases) {
        expect(sharedRecordsCheck(modelSchema, size)(record)).toEqual(
          zodVerdict(modelSchema, record),
        );
      }
    }
    // Both verdicts are among them.
    expect(cases.map((r) => zodVerdict(modelSchema, r) === undefined)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
  });
});

describe('what passed in one answer, in the next', () => {
  it('keeps zod’s verdict on a record and a string from answer to answer, a refusal included', () => {
    const event = data.events.find((e) => e.sources.length > 0);
    const source = event?.sources[0];
    if (!event || !source) throw new Error('no event with a source');
    const withUrl = (url: string) => ({ ...event, sources: [{ ...source, url }] });
    const hostile = withUrl('javascript:alert(1)');
    const first = sharedRecordsCheck(eventSchema);
    expect(first(event)).toBeUndefined();
    expect(first(withUrl('https://example.com/a'))).toBeUndefined();
    expect(first(hostile)).toEqual(zodVerdict(eventSchema, hostile));
    // The next answer: what passed still passes, and a URL zod refused is refused again, with
    // zod's first issue, in a new record and in the same one.
    const next = sharedRecordsCheck(eventSchema);
    expect(next(event)).toBeUndefined();
    expect(next(withUrl('https://example.com/a'))).toBeUndefined();
    const again = withUrl('javascript:alert(1)');
    expect(next(again)).toEqual(zodVerdict(eventSchema, again));
    expect(next(again)).toBeDefined();
    expect(next(hostile)).toEqual(zodVerdict(eventSchema, hostile));
  });

  it('gives a changed record zod’s verdict after answers that passed more records than it keeps', () => {
    const [model] = data.models.filter((m) => m.synthetic);
    if (!model) throw new Error('no synthetic models');
    // Nine answers of 5,000 new records pass more objects than the check keeps across answers
    // (KEPT_OBJECTS) twice over, so its memory starts again twice.
    expect(9 * 5000).toBeGreaterThan(2 * KEPT_OBJECTS);
    let refused = 0;
    for (let i = 0; i < 9; i++) {
      const answer = sharedRecordsCheck(modelSchema);
      for (let j = 0; j < 5000; j++) if (answer({ ...model }) !== undefined) refused++;
    }
    expect(refused).toBe(0);
    const broken = { ...model, statusHistory: [{ ...model.statusHistory[0], status: 'sunset' }] };
    expect(sharedRecordsCheck(modelSchema)(broken)).toEqual(zodVerdict(modelSchema, broken));
    expect(sharedRecordsCheck(modelSchema)(broken)).toBeDefined();
    expect(sharedRecordsCheck(modelSchema)(model)).toBeUndefined();
  });
});
