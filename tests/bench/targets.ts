import type { BenchFigure } from './harness';

/** The most a figure may be, and the issue that set it. */
export interface BenchTarget {
  name: string;
  max: number;
  unit: string;
  source: string;
}

/**
 * Every figure with a target. `npm run bench` checks those of the suites it ran and exits
 * non-zero when one is missed or was not measured. Add a target here when an issue sets one.
 */
export const TARGETS: BenchTarget[] = [
  {
    name: 'risk.score_over_baseline_ratio',
    max: 5,
    unit: 'x',
    source: 'issue 3: scoring all providers at most 5x a bare pass',
  },
  {
    name: 'risk.trend_over_score_ratio',
    max: 3,
    unit: 'x',
    source: 'issue 3: the 48-month trend a sweep, at most 3x one scoring',
  },
  {
    name: 'catalog.filter_over_baseline_ratio',
    max: 2,
    unit: 'x',
    source: 'issue 5: filter with facets at most 2x a straightforward loop',
  },
  {
    name: 'catalog.keystroke_100k_ms',
    max: 50,
    unit: 'ms',
    source: 'issue 5: a keystroke to the new count at 100,000 models in Chromium',
  },
  {
    name: 'alerts.evaluate_over_score_ratio',
    max: 3,
    unit: 'x',
    source: 'issue 15: all default rules plus 20 user rules at most 3x one scoring of all providers',
  },
];

export interface TargetVerdict {
  target: BenchTarget;
  /** The measured value, or null when the run did not print the figure. */
  value: number | null;
  met: boolean;
}

/** Each target against the figure of the same name; a missing or non-finite figure misses. */
export function checkTargets(
  figures: readonly BenchFigure[],
  targets: readonly BenchTarget[],
): TargetVerdict[] {
  return targets.map((target) => {
    const figure = figures.find((f) => f.name === target.name);
    const value = figure && Number.isFinite(figure.value) ? figure.value : null;
    return { target, value, met: value !== null && value <= target.max };
  });
}

/** One line per verdict, then a summary that names every missed figure. */
export function formatVerdicts(verdicts: readonly TargetVerdict[]): string[] {
  const lines = verdicts.map(({ target, value, met }) => {
    const shown = value === null ? 'not measured' : `${value.toPrecision(3)} ${target.unit}`;
    return `  ${met ? 'met   ' : 'MISSED'} ${target.name}: ${shown} (target ≤ ${target.max} ${target.unit}; ${target.source})`;
  });
  const missed = verdicts.filter((v) => !v.met).map((v) => v.target.name);
  lines.push(
    missed.length === 0
      ? `bench: all ${verdicts.length} targets met`
      : `bench: ${missed.length} of ${verdicts.length} targets missed: ${missed.join(', ')}`,
  );
  return lines;
}
