import { describe, expect, it } from 'vitest';
import { checkTargets, formatVerdicts, TARGETS, type BenchTarget } from '../bench/targets';

const RATIO: BenchTarget = {
  name: 'risk.score_over_baseline_ratio',
  max: 5,
  unit: 'x',
  source: 'issue 3',
};
const KEYSTROKE: BenchTarget = {
  name: 'catalog.keystroke_100k_ms',
  max: 50,
  unit: 'ms',
  source: 'issue 5',
};

describe('bench targets', () => {
  it('meets a target at or under its maximum and misses one above it', () => {
    const at = checkTargets([{ name: RATIO.name, value: 5, unit: 'x' }], [RATIO]);
    const over = checkTargets([{ name: RATIO.name, value: 5.01, unit: 'x' }], [RATIO]);
    expect(at.map((v) => v.met)).toEqual([true]);
    expect(over.map((v) => [v.value, v.met])).toEqual([[5.01, false]]);
  });

  it('misses a target whose figure was not measured or is not a number', () => {
    const verdicts = checkTargets(
      [{ name: RATIO.name, value: Number.NaN, unit: 'x' }],
      [RATIO, KEYSTROKE],
    );
    expect(verdicts.map((v) => [v.target.name, v.value, v.met])).toEqual([
      [RATIO.name, null, false],
      [KEYSTROKE.name, null, false],
    ]);
  });

  it('names every missed figure in the summary line', () => {
    const verdicts = checkTargets(
      [
        { name: RATIO.name, value: 3.6, unit: 'x' },
        { name: KEYSTROKE.name, value: 61.2, unit: 'ms' },
      ],
      [RATIO, KEYSTROKE],
    );
    const lines = formatVerdicts(verdicts);
    expect(lines[0]).toMatch(/^ {2}met {4}risk\.score_over_baseline_ratio: 3\.60 x \(target ≤ 5 x/);
    expect(lines[1]).toMatch(/^ {2}MISSED catalog\.keystroke_100k_ms: 61\.2 ms \(target ≤ 50 ms/);
    expect(lines[2]).toBe('bench: 1 of 2 targets missed: catalog.keystroke_100k_ms');
  });

  it('holds the targets the issues set, one per figure', () => {
    expect(Object.fromEntries(TARGETS.map((t) => [t.name, t.max]))).toEqual({
      'risk.score_over_baseline_ratio': 5,
      'risk.trend_over_score_ratio': 3,
      'catalog.filter_over_baseline_ratio': 2,
      'catalog.keystroke_100k_ms': 50,
      'alerts.evaluate_over_score_ratio': 3,
    });
  });
});
