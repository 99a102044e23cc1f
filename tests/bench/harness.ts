/** One printed figure: `name: value unit`. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

/** A group of figures sharing one setup (data generation is not timed). */
export interface BenchSuite {
  name: string;
  run: () => Promise<BenchFigure[]> | BenchFigure[];
}

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
}

// Results go here so the engine cannot optimise the measured work away.
export const sink: unknown[] = [];

/** Median wall time in milliseconds of `fn` over `runs` runs after `warmup` untimed ones. */
export function medianMs(fn: () => unknown, { warmup = 2, runs = 7 }: MeasureOptions = {}): number {
  for (let i = 0; i < warmup; i++) sink[0] = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink[0] = fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Median wall time in milliseconds of each function, measured in interleaved rounds (one run of
 * each per round) so that a change of machine load hits every figure alike and ratios hold.
 */
export function interleavedMedians<K extends string>(
  fns: Record<K, () => unknown>,
  { warmup = 2, runs = 7 }: MeasureOptions = {},
): Record<K, number> {
  const keys = Object.keys(fns) as K[];
  const times = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const k of keys) {
      const start = performance.now();
      sink[0] = fns[k]();
      const elapsed = performance.now() - start;
      if (round >= warmup) times.get(k)?.push(elapsed);
    }
  }
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = median(times.get(k) ?? []);
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** `name: value unit`, with a precision that suits the magnitude. */
export function formatFigure(f: BenchFigure): string {
  const digits = Math.abs(f.value) >= 100 ? 0 : Math.abs(f.value) >= 10 ? 1 : 2;
  return `${f.name}: ${f.value.toFixed(digits)} ${f.unit}`;
}
