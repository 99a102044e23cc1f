import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDecimal,
  formatInteger,
  formatMonth,
  formatPreciseDate,
  formatScore,
  formatShare,
  formatSigned,
  formatTokens,
} from '@/components/format';
import { decimalText } from '@/domain/decimal-text';
import { roundDecimal } from '@/domain/round-decimal';
import { fcRuns } from '../fc-runs';

// The oracle is Intl in Node (en-US); the app's functions must give the same text without it.
const RUNS = fcRuns(2000);
const fixedFormat = (digits: number, extra: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
    ...extra,
  });
const FIXED = [0, 1, 2, 3].map((d) => fixedFormat(d));
const SIGNED = [0, 1, 2].map((d) => fixedFormat(d, { signDisplay: 'exceptZero' }));
const PERCENT = fixedFormat(0, { style: 'percent' });
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact' });
const DAY = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_LONG = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

// Numbers of every magnitude, and the ones that sit on a rounding boundary in decimal
// (x.x5, x.xx5) but not in binary, where `toFixed` goes wrong.
const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
const halfway = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom(1, 2, 3, 4))
  .map(([k, p]) => (k + 0.5) / 10 ** p);
const scoreLike = fc.double({ min: -200, max: 200, noNaN: true });
const number = fc.oneof(anyNumber, halfway, scoreLike);

describe('numbers, against Intl.NumberFormat (en-US)', () => {
  it('rounds half away from zero on the decimal value, as Intl does', () => {
    expect(formatDecimal(1.45)).toBe('1.5');
    expect(formatDecimal(1.005, 2)).toBe('1.01');
    expect(formatDecimal(-1.45)).toBe('-1.5');
    expect(formatScore(99.99999999999997)).toBe('100.0');
    expect(formatInteger(2.5)).toBe('3');
    expect(formatInteger(-2.5)).toBe('-3');
    expect(formatShare(0.145)).toBe('15%');
    // What Intl itself gives, so the examples above are the oracle's and not ours.
    expect(FIXED[1]?.format(1.45)).toBe('1.5');
    expect(FIXED[2]?.format(1.005)).toBe('1.01');
    expect(PERCENT.format(0.145)).toBe('15%');
  });

  it('formatDecimal, formatScore and formatInteger equal Intl for any number', () => {
    fc.assert(
      fc.property(number, fc.constantFrom(0, 1, 2, 3), (n, d) => {
        expect(formatDecimal(n, d)).toBe(FIXED[d]?.format(n));
        if (d === 1) expect(formatScore(n)).toBe(FIXED[1]?.format(n));
        if (d === 0) expect(formatInteger(n)).toBe(FIXED[0]?.format(n));
      }),
      RUNS,
    );
  });

  it('formatSigned equals Intl with signDisplay "exceptZero"', () => {
    expect(formatSigned(23.6)).toBe('+23.6');
    expect(formatSigned(-0.04)).toBe('0.0');
    fc.assert(
      fc.property(number, fc.constantFrom(0, 1, 2), (n, d) => {
        expect(formatSigned(n, d)).toBe(SIGNED[d]?.format(n));
      }),
      RUNS,
    );
  });

  it('formatShare equals Intl percent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), halfway, anyNumber), (n) => {
        expect(formatShare(n)).toBe(PERCENT.format(n));
      }),
      RUNS,
    );
  });

  it('formatTokens equals Intl compact notation: 999,999 tokens is "1M", not "1000K"', () => {
    expect(formatTokens(999_999)).toBe('1M tokens');
    expect(formatTokens(128_000)).toBe('128K tokens');
    expect(formatTokens(2_500_000)).toBe('2.5M tokens');
    expect(formatTokens(512)).toBe('512 tokens');
    expect(formatTokens(null)).toBe('unknown');
    const boundaries = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -60, max: 60 }))
      .map(([unit, off]) => Math.max(0, 10 ** (3 * unit) + off * 10 ** (3 * unit - 4)));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 2_000_000 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          boundaries.map(Math.round),
        ),
        (n) => {
          expect(formatTokens(n)).toBe(`${COMPACT.format(n)} tokens`);
        },
      ),
      RUNS,
    );
  });

  it('roundDecimal gives the number that is shown, never -0', () => {
    expect(roundDecimal(-10.5, 1)).toBe(-10.5);
    expect(roundDecimal(99.99999999999997, 1)).toBe(100);
    expect(Object.is(roundDecimal(-0.04, 1), 0)).toBe(true);
    fc.assert(
      fc.property(number, fc.constantFrom(0, 1, 2, 4), (n, d) => {
        const r = roundDecimal(n, d);
        expect(Object.is(r, -0)).toBe(false);
        expect(decimalText(r, d)).toBe(decimalText(n, d));
        expect(FIXED[1]?.format(roundDecimal(n, 1))).toBe(FIXED[1]?.format(n));
      }),
      RUNS,
    );
  });
});

describe('dates, against Intl.DateTimeFormat (en-US, UTC)', () => {
  it('writes days and months in one English style, never inventing a day', () => {
    expect(formatDay('2026-04-08')).toBe('Apr 8, 2026');
    expect(formatMonth('2026-01')).toBe('Jan 2026');
    expect(formatMonth('2026-09-30', true)).toBe('September 2026');
    expect(formatPreciseDate({ date: '2025-04', precision: 'month' })).toBe('Apr 2025');
    expect(formatPreciseDate({ date: '2025-04-05', precision: 'day' })).toBe('Apr 5, 2025');
  });

  it('formatDay, formatMonth and its long form equal Intl for every day from year 1 to 9999', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(1, 0, 1)),
        max: new Date(Date.UTC(9999, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        const utc = new Date(`${iso}T00:00:00Z`);
        expect(formatDay(iso)).toBe(DAY.format(utc));
        expect(formatMonth(iso)).toBe(MONTH.format(utc));
        expect(formatMonth(iso.slice(0, 7), true)).toBe(MONTH_LONG.format(utc));
      }),
      RUNS,
    );
  });
});
