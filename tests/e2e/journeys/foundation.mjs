import { assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const ROUTES = ['/', '/changes', '/providers', '/providers/meta', '/models', '/timeline', '/portfolio', '/scenarios', '/reports', '/data', '/data?view=event', '/data?view=import', '/data?view=transfer', '/methodology', '/settings', '/no-such-page'];

export default [
  {
    name: 'the worker controls the page and the Providers page lists 16 providers',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(`${BASE}/providers?mock=latency:0`);
      await waitForWorker(page);
      await page.getByRole('link', { name: 'Meta', exact: true }).waitFor();
      const rows = await page.locator('main table tbody tr').count();
      assert(rows === 16, `expected 16 provider rows, saw ${rows}`);
      const h1 = await page.getByRole('heading', { level: 1 }).textContent();
      assert(h1 === 'Providers', `unexpected heading ${h1}`);
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'with ?mock=fault:500:once the error state shows and Retry recovers',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(`${BASE}/providers?mock=latency:0&mock=fault:500:once@providers`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert((await alert.textContent()).includes('Providers could not be loaded'), 'error title missing');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.getByRole('link', { name: 'Meta', exact: true }).waitFor();
      assert((await page.getByRole('alert').count()) === 0, 'error still shown after retry');
      // The browser logs the failed request itself; only our own errors count.
      const own = problems.filter((p) => !p.includes('Failed to load resource'));
      assert(own.length === 0, own.join('\n'));
      await context.close();
    },
  },
  {
    name: "when the app's code cannot load, the shell says so and offers Reload",
    async run(browser) {
      const { context, page } = await newPage(browser);
      // The boot module fails to arrive, as it would offline or after a new release.
      await page.route('**/assets/boot-*.js', (route) => route.abort());
      await page.goto(`${BASE}/?mock=latency:0`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert((await alert.textContent()).includes('The app could not load'), 'load failure not shown');
      assert((await page.getByRole('heading', { level: 1 }).textContent()) === 'Provider risk overview', 'shell heading lost');
      await page.unroute('**/assets/boot-*.js');
      await alert.getByRole('button', { name: 'Reload' }).click();
      await page.getByRole('link', { name: 'Anthropic' }).first().waitFor();
      assert((await page.getByRole('alert').count()) === 0, 'the failure notice stayed after the reload');
      await context.close();
    },
  },
  {
    name: 'axe-core finds zero violations on every route, and no console errors',
    async run(browser) {
      const { context, page: first, problems } = await newPage(browser);
      await first.goto(`${BASE}/?mock=latency:0`);
      await waitForWorker(first);
      const failures = [];
      // Each route in a tab of its own, opened fresh (as a user's link or bookmark would): going
      // from one heavy page straight to the next sometimes swaps Chromium's renderer mid-goto,
      // which Playwright reports as a navigation interrupted by the page being left.
      for (const route of ROUTES) {
        const page = await context.newPage();
        page.on('console', (msg) => {
          if (msg.type() === 'error') problems.push(`${route}: console.error: ${msg.text()}`);
        });
        page.on('pageerror', (err) => problems.push(`${route}: page error: ${err.message}`));
        await page.goto(`${BASE}${route}${route.includes('?') ? '&' : '?'}mock=latency:0`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${route}:\n  ${violations.join('\n  ')}`);
        await page.close();
      }
      assert(failures.length === 0, failures.join('\n'));
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'at 375 px the navigation folds into a menu that works by keyboard',
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { viewport: { width: 375, height: 800 } });
      await page.goto(`${BASE}/providers?mock=latency:0`);
      await page.getByRole('link', { name: 'Meta', exact: true }).waitFor();
      const menu = page.getByRole('button', { name: 'Menu' });
      assert(await menu.isVisible(), 'menu button not visible at 375 px');
      assert(!(await page.getByRole('link', { name: 'Timeline' }).isVisible()), 'navigation should be folded');
      await menu.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: 'Timeline' }).click();
      await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 0, `page overflows horizontally by ${overflow}px at 375 px`);
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
];
