// Every fault of the bundled data service against every endpoint (and all at once), on every
// route: each cell must end as a clear message with Retry, an honest empty state, or a page the
// fault does not touch. Anything else (a page that changed without a word, or one that never
// stops loading) is a silent failure and fails the journey.
import { assert, BASE, newPage, waitForWorker } from '../harness.mjs';

const ROUTES = [
  '/',
  '/providers',
  '/providers/meta',
  '/models',
  '/models/llama-3.1',
  '/timeline',
  '/portfolio',
  '/scenarios',
  '/reports',
  '/methodology',
  '/settings',
  '/data',
  '/no-such-page',
];
const FAULTS = ['500', 'timeout', 'malformed', 'invalid', 'empty'];
const TARGETS = ['meta', 'providers', 'models', 'events', 'all'];
/** The slow-answer notice comes after 4 s; a cell that shows nothing by then is stuck. */
const CELL_LIMIT_MS = 9000;
const PARALLEL = 3;

const TODAY = 'today=2026-11-26';

/** What the page shows now: the main text, and whether it offers a Retry or says it is empty. */
async function snapshot(page) {
  return page.evaluate(() => {
    const retryButtons = [...document.querySelectorAll('[role="alert"] button, .slow-notice button')].filter((b) =>
      /^Retry/.test(b.textContent?.trim() ?? ''),
    );
    const main = document.querySelector('main');
    return {
      // The static shell is replaced by the app, and the app has no request in flight.
      ready: document.getElementById('shell-h1') === null && main?.getAttribute('aria-busy') === 'false',
      retry: retryButtons.length > 0,
      empty: document.querySelector('main .panel--empty') !== null,
      loading: document.querySelector('main .skeleton') !== null,
      text: (main?.innerText ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Open `url` and watch it until it offers Retry, or stops changing, or runs out of time. */
async function settle(page, url) {
  await page.goto(url);
  const started = Date.now();
  let last = null;
  let stableSince = Date.now();
  for (;;) {
    await page.waitForTimeout(200);
    const now = await snapshot(page);
    if (now.retry) return { ...now, outcome: 'clear' };
    if (last === null || now.text !== last.text || now.loading || !now.ready) stableSince = Date.now();
    last = now;
    if (now.ready && !now.loading && Date.now() - stableSince >= 500) return { ...now, outcome: 'settled' };
    if (Date.now() - started > CELL_LIMIT_MS) return { ...now, outcome: 'stuck' };
  }
}

export default [
  {
    name: 'the fault matrix: every cell is a clear message with Retry, an honest empty state, or unaffected',
    async run(browser) {
      const { context, page } = await newPage(browser);
      await page.goto(`${BASE}/?mock=latency:0&${TODAY}`);
      await waitForWorker(page);

      const baseline = new Map();
      for (const route of ROUTES) {
        const s = await settle(page, `${BASE}${route}?mock=latency:0&${TODAY}`);
        assert(s.outcome === 'settled', `baseline of ${route} did not settle (${s.outcome})`);
        baseline.set(route, s.text);
      }

      const cells = [];
      for (const route of ROUTES)
        for (const fault of FAULTS)
          for (const target of TARGETS) cells.push({ route, fault, target });

      const counts = { tried: 0, clear: 0, empty: 0, unaffected: 0, silent: 0 };
      const silent = [];
      const pages = [page];
      for (let i = 1; i < PARALLEL; i++) pages.push(await context.newPage());
      let next = 0;
      await Promise.all(
        pages.map(async (p) => {
          while (next < cells.length) {
            const cell = cells[next++];
            const mock = cell.target === 'all' ? `fault:${cell.fault}` : `fault:${cell.fault}@${cell.target}`;
            const s = await settle(p, `${BASE}${cell.route}?mock=latency:0&mock=${mock}&${TODAY}`);
            counts.tried += 1;
            if (s.outcome === 'clear') counts.clear += 1;
            else if (s.outcome === 'settled' && s.empty) counts.empty += 1;
            else if (s.outcome === 'settled' && s.text === baseline.get(cell.route)) counts.unaffected += 1;
            else {
              counts.silent += 1;
              silent.push(`${cell.route} ${mock}: ${s.outcome === 'stuck' ? 'never stopped loading' : 'changed without a word'}`);
            }
          }
        }),
      );
      console.log(
        `    fault matrix: ${counts.tried} cells tried, ${counts.clear} clear errors with Retry, ` +
          `${counts.empty} honest empty states, ${counts.unaffected} unaffected, ${counts.silent} silent`,
      );
      assert(counts.tried === ROUTES.length * FAULTS.length * TARGETS.length, 'not every cell was tried');
      assert(silent.length === 0, `silent cells:\n${silent.join('\n')}`);
      await context.close();
    },
  },
];
