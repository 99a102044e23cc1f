import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/dates';
import { createRiskContext } from '@/domain/risk/risk-context';
import { splitMove } from '@/domain/risk/move-split';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import {
  HEADLINE_WINDOW_DAYS,
  toHeadline,
  toRiskRanking,
} from '@/features/overview/overview-view-model';
import { dataset } from '@mocks/data/dataset';

// "Biggest mover, last 90 days" must say whether something happened in the window or whether the
// score only decayed: the bundled facts end on 2026-05-20, so the 90 days before the compile date
// hold no event at all.

const ctx = createRiskContext(dataset);
const S = DEFAULT_RISK_SETTINGS;

function headline(asOf: string) {
  const current = scoreProviders(ctx, asOf, S);
  const since = addDays(asOf, -HEADLINE_WINDOW_DAYS);
  return toHeadline({
    ranking: toRiskRanking(current, dataset.providers),
    current,
    earlier: scoreProviders(ctx, since, S, { explain: false }),
    providers: dataset.providers,
    models: dataset.models,
    events: dataset.events,
    split: (id) => splitMove(dataset, id, since, asOf, S, ctx),
    asOf,
  });
}

describe('biggest mover: facts in the window against the decay of older events', () => {
  it('last 90 days before the compile date: no new events, the move is decay only', () => {
    const mover = headline('2026-11-26').mover;
    if (!mover) throw new Error('a mover');
    expect(Math.abs(mover.delta)).toBeGreaterThan(0.5);
    expect(mover.cause.events).toEqual([]);
    expect(mover.cause.newModels).toEqual([]);
    expect(mover.cause.fromNew).toBeCloseTo(0, 9);
    expect(mover.cause.decay).toBeCloseTo(mover.delta, 9);
    expect(mover.cause.summary).toBe('No new events in these 90 days; decay of older events.');
  });

  it('the 90 days around Muse Spark: the launch accounts for the move, decay for the rest', () => {
    const mover = headline('2026-06-01').mover;
    if (!mover) throw new Error('a mover');
    expect(mover.name).toBe('Meta');
    // The event is read from the explanation rows, the release from the data.
    expect(mover.cause.events.map((e) => e.id)).toEqual(['meta-2026-04-08-muse-spark']);
    expect(mover.cause.events[0]?.points ?? 0).toBeGreaterThan(5);
    expect(mover.cause.newModels).toEqual(['Muse Spark']);
    // The parts add up to the move shown, and the new facts carry nearly all of it.
    expect(mover.cause.fromNew + mover.cause.decay).toBeCloseTo(mover.delta, 9);
    expect(mover.cause.fromNew).toBeGreaterThan(20);
    expect(Math.abs(mover.cause.decay)).toBeLessThan(2);
    expect(mover.cause.summary).toMatch(
      /^Events and releases in these 90 days: \+\d+\.\d \(Meta launches closed-weight Muse Spark; Muse Spark released\); decay of older events: [+-]?\d+\.\d\.$/,
    );
  });

  it('splitMove: with nothing dated in the window the score only decays', () => {
    const split = splitMove(dataset, 'anthropic', '2026-08-28', '2026-11-26', S, ctx);
    expect(split).not.toBeNull();
    expect(split?.fromNew).toBeCloseTo(0, 9);
    expect((split?.from ?? 0) + (split?.fromDecay ?? NaN)).toBeCloseTo(split?.to ?? NaN, 9);
  });
});
