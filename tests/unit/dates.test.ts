import { describe, expect, it } from 'vitest';
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
    expect(preciseDateSchema.safeParse({ date: '2025-02-30', precision: 'day' }).success).toBe(false);
    expect(preciseDateSchema.safeParse({ date: '2025-04-05', precision: 'month' }).success).toBe(false);
    expect(preciseDateSchema.safeParse({ date: '2025-13', precision: 'month' }).success).toBe(false);
    expect(preciseDateSchema.safeParse({ date: '2024-02-29', precision: 'day' }).success).toBe(true);
  });
});
