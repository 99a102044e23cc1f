import { assert, ARTIFACTS, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const TODAY = 'today=2026-11-26';

async function activeName(page) {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
}

export default [
  {
    name: 'timeline: filter to Meta, select Muse Spark by keyboard, see ΔR above zero and the source link',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(`${BASE}/timeline?mock=latency:0&${TODAY}`);
      await waitForWorker(page);
      await page.getByRole('figure').waitFor();
      await page.getByLabel('Provider').selectOption('meta');
      await page.waitForURL(/provider=meta/);
      // The chart re-renders with Meta's marks only (a deferred render): wait for it.
      await page.waitForFunction(() =>
        (document.querySelector('figure [role="button"][tabindex="0"]')?.getAttribute('aria-label') ?? '').includes('Meta'),
      );
      // From the view switch, Tab reaches the legend, then the one mark in the tab order.
      await page.getByRole('button', { name: 'List', exact: true }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert((await activeName(page)).includes('Meta'), `focus is not on a Meta mark: ${await activeName(page)}`);
      await page.keyboard.press('End');
      const name = await activeName(page);
      assert(name.includes('Muse Spark'), `End did not reach Muse Spark: ${name}`);
      await page.keyboard.press('Enter');
      await page.waitForURL(/event=meta-2026-04-08-muse-spark/);
      const panel = page.getByRole('region', {
        name: 'Meta launches closed-weight Muse Spark',
        exact: true,
      });
      await panel.waitFor();
      const row = panel.getByRole('row', { name: /^Meta/ });
      await row.waitFor();
      const delta = (await row.getByRole('cell').nth(2).textContent()) ?? '';
      const value = Number(delta.replace(/[^\d.-]/g, ''));
      assert(delta.startsWith('+') && value > 0, `ΔR for Meta is not above zero: "${delta}"`);
      const source = panel.getByRole('list', { name: /Sources for/ }).getByRole('link').first();
      assert((await source.getAttribute('rel')) === 'noopener noreferrer', 'source link is not rel=noopener noreferrer');
      assert(((await source.getAttribute('href')) ?? '').startsWith('https://'), 'source link has no address');
      console.log(`    Muse Spark ΔR for Meta: ${delta}`);
      await page.screenshot({ path: `${ARTIFACTS}timeline-muse-spark.png`, fullPage: true });
      const violations = await axeViolations(page);
      assert(violations.length === 0, violations.join('\n'));
      // Escape closes the panel, and the focus is back on the Muse Spark mark.
      const detail = page.getByRole('region', { name: 'Meta launches closed-weight Muse Spark', exact: true });
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      assert(!page.url().includes('event='), `the event is still in the URL: ${page.url()}`);
      const back = await activeName(page);
      assert(back.includes('Muse Spark'), `focus after Escape is on “${back}”, not the Muse Spark mark`);
      // In the list: open with Enter, move into the panel, Escape: back on the list entry.
      await page.getByRole('button', { name: 'List', exact: true }).click();
      const entry = page.getByRole('button', { name: 'Meta launches closed-weight Muse Spark' });
      await entry.focus();
      await page.keyboard.press('Enter');
      await detail.waitFor();
      await detail.getByRole('button', { name: /^Close/ }).focus();
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      assert(await entry.evaluate((el) => el === document.activeElement), 'focus did not return to the list entry');
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'timeline: zero axe violations in dark theme, chart and list, and at 375 px the list is the default',
    async run(browser) {
      const dark = await newPage(browser, { colorScheme: 'dark' });
      await dark.page.goto(`${BASE}/timeline?mock=latency:0&${TODAY}&event=eu-2025-08-02-gpai-obligations`);
      await dark.page.getByRole('figure').waitFor();
      await dark.page.getByRole('region', { name: /EU AI Act obligations/ }).getByRole('table').waitFor();
      let violations = await axeViolations(dark.page);
      assert(violations.length === 0, `dark chart:\n${violations.join('\n')}`);
      await dark.page.screenshot({ path: `${ARTIFACTS}timeline-dark.png`, fullPage: true });
      await dark.page.getByRole('button', { name: 'List', exact: true }).click();
      await dark.page.getByRole('heading', { level: 3 }).first().waitFor();
      violations = await axeViolations(dark.page);
      assert(violations.length === 0, `dark list:\n${violations.join('\n')}`);
      assert(dark.problems.length === 0, dark.problems.join('\n'));
      await dark.context.close();

      const narrow = await newPage(browser, { viewport: { width: 375, height: 800 } });
      await narrow.page.goto(`${BASE}/timeline?mock=latency:0&${TODAY}`);
      await narrow.page.getByRole('heading', { level: 3 }).first().waitFor();
      assert((await narrow.page.getByRole('figure').count()) === 0, 'the chart, not the list, opened at 375 px');
      const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 0, `timeline overflows by ${overflow}px at 375 px`);
      await narrow.page.screenshot({ path: `${ARTIFACTS}timeline-375.png`, fullPage: false });
      await narrow.page.getByRole('button', { name: 'Chart', exact: true }).click();
      await narrow.page.getByRole('figure').waitFor();
      const overflowChart = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflowChart <= 0, `timeline chart overflows by ${overflowChart}px at 375 px`);
      await narrow.page.screenshot({ path: `${ARTIFACTS}timeline-375-chart.png`, fullPage: false });
      violations = await axeViolations(narrow.page);
      assert(violations.length === 0, `375 px:\n${violations.join('\n')}`);
      assert(narrow.problems.length === 0, narrow.problems.join('\n'));
      await narrow.context.close();
    },
  },
  {
    name: 'timeline at ?mock=scale:100000 renders aggregated marks, windowed lanes; render time printed',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      // Warm the worker and the build's chunks first, so the figure measures the page, not the install.
      await page.goto(`${BASE}/timeline?mock=latency:0&${TODAY}`);
      await waitForWorker(page);
      await page.getByRole('figure').waitFor();

      const started = Date.now();
      await page.goto(`${BASE}/timeline?mock=latency:0&mock=scale:100000&${TODAY}`);
      await page.locator('figure [role="button"]').first().waitFor({ timeout: 120000 });
      const wall = Date.now() - started;
      const inPage = await page.evaluate(() => performance.now());
      const drawn = await page.locator('figure [role="button"]').count();
      const lanesDrawn = await page.locator('figure [role="group"]').count();
      const caption = (await page.locator('figcaption').textContent()) ?? '';
      const badges = await page.locator('figure [role="button"][aria-label*="zoom in"]').count();
      console.log(`    timeline scale:100000 — marks visible ${Math.round(inPage)} ms after navigation start (${wall} ms wall, incl. navigation)`);
      console.log(`    ${caption.split('.')[0]}; ${lanesDrawn} lanes drawn, ${drawn} items drawn (${badges} count badges)`);
      assert(/1,0\d\d lanes|1\.0\d\d lanes|10\d\d lanes/.test(caption) || lanesDrawn < 100, `unexpected caption: ${caption}`);
      assert(lanesDrawn < 100, `windowing failed: ${lanesDrawn} lanes in the DOM`);

      // Zoom: a preset re-lays out 10,000 events.
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Last 12 months' }).click();
      await page.getByRole('figure', { name: /events from/ }).waitFor();
      await page.waitForFunction(() => /Nov 2\d, 2025|2025/.test(document.querySelector('figcaption')?.textContent ?? ''));
      const t1 = await page.evaluate(() => performance.now());
      console.log(`    preset "Last 12 months" re-rendered in ${Math.round(t1 - t0)} ms`);
      await page.locator('.tl-scroll').evaluate((el) => {
        el.scrollTop = 20000;
      });
      await page.waitForTimeout(100);
      const lanesAfterScroll = await page.locator('figure [role="group"]').count();
      assert(lanesAfterScroll < 100, `windowing failed after scrolling: ${lanesAfterScroll}`);
      await page.screenshot({ path: `${ARTIFACTS}timeline-scale.png`, fullPage: false });
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
];
