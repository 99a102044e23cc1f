import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/domain/dates';
import type { ServedGradeSet } from '@/domain/schema/model-openness';
import { opennessMoves, type MovingModel } from '@/domain/timeline/openness-moves';
import { dataset } from '@mocks/data/dataset';

const ALL = {
  providers: [],
  directions: [],
  fromDay: dayNumber('2023-01-01'),
  toDay: dayNumber('2027-12-31'),
};

describe('opennessMoves', () => {
  it('lists the dated grade changes of the bundled data, newest first, with the score before and after', () => {
    const moves = opennessMoves(dataset.models, ALL);
    expect(moves.map((m) => `${m.from.date} ${m.modelId} ${m.direction}`)).toEqual([
      '2025-09-17 deepseek-r1 toward-open',
      '2025-08-23 grok-2 toward-open',
      '2025-01-08 phi-4 toward-open',
    ]);
    const grok = moves[1];
    expect(grok?.changes.map((c) => `${c.key} ${c.before}→${c.after}`)).toEqual([
      'endWeights closed→open',
      'package closed→open',
      'license closed→partial',
    ]);
    // end weights and package open (1 point each), the license partial (0.5): 2.5 of 14 points.
    expect((grok?.scoreAfter ?? 0) - (grok?.scoreBefore ?? 0)).toBeCloseTo((100 * 2.5) / 14, 9);
  });

  it('keeps only the providers, directions and dates asked for', () => {
    expect(
      opennessMoves(dataset.models, { ...ALL, providers: ['xai'] }).map((m) => m.modelId),
    ).toEqual(['grok-2']);
    expect(opennessMoves(dataset.models, { ...ALL, directions: ['toward-closed'] })).toEqual([]);
    expect(
      opennessMoves(dataset.models, {
        ...ALL,
        fromDay: dayNumber('2025-08-23'),
        toDay: dayNumber('2025-08-23'),
      }).map((m) => m.modelId),
    ).toEqual(['grok-2']);
  });

  it('calls a set of changes that lowers the score a move toward closed, with the components that closed', () => {
    const grok = dataset.models.find((m) => m.id === 'grok-2');
    if (!grok?.openness) throw new Error('grok-2 not graded');
    const open = grok.openness.history.at(-1) as ServedGradeSet;
    // The same model, its weights withdrawn a year later: the open set, then one with them closed.
    const withdrawn: ServedGradeSet = {
      from: { date: '2026-08-23', precision: 'day' },
      components: {
        ...open.components,
        endWeights: { ...open.components.endWeights, grade: 'closed' },
        package: { ...open.components.package, grade: 'closed' },
      },
    };
    const model: MovingModel = {
      ...grok,
      openness: { ...grok.openness, history: [...grok.openness.history, withdrawn] },
    };
    const [latest] = opennessMoves([model], ALL);
    expect(latest?.from.date).toBe('2026-08-23');
    expect(latest?.direction).toBe('toward-closed');
    expect(latest?.changes.map((c) => `${c.key} ${c.after}`)).toEqual([
      'endWeights closed',
      'package closed',
    ]);
    expect((latest?.scoreAfter ?? 0) - (latest?.scoreBefore ?? 0)).toBeCloseTo(-(100 * 2) / 14, 9);
  });
});
