// Lighthouse (mobile, simulated throttling) on the landing page at both dates of issue 12:
// `node tests/bench/landing-lighthouse.mjs [runs]` against a build in dist/ served by vite preview
// on E2E_PORT (default 4173). Prints one line per run and the medians per URL. Needs Chromium at
// CHROME_PATH (default /usr/bin/chromium). Slow (about 20 s a run); not part of `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const port = Number(process.env.E2E_PORT ?? 4173);
const urls = [`/?mock=latency:0`, `/?mock=latency:0&today=2027-03-01`];
const dir = mkdtempSync(join(tmpdir(), 'lh-'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

for (const path of urls) {
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const out = join(dir, `run-${rows.length}-${Math.random().toString(36).slice(2)}.json`);
    const load = loadavg()[0].toFixed(2);
    execFileSync(
      'npx',
      [
        'lighthouse',
        `http://127.0.0.1:${port}${path}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const a = r.audits;
    const lcpEl =
      a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '?';
    const row = {
      perf: r.categories.performance.score,
      a11y: r.categories.accessibility.score,
      bp: r.categories['best-practices'].score,
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      si: a['speed-index'].numericValue,
      load,
    };
    rows.push(row);
    console.log(
      `${path} run ${i + 1}: perf ${row.perf} a11y ${row.a11y} bp ${row.bp} FCP ${row.fcp.toFixed(0)} LCP ${row.lcp.toFixed(0)} TBT ${row.tbt.toFixed(0)} SI ${row.si.toFixed(0)} load ${load} LCP element ${lcpEl.slice(0, 90)}`,
    );
  }
  console.log(
    `${path} median of ${runs}: perf ${median(rows.map((r) => r.perf))} a11y ${median(rows.map((r) => r.a11y))} bp ${median(rows.map((r) => r.bp))} LCP ${median(rows.map((r) => r.lcp)).toFixed(0)} ms TBT ${median(rows.map((r) => r.tbt)).toFixed(0)} ms`,
  );
}
