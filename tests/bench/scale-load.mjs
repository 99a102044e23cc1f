// The load at scale (issue 12): in Chromium with `?mock=scale:100000`, for the catalog, the
// Overview, the Providers page and the timeline, the time from navigation to the first data on
// screen, the longest main-thread task until then, and the JS heap after; on the Overview, the
// time from a click on an as-of pick to the redrawn ranking. Median of SCALE_RUNS runs (default
// 3) per page, each in a fresh browser context. Needs a build in dist/ (`npm run build`); prints
// `name: value unit` lines, which tests/bench/scale-suite.ts reads.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';

if (!existsSync('dist/index.html')) {
  console.log('scale.load: skipped (no build)');
  process.exit(0);
}
process.env.E2E_PORT ??= '4183';
const { BASE, launch, newPage, startPreview } = await import('../e2e/harness.mjs');

const RUNS = Number(process.env.SCALE_RUNS ?? 3);
const QUERY = 'mock=scale:100000&mock=latency:0&today=2026-11-26';
/** Each page, and what on it is its first data. */
const PAGES = [
  { key: 'catalog', path: '/models', selector: '[data-testid="result-count"]' },
  { key: 'overview', path: '/', selector: '.hbar__row' },
  { key: 'providers', path: '/providers', selector: '.data-table tbody tr' },
  { key: 'timeline', path: '/timeline', selector: '.tl-toolbar' },
];

/** Installed before the page's own code: long tasks, and the time the selector first matches. */
function observe(selector) {
  const w = /** @type {any} */ (window);
  w.__scale = { tasks: [], first: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__scale.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (w.__scale.first === 0 && document.querySelector(selector)) {
      // The frame that paints it.
      requestAnimationFrame(() => {
        if (w.__scale.first === 0) w.__scale.first = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function loadOnce(browser, { path, selector }) {
  const { context, page, problems } = await newPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(observe, selector);
  await page.goto(`${BASE}${path}?${QUERY}`);
  await page.waitForFunction(() => /** @type {any} */ (window).__scale.first > 0, null, {
    timeout: 300_000,
    polling: 100,
  });
  // Let the page settle, then read what happened until the first data.
  await page.waitForTimeout(1000);
  const { first, tasks } = await page.evaluate(() => /** @type {any} */ (window).__scale);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const longest = Math.max(0, ...tasks.filter(([start]) => start <= first).map(([, d]) => d));
  let asOf = null;
  if (path === '/') asOf = await asOfChange(page);
  if (problems.length) throw new Error(problems.join('\n'));
  await context.close();
  return { first, longest, heap: heap / 1e6, asOf };
}

/** The time from a click on an as-of pick to the frame after the ranking changed. */
async function asOfChange(page) {
  const times = [];
  for (const name of ['Before Muse Spark', 'Today', 'Before Muse Spark', 'Today']) {
    await page.evaluate((name) => {
      const w = /** @type {any} */ (window);
      const main = document.querySelector('main');
      const before = document.querySelector('.hbar')?.textContent;
      if (!main || before === undefined) throw new Error('no ranking on screen');
      w.__asof = { t0: 0, t1: 0 };
      // The ranking may be drawn anew rather than changed in place: watch the whole page.
      const mo = new MutationObserver(() => {
        const now = document.querySelector('.hbar')?.textContent;
        if (w.__asof.t0 === 0 || w.__asof.t1 !== 0 || now === undefined || now === before) return;
        mo.disconnect();
        requestAnimationFrame(() => {
          if (w.__asof.t1 === 0) w.__asof.t1 = performance.now();
        });
      });
      mo.observe(main, { childList: true, subtree: true, characterData: true });
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
      button?.addEventListener('click', () => (w.__asof.t0 = performance.now()), {
        capture: true,
        once: true,
      });
    }, name);
    await page.getByRole('button', { name, exact: true }).click();
    await page.waitForFunction(() => /** @type {any} */ (window).__asof.t1 > 0, null, {
      timeout: 60_000,
    });
    times.push(
      await page.evaluate(
        () => /** @type {any} */ (window).__asof.t1 - /** @type {any} */ (window).__asof.t0,
      ),
    );
    await page.waitForTimeout(300);
  }
  return median(times);
}

const server = await startPreview();
const browser = await launch();
try {
  // SCALE_PAGES=catalog,overview runs only those pages.
  const only = process.env.SCALE_PAGES?.split(',');
  for (const p of PAGES.filter((page) => !only || only.includes(page.key))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const load = loadavg()[0];
      const r = await loadOnce(browser, p);
      runs.push(r);
      console.error(
        `${p.key} run ${i + 1}: first data ${r.first.toFixed(0)} ms, longest task ${r.longest.toFixed(0)} ms, heap ${r.heap.toFixed(0)} MB${r.asOf === null ? '' : `, as-of change ${r.asOf.toFixed(0)} ms`} (load ${load.toFixed(1)})`,
      );
    }
    console.log(`scale.${p.key}_load_100k_ms: ${median(runs.map((r) => r.first)).toFixed(0)} ms`);
    console.log(
      `scale.${p.key}_load_longest_task_ms: ${median(runs.map((r) => r.longest)).toFixed(0)} ms`,
    );
    console.log(`scale.${p.key}_load_heap_mb: ${median(runs.map((r) => r.heap)).toFixed(0)} MB`);
    if (p.path === '/')
      console.log(
        `scale.overview_asof_change_100k_ms: ${median(runs.map((r) => r.asOf)).toFixed(0)} ms`,
      );
  }
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    server.kill();
  }
}
