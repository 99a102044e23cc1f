import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fcRuns } from '../fc-runs';
import { addDays, dayNumber, monthStarts } from '@/domain/dates';
import { preciseDateSchema } from '@/domain/schema/precise-date';

describe('dates', () => {
  it('counts a month-precision date from the first day of its month', () => {
    expect(dayNumber('2025-04')).toBe(dayNumber('2025-04-01'));
  });
  it('moves across month and year ends', () => {
    expect(addDays('2026-04-08', -1)).toBe('2026-04-07');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
  it('lists month starts inclusively', () => {
    expect(monthStarts('2025-11-15', '2026-02-03')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });
  it('rejects a date that is not valid for its precision', () => {
    expect(preciseDateSchema.safeParse({ date: '2025-02-30', precision: 'day' }).success).toBe(
      false,
    );
    expect(preciseDateSchema.safeParse({ date: '2025-04-05', precision: 'month' }).success).toBe(
      false,
    );
    expect(preciseDateSchema.safeParse({ date: '2025-13', precision: 'month' }).success).toBe(
      false,
    );
    expect(preciseDateSchema.safeParse({ date: '2024-02-29', precision: 'day' }).success).toBe(
      true,
    );
  });
});

describe('dayNumber', () => {
  const byDate = (iso: string) => {
    const d = iso.length >= 10 ? Number(iso.slice(8, 10)) : 1;
    return Math.round(
      Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, d) / 86_400_000,
    );
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  it('counts days as Date.UTC does, for days and months of any year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 31 }),
        fc.boolean(),
        (y, m, d, monthOnly) => {
          const iso = monthOnly
            ? `${pad(y, 4)}-${pad(m, 2)}`
            : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(dayNumber(iso)).toBe(byDate(iso));
        },
      ),
      fcRuns(500),
    );
  });
  it('keeps the general rule for what is not a plain date', () => {
    for (const iso of ['0099-01-01', '2026-13-01', '2026-00-10', 'abcd-01-01', '2026-1-5']) {
      expect(dayNumber(iso)).toEqual(byDate(iso));
    }
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1);
  });
});
