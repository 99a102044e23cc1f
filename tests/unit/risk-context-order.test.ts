import { describe, expect, it } from 'vitest';
import { createRiskContext, isActiveAt, opennessIdxAt } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { dayNumber } from '@/domain/dates';
import type { Dataset } from '@/domain/schema/dataset';
import { dataset } from '@mocks/data/dataset';

/** The compiled data with every model's histories listed newest first (as an analyst might). */
function reversedHistories(data: Dataset): Dataset {
  return {
    ...data,
    models: data.models.map((m) => ({
      ...m,
      statusHistory: [...m.statusHistory].reverse(),
      opennessHistory: [...m.opennessHistory].reverse(),
    })),
  };
}

/** True when no two entries of any model's histories share a day (so order alone decides ties). */
function distinctDays(data: Dataset): Dataset {
  const unique = <T extends { from: { date: string } }>(xs: readonly T[]) =>
    xs.filter((x, i) => xs.findIndex((y) => y.from.date === x.from.date) === i);
  return {
    ...data,
    models: data.models.map((m) => ({
      ...m,
      statusHistory: unique(m.statusHistory),
      opennessHistory: unique(m.opennessHistory),
    })),
  };
}

describe('the engine’s indexes do not depend on the order histories are listed in', () => {
  const base = distinctDays(dataset);
  const reversed = reversedHistories(base);

  it('scores every provider the same on several dates', () => {
    const a = createRiskContext(base);
    const b = createRiskContext(reversed);
    for (const date of ['2024-06-01', '2025-06-30', '2026-04-08', '2026-11-26']) {
      const sa = scoreProviders(a, date, DEFAULT_RISK_SETTINGS, { explain: false });
      const sb = scoreProviders(b, date, DEFAULT_RISK_SETTINGS, { explain: false });
      expect(sb.map((s) => [s.providerId, s.risk, s.factors])).toEqual(
        sa.map((s) => [s.providerId, s.risk, s.factors]),
      );
      expect(sa.some((s) => s.risk !== null)).toBe(true);
    }
  });

  it('reads a model with a change of openness at the right date, and points at the listed entry', () => {
    const ctx = createRiskContext(reversed);
    const moved = ctx.models.find((m) => m.model.opennessHistory.length > 1);
    if (moved === undefined) throw new Error('no model with an openness change in the data');
    // Sorted by day although listed newest first; each sorted entry names its listed position.
    expect([...moved.openness.days]).toEqual([...moved.openness.days].sort((x, y) => x - y));
    const last = moved.openness.days.length - 1;
    const entry = moved.model.opennessHistory[moved.openness.entryIdx[last] ?? -1];
    expect(entry && dayNumber(entry.from.date)).toBe(moved.openness.days[last]);
    expect(opennessIdxAt(moved, moved.openness.days[last] ?? 0)).toBe(last);
    // The earliest entry, as read without making the arrays, is the listed last one here.
    expect(moved.firstOpennessEntry).toBe(moved.openness.entryIdx[0]);
    expect(moved.firstOpennessEntry).toBe(moved.model.opennessHistory.length - 1);
  });

  it('retires a model from its own API’s retirement date, whatever the order', () => {
    const ctx = createRiskContext(reversed);
    const retired = ctx.models.find((m) => m.status.retired.includes(true));
    if (retired === undefined) throw new Error('no retired model in the data');
    const day = retired.status.days[retired.status.retired.indexOf(true)] ?? 0;
    expect(isActiveAt(retired, day - 1)).toBe(true);
    expect(isActiveAt(retired, day)).toBe(false);
  });
});

describe('a model listed twice under one id', () => {
  it('is indexed once, as first listed, and scores as if listed once', () => {
    const first = dataset.models.find((m) => m.id === 'gpt-5');
    if (first === undefined) throw new Error('no GPT-5 in the data');
    const copy = {
      ...first,
      name: 'GPT-5 (second listing)',
      release: { date: '2020-01-01', precision: 'day' as const },
    };
    const twice = { ...dataset, models: [...dataset.models, copy] };
    const ctx = createRiskContext(twice);
    const once = createRiskContext(dataset);
    expect(ctx.models.length).toBe(once.models.length);
    expect(ctx.models[ctx.modelIndex.get('gpt-5') ?? -1]?.model.name).toBe(first.name);
    const a = scoreProviders(ctx, '2026-11-26', DEFAULT_RISK_SETTINGS, { explain: false });
    const b = scoreProviders(once, '2026-11-26', DEFAULT_RISK_SETTINGS, { explain: false });
    expect(a.map((x) => [x.providerId, x.risk])).toEqual(b.map((x) => [x.providerId, x.risk]));
  });
});
