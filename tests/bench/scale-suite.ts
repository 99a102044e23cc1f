import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchFigure, BenchSuite } from './harness';

/**
 * The load at 100,000 models in Chromium (issue 12, ADR 0013): tests/bench/scale-load.mjs
 * against the build in dist/, one figure per line (`scale.<page>_load_100k_ms`,
 * `_load_longest_task_ms`, `_load_heap_mb`, and `scale.overview_asof_change_100k_ms`). Slow:
 * each page loads 100,000 models three times (SCALE_RUNS sets how many).
 */
export const scaleSuite: BenchSuite = {
  name: 'scale',
  run(): BenchFigure[] {
    const script = fileURLToPath(new URL('./scale-load.mjs', import.meta.url));
    const out = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 1_800_000 });
    if (out.stderr) process.stderr.write(out.stderr);
    const figures: BenchFigure[] = [];
    for (const line of out.stdout.split('\n')) {
      const match = /^(scale\.[a-z0-9_]+): ([\d.]+) (\S+)$/.exec(line.trim());
      if (match?.[1] && match[2] && match[3]) {
        figures.push({ name: match[1], value: Number(match[2]), unit: match[3] });
      }
    }
    if (figures.length === 0) {
      console.log(
        `scale: no figures (${(out.stderr || out.stdout).trim().split('\n').slice(-3).join(' ')})`,
      );
    }
    return figures;
  },
};
