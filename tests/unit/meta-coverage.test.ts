import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePrecise } from '@/domain/dates';
import type { Dataset } from '@/domain/schema/dataset';
import type { PreciseDate } from '@/domain/schema/precise-date';
import { coverage } from '@mocks/handlers/meta';
import { fcRuns } from '../fc-runs';

// Few distinct days, so that equal dates (which one comes first or last?) are common.
const preciseDate = fc
  .record({
    year: fc.integer({ min: 2025, max: 2026 }),
    month: fc.integer({ min: 1, max: 3 }),
    day: fc.integer({ min: 1, max: 2 }),
    byMonth: fc.boolean(),
  })
  .map(({ year, month, day, byMonth }): PreciseDate => {
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    return byMonth
      ? { date: ym, precision: 'month' }
      : { date: `${ym}-${String(day).padStart(2, '0')}`, precision: 'day' };
  });

function dataOf(releases: PreciseDate[], eventDates: PreciseDate[]): Dataset {
  return {
    compiledOn: '2026-11-26',
    models: releases.map((release) => ({ release })),
    events: eventDates.map((date) => ({ date })),
  } as unknown as Dataset;
}

describe('the coverage /meta reports', () => {
  it('is the first and the last dated fact of a stable sort by date, the very objects', () => {
    fc.assert(
      fc.property(
        fc.array(preciseDate, { maxLength: 40 }),
        fc.array(preciseDate, { maxLength: 10 }),
        (releases, eventDates) => {
          const sorted = [...releases, ...eventDates].sort(comparePrecise);
          const { first, last } = coverage(dataOf(releases, eventDates));
          if (sorted.length === 0) {
            expect(first).toEqual({ date: '2026-11-26', precision: 'day' });
            expect(last).toBe(first);
          } else {
            expect(first).toBe(sorted[0]);
            expect(last).toBe(sorted[sorted.length - 1]);
          }
        },
      ),
      fcRuns(1000),
    );
  });
});
