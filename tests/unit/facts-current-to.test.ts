import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsCurrentTo } from '@/domain/evidence/facts-current-to';
import type { RiskEvent } from '@/domain/schema/event';
import type { PreciseDate } from '@/domain/schema/precise-date';
import { dataset } from '@mocks/data/dataset';
import { withSynthetic } from '@mocks/data/synthetic';
import { fcRuns } from '../fc-runs';

const day = (date: string): PreciseDate => ({ date, precision: 'day' });
const month = (date: string): PreciseDate => ({ date, precision: 'month' });

const base = dataset.events.find((e) => e.id === 'cohere-2026-05-20-apache');
if (!base) throw new Error('the Command A+ event is missing from the data set');
const event = (date: PreciseDate, extra: Partial<RiskEvent> = {}): RiskEvent => ({
  ...base,
  id: `test-${date.date}`,
  date,
  ...extra,
});
const only = (events: RiskEvent[], compiledOn = '2026-11-26') =>
  factsCurrentTo({ compiledOn, models: [], events });

describe('factsCurrentTo', () => {
  it('finds May 20, 2026 in the bundled data, not the compile date', () => {
    // Command A+ (model and event) is the newest fact; the EU's 2026-08-02 deadline is before the
    // compile date but still marked scheduled, so it does not count.
    expect(dataset.compiledOn).toBe('2026-11-26');
    expect(factsCurrentTo(dataset)).toEqual(day('2026-05-20'));
  });

  it('skips scheduled and hypothetical events', () => {
    expect(
      only([
        event(day('2026-05-20')),
        event(day('2026-08-02'), { scheduled: true }),
        event(day('2026-09-01'), { hypothetical: true }),
      ]),
    ).toEqual(day('2026-05-20'));
  });

  it('skips anything dated after the compile date', () => {
    expect(only([event(day('2026-05-20')), event(day('2026-11-27'))])).toEqual(day('2026-05-20'));
    expect(only([event(day('2026-11-26'))])).toEqual(day('2026-11-26'));
  });

  it('counts a month from its first day, and prefers the day on a tie', () => {
    expect(only([event(day('2026-05-20')), event(month('2026-06'))])).toEqual(month('2026-06'));
    expect(only([event(month('2026-05')), event(day('2026-05-20'))])).toEqual(day('2026-05-20'));
    expect(only([event(month('2026-06')), event(day('2026-06-01'))])).toEqual(day('2026-06-01'));
    // A month that starts after the compile date has not begun.
    expect(only([event(day('2026-11-02')), event(month('2026-12'))])).toEqual(day('2026-11-02'));
  });

  it('counts model releases too', () => {
    const model = dataset.models.find((m) => m.id === 'command-a-plus');
    if (!model) throw new Error('the Command A+ model is missing from the data set');
    expect(
      factsCurrentTo({
        compiledOn: '2026-11-26',
        models: [model],
        events: [event(day('2026-01-05'))],
      }),
    ).toEqual(day('2026-05-20'));
  });

  it('is null for a data set without dated facts', () => {
    expect(only([])).toBeNull();
    expect(only([event(day('2026-08-02'), { scheduled: true })])).toBeNull();
  });

  it('picks the fact a comparison of every date with every other would pick (the rule as stated)', () => {
    // The rule, read literally: every date that qualifies, the newest, a day over its month.
    const reference = (data: Parameters<typeof factsCurrentTo>[0]) => {
      const dates: PreciseDate[] = [];
      for (const e of data.events) if (!e.scheduled && !e.hypothetical) dates.push(e.date);
      for (const m of data.models) {
        dates.push(m.release);
        for (const entry of [...m.opennessHistory, ...m.statusHistory])
          if (entry.eventId === null) dates.push(entry.from);
      }
      const first = (d: PreciseDate) => (d.precision === 'month' ? `${d.date}-01` : d.date);
      const ok = dates.filter((d) => first(d) <= data.compiledOn);
      let newest: PreciseDate | null = null;
      for (const d of ok) {
        if (
          newest === null ||
          first(d) > first(newest) ||
          (first(d) === first(newest) && d.precision === 'day' && newest.precision === 'month')
        )
          newest = d;
      }
      return newest;
    };
    const data = withSynthetic(dataset, 300);
    fc.assert(
      fc.property(
        fc.subarray(data.models, { maxLength: 12 }),
        fc.subarray(data.events, { maxLength: 12 }),
        fc.constantFrom('2023-06-30', '2025-01-01', '2026-04-08', '2026-11-26', '2027-12-31'),
        (models, events, compiledOn) => {
          const slice = { compiledOn, models, events };
          expect(factsCurrentTo(slice)).toBe(reference(slice));
        },
      ),
      fcRuns(1000),
    );
  });
});
