/*
 * How many cases each fast-check property runs, set by one environment variable, FC_RUNS: the
 * count for a full-size property. `npm run test:nightly` sets it to 1,000, the count the
 * properties were written with; `npm test` uses DEFAULT_FC_RUNS so the gate stays fast. Every
 * property still runs in both; only the number of generated cases changes.
 */

/** The full-size count of the nightly run: each property then runs exactly its `nightlyRuns`. */
export const NIGHTLY_FC_RUNS = 1000;
/** The full-size count when FC_RUNS is not set (`npm test`). */
export const DEFAULT_FC_RUNS = 100;

function readRuns(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_FC_RUNS;
  const n = Number(raw);
  // A typo must not quietly fall back to the small count.
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`FC_RUNS must be a positive integer, not "${raw}".`);
  return n;
}

/** The full-size count of this run (FC_RUNS, or DEFAULT_FC_RUNS). */
export const FC_RUNS = readRuns(process.env.FC_RUNS);

/**
 * fast-check parameters for a property that runs `nightlyRuns` cases at full size (its count as
 * written: 1,000 for a typical property, fewer for costly cases, more for cheap ones), scaled by
 * FC_RUNS / 1,000; never fewer than `min` (default 1), for a test whose own checks need that many
 * cases (one that counts how often each branch was taken, say).
 */
export function fcRuns(
  nightlyRuns: number,
  { min = 1 }: { min?: number } = {},
): { numRuns: number } {
  return { numRuns: Math.max(min, Math.round((nightlyRuns * FC_RUNS) / NIGHTLY_FC_RUNS)) };
}
