import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, compareTextKey } from '@/domain/compare-text';
import { fcRuns } from '../fc-runs';

// The oracle: Intl's collator in Node. Where it holds two strings equal, compareText breaks the
// tie by code units, so that sorting does not depend on the input order.
const collator = new Intl.Collator('en-US', { numeric: true });
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const expected = (a: string, b: string) => Math.sign(collator.compare(a, b) || codeUnits(a, b));

// Names as people write them: letters of both cases, digit runs with leading zeros, spaces and
// punctuation, plus control characters the collator ignores.
const nameChars = fc.constantFrom(
  ...'aAbBzZ0123456789 -_.,:;/()[]#&@+=~$\'"\t\n'.split(''),
  '\u0001',
  '\u007f',
);
const name = fc.array(nameChars, { maxLength: 12 }).map((cs) => cs.join(''));
const ascii = fc.string({ unit: 'binary-ascii', maxLength: 12 });
const unicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  name.map((s) => `${s}é`),
);
const text = fc.oneof(name, ascii, unicode);

describe('compareText', () => {
  it('orders names as people expect: numbers by value, case and accents after the letter', () => {
    const names = [
      'xAI',
      'Ai2',
      'Synthetic Lab 10',
      'Amazon',
      'Synthetic Lab 2',
      'IBM',
      'Synthetic Lab 002b',
      'ai2',
      'Éclair',
      'Eclair',
    ];
    expect([...names].sort(compareText)).toEqual([
      'ai2',
      'Ai2',
      'Amazon',
      'Eclair',
      'Éclair',
      'IBM',
      'Synthetic Lab 2',
      'Synthetic Lab 002b',
      'Synthetic Lab 10',
      'xAI',
    ]);
  });

  it('equals Intl.Collator("en-US", { numeric: true }) on names and on any ASCII text', () => {
    fc.assert(
      fc.property(fc.oneof(name, ascii), fc.oneof(name, ascii), (a, b) => {
        expect(Math.sign(compareText(a, b))).toBe(expected(a, b));
      }),
      fcRuns(20000),
    );
  });

  it('equals the collator on any Unicode text too', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareText(a, b))).toBe(expected(a, b));
      }),
      fcRuns(3000),
    );
  });

  it('is a total order: antisymmetric, zero only for equal strings, transitive', () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(Math.sign(compareText(a, b)) + Math.sign(compareText(b, a))).toBe(0);
        expect(compareText(a, b) === 0).toBe(a === b);
        if (compareText(a, b) <= 0 && compareText(b, c) <= 0)
          expect(compareText(a, c)).toBeLessThanOrEqual(0);
      }),
      fcRuns(2000),
    );
  });

  it('compareTextKey sorts ASCII text in the same order by plain comparison, and is null otherwise', () => {
    fc.assert(
      fc.property(fc.oneof(name, ascii), fc.oneof(name, ascii), (a, b) => {
        const ka = compareTextKey(a);
        const kb = compareTextKey(b);
        expect(ka).not.toBeNull();
        expect(Math.sign(codeUnits(ka ?? '', kb ?? ''))).toBe(expected(a, b));
      }),
      fcRuns(20000),
    );
    expect(compareTextKey('Éclair')).toBeNull();
  });
});
