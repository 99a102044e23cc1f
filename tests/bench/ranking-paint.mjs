// When the Overview's first data paints under the throttling Lighthouse's mobile preset applies
// in its "devtools" mode (issue 12), on Lighthouse's phone screen (412 x 823, where the headline
// figures are the data in view and the ranking is below them) and on a desktop screen (1440 x 900,
// the ranking in view): CPU 4x slower, 562.5 ms round trips, 1.6 Mbps
// down and 750 kbps up. `node tests/bench/ranking-paint.mjs [runs]` against the build in dist/
// (served by vite preview on E2E_PORT, default 4173); prints each run and the median per URL.
// Not part of `npm run bench` (about 15 s a run).
import { loadavg } from 'node:os';

process.env.E2E_PORT ??= '4173';
const { BASE, launch, newPage, startPreview } = await import('../e2e/harness.mjs');

const runs = Number(process.argv[2] ?? 3);
const URLS = ['/?mock=latency:0', '/?mock=latency:0&today=2027-03-01'];
const SCREENS = [
  {
    name: 'phone, headline figures',
    viewport: { width: 412, height: 823 },
    isMobile: true,
    selector: '.headline__item',
  },
  {
    name: 'desktop, ranking',
    viewport: { width: 1440, height: 900 },
    isMobile: false,
    selector: '.hbar__row',
  },
];

/** Installed before the page's code: the time of the frame that first paints the ranking. */
function observe(selector) {
  const w = /** @type {any} */ (window);
  w.__ranking = 0;
  const check = () => {
    if (w.__ranking === 0 && document.querySelector(selector)) {
      requestAnimationFrame(() => {
        if (w.__ranking === 0) w.__ranking = performance.now();
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

const server = await startPreview().catch(() => null); // an already running preview will do
const browser = await launch();
try {
  for (const url of URLS)
    for (const screen of SCREENS) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const { context, page, problems } = await newPage(browser, {
          viewport: screen.viewport,
          isMobile: screen.isMobile,
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 562.5,
          downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
          uploadThroughput: (750 * 1024 * 0.9) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.addInitScript(observe, screen.selector);
        await page.goto(`${BASE}${url}`);
        await page.waitForFunction(() => /** @type {any} */ (window).__ranking > 0, null, {
          timeout: 120_000,
          polling: 100,
        });
        const t = await page.evaluate(() => /** @type {any} */ (window).__ranking);
        times.push(t);
        console.log(
          `${url} ${screen.name} run ${i + 1}: painted at ${(t / 1000).toFixed(2)} s (load ${loadavg()[0].toFixed(1)})${problems.length ? ` problems: ${problems.join('; ')}` : ''}`,
        );
        await context.close();
      }
      console.log(
        `${url} ${screen.name} median of ${runs}: ${(median(times) / 1000).toFixed(2)} s`,
      );
    }
} finally {
  await browser.close();
  // A preview already running on the port answers instead of ours, which then exits.
  if (server && server.exitCode === null) process.kill(-server.pid);
}
