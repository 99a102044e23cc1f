import { ARTIFACTS, assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const URL_TODAY = `${BASE}/?mock=latency:0&today=2026-11-26`;

async function metaScore(page) {
  const figure = page.getByRole('figure', { name: 'Platform risk by provider' });
  const toggle = figure.getByRole('button', { name: /Show as table|Hide table/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const row = figure.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Meta', exact: true }) });
  return Number((await row.getByRole('cell').nth(1).textContent()).trim());
}

async function settle(page) {
  await page.getByRole('figure', { name: 'Platform risk over time' }).waitFor();
  await page.waitForLoadState('networkidle');
  // Charts draw as they reach the viewport (ADR 0006): scroll each one in, as a reader would, so
  // screenshots and axe see every chart drawn.
  for (let i = 0; i < 12; i++) {
    const pending = page.locator('.chart__body--pending').first();
    if ((await pending.count()) === 0) break;
    // The chart may draw (and lose the class) between the count and the scroll: then go on.
    await pending.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

export default [
  {
    name: "Overview: Before Muse Spark then Today moves Meta's score; Meta's page shows the Muse Spark contributor and its source",
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(URL_TODAY);
      await waitForWorker(page);
      await page.getByRole('heading', { level: 1, name: 'Provider risk overview' }).waitFor();
      await settle(page);
      await page.getByRole('button', { name: 'Before Muse Spark' }).click();
      await page.waitForURL(/asOf=2026-04-07/);
      await page.getByRole('button', { name: 'Before Muse Spark', pressed: true }).waitFor();
      const before = await metaScore(page);
      await page.getByRole('button', { name: 'Today' }).click();
      await page.waitForURL((u) => !u.search.includes('asOf='));
      let today = await metaScore(page);
      for (let i = 0; i < 50 && today === before; i++) {
        await page.waitForTimeout(100);
        today = await metaScore(page);
      }
      assert(before > 20 && before < 35, `Meta before Muse Spark: ${before}`);
      assert(today - before > 15, `Meta should rise after Muse Spark: ${before} → ${today}`);
      console.log(`    Meta: ${before} before Muse Spark, ${today} today`);

      await page.getByRole('figure', { name: 'Platform risk by provider' }).getByRole('link', { name: 'Meta', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Meta' }).waitFor();
      await page.locator('summary', { hasText: 'Openness' }).click();
      const factor = page.locator('details#factor-openness');
      const muse = factor.getByRole('link', { name: 'Muse Spark', exact: true });
      await muse.waitFor();
      assert((await muse.getAttribute('href')).includes('/models/muse-spark'), 'Muse Spark links to its model');
      const sources = factor.getByRole('list', { name: 'Sources for Muse Spark' }).getByRole('link');
      assert((await sources.count()) > 0, 'Muse Spark has a source link');
      assert((await sources.first().getAttribute('rel')) === 'noopener noreferrer', 'source link rel');
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: `${ARTIFACTS}provider-meta-light.png`, fullPage: false });
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'Overview and Meta page: zero axe violations in light and dark, screenshots 1440x900 (both themes) and 375 px',
    async run(browser) {
      const failures = [];
      for (const colorScheme of ['light', 'dark']) {
        const { context, page, problems } = await newPage(browser, { colorScheme });
        await page.goto(URL_TODAY);
        await settle(page);
        await page.screenshot({ path: `${ARTIFACTS}overview-${colorScheme}.png` });
        await page.screenshot({ path: `${ARTIFACTS}overview-${colorScheme}-full.png`, fullPage: true });
        for (const name of ['Platform risk by provider', 'Platform risk over time']) {
          await page.getByRole('figure', { name }).getByRole('button', { name: 'Show as table' }).click();
        }
        let v = await axeViolations(page);
        if (v.length) failures.push(`overview ${colorScheme}:\n  ${v.join('\n  ')}`);
        await page.goto(`${BASE}/providers/meta?mock=latency:0&today=2026-11-26`);
        await page.getByRole('heading', { level: 1, name: 'Meta' }).waitFor();
        await page.getByRole('figure').first().waitFor();
        await page.locator('summary', { hasText: 'Openness' }).click();
        v = await axeViolations(page);
        if (v.length) failures.push(`meta ${colorScheme}:\n  ${v.join('\n  ')}`);
        if (colorScheme === 'dark') await page.screenshot({ path: `${ARTIFACTS}provider-meta-dark.png`, fullPage: true });
        if (problems.length) failures.push(...problems);
        await context.close();
      }
      // The Settings switch (data-theme) against the opposite system preference.
      {
        const { context, page, problems } = await newPage(browser, { colorScheme: 'light' });
        await page.goto(URL_TODAY);
        await settle(page);
        await page.evaluate(() => {
          document.documentElement.dataset.theme = 'dark';
        });
        const v = await axeViolations(page);
        if (v.length) failures.push(`overview data-theme=dark:\n  ${v.join('\n  ')}`);
        if (problems.length) failures.push(...problems);
        await context.close();
      }
      {
        const { context, page, problems } = await newPage(browser, { viewport: { width: 375, height: 800 } });
        await page.goto(URL_TODAY);
        await settle(page);
        await page.screenshot({ path: `${ARTIFACTS}overview-375.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`Overview overflows by ${overflow}px at 375 px`);
        await page.goto(`${BASE}/providers/meta?mock=latency:0&today=2026-11-26`);
        await page.getByRole('figure').first().waitFor();
        const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow2 > 0) failures.push(`Meta page overflows by ${overflow2}px at 375 px`);
        await page.screenshot({ path: `${ARTIFACTS}provider-meta-375.png`, fullPage: true });
        if (problems.length) failures.push(...problems);
        await context.close();
      }
      assert(failures.length === 0, failures.join('\n'));
    },
  },
  {
    name: 'a bar of the ranked chart opens its provider by keyboard (arrow keys then Enter)',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(URL_TODAY);
      await settle(page);
      const surface = page.getByRole('figure', { name: 'Platform risk by provider' }).locator('.hbar--interactive').first();
      await surface.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/providers\//);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
];
