import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '@/domain/compare-text';

// Names with letters of both cases and digit runs (leading zeros included), and any strings.
const text = fc.oneof(fc.stringMatching(/^[aAbB0-9 ]{0,8}$/), fc.string());

describe('compareText', () => {
  it('orders names case-insensitively and numbers by value', () => {
    const names = ['xAI', 'Ai2', 'Synthetic Lab 10', 'Amazon', 'Synthetic Lab 2', 'IBM', 'Synthetic Lab 002b'];
    expect([...names].sort(compareText)).toEqual([
      'Ai2',
      'Amazon',
      'IBM',
      'Synthetic Lab 2',
      'Synthetic Lab 002b',
      'Synthetic Lab 10',
      'xAI',
    ]);
  });

  it('is a total order: antisymmetric, zero only for equal strings, transitive', () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(Math.sign(compareText(a, b)) + Math.sign(compareText(b, a))).toBe(0);
        expect(compareText(a, b) === 0).toBe(a === b);
        if (compareText(a, b) <= 0 && compareText(b, c) <= 0) expect(compareText(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});
