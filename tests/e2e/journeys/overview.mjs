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

const journeys = [
  {
    name: "Overview: Before Muse Spark then Today moves Meta's score; Meta's page shows the Muse Spark contributor and its source",
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(URL_TODAY);
      await waitForWorker(page);
      await page.getByRole('heading', { level: 1, name: 'Provider risk overview' }).waitFor();
      await settle(page);
      // Evidence: the top bar dates the facts, and the biggest mover says nothing new happened.
      await page
        .locator('.topbar')
        .getByText(/compiled Nov 26, 2026, facts current to May 20, 2026/)
        .waitFor();
      await page.getByText('No new events in these 90 days; decay of older events.').waitFor();
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
      // Each source carries its tier as text beside the link: Meta's own post is primary.
      const items = factor.getByRole('list', { name: 'Sources for Muse Spark' }).getByRole('listitem');
      const tiers = await items.locator('.source-tier').allTextContents();
      assert(tiers.length === (await items.count()), `a tier beside every source: ${tiers}`);
      assert(tiers.includes('Primary') && tiers.includes('Secondary'), `Muse Spark's tiers: ${tiers}`);
      assert(
        /ai\.meta\.com\s*\(opens in a new tab\)\s*Primary/.test(await items.first().textContent()),
        'ai.meta.com is marked Primary',
      );
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

/**
 * Hovers a trend chart at several points across its axis and checks that the tooltip names the
 * chart point nearest the pointer (from the axis ticks) with the values of that point's row in
 * the "every point" table. Returns what it saw, for the log.
 */
async function checkTrendTooltip(page, figure) {
  await figure.scrollIntoViewIfNeeded();
  const toggle = figure.getByRole('button', { name: /Show as table|Hide table/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = figure.getByRole('table', { name: /every point of the chart/ });
  await table.waitFor();
  // The table's rows: date (as a day number) and the cells' text.
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
      const d = new Date(`${cells[0]} 12:00`);
      return { date: cells[0], day: Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000), cells };
    }),
  );
  const heads = await table.locator('thead th').allInnerTexts();
  // The chart back in the window (the table opened below it).
  await figure.locator('.recharts-surface').first().scrollIntoViewIfNeeded();
  // Pixel → day from two year ticks of the x axis (1 January of each year).
  const ticks = await figure.locator('text.recharts-cartesian-axis-tick-value').evaluateAll((texts) =>
    texts
      .filter((t) => /^\d{4}$/.test(t.textContent ?? ''))
      .map((t) => {
        const box = t.getBoundingClientRect();
        return { year: Number(t.textContent), x: box.x + box.width / 2 };
      }),
  );
  assert(ticks.length >= 2, `x axis year ticks: ${JSON.stringify(ticks)}`);
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  const dayOf = (x) => {
    const da = Date.UTC(a.year, 0, 1) / 86400000;
    const db = Date.UTC(b.year, 0, 1) / 86400000;
    return da + ((x - a.x) * (db - da)) / (b.x - a.x);
  };
  const surface = await figure.locator('.recharts-surface').first().boundingBox();
  const plot = await figure.locator('.recharts-cartesian-grid').first().boundingBox();
  const seen = [];
  for (const f of [0.04, 0.2, 0.4, 0.55, 0.7, 0.85, 0.97]) {
    const x = plot.x + plot.width * f;
    await page.mouse.move(x, surface.y + surface.height / 2);
    const tip = figure.locator('.chart-tooltip').first();
    await tip.waitFor();
    await page.waitForTimeout(60);
    const title = (await tip.locator('.chart-tooltip__title').innerText()).trim();
    const text = await tip.innerText();
    const day = dayOf(x);
    const nearest = rows.reduce((best, r) => (Math.abs(r.day - day) < Math.abs(best.day - day) ? r : best), rows[0]);
    assert(title === nearest.date, `pointer at ${f} (about day ${Math.round(day)}): tooltip says ${title}, the nearest point is ${nearest.date}`);
    // Every provider's value in the tooltip is the table's for that row.
    for (let k = 1; k < heads.length - 1; k++) {
      const want = `${heads[k]} ${nearest.cells[k]}`;
      assert(text.includes(want), `tooltip at ${title} lacks “${want}”: ${text}`);
    }
    seen.push(`${title}: ${text.split('\n').map((l) => l.trim()).filter(Boolean).slice(1, 3).join(', ')}`);
  }
  await page.mouse.move(0, 0);
  return seen;
}

export const trendJourneys = [
  {
    name: 'trend charts: the tooltip names the point under the pointer with its table row across the axis (Meta, Overview); labels sit on their markers',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(`${BASE}/providers/meta?mock=latency:0&today=2026-11-26`);
      await page.getByRole('heading', { level: 1, name: 'Meta' }).waitFor();
      const meta = page.getByRole('figure', { name: "Meta's platform risk over time" });
      await meta.locator('.recharts-surface').first().waitFor();
      const metaSeen = await checkTrendTooltip(page, meta);
      console.log(`    Meta: ${metaSeen.join(' | ')}`);

      await page.goto(URL_TODAY);
      await settle(page);
      const overview = page.getByRole('figure', { name: 'Platform risk over time' });
      await overview.scrollIntoViewIfNeeded();
      await overview.locator('.recharts-surface').first().waitFor();
      // Muse Spark's label sits on its marker (it sat some 8 months to the left).
      const key = 'meta-2026-04-08-muse-spark|meta';
      const marker = await overview.locator(`[data-marker="${key}"]`).boundingBox();
      const label = await overview.locator(`[data-label-for="${key}"] text`).boundingBox();
      assert(marker && label, 'Muse Spark marker or label missing');
      const gapX = Math.max(0, label.x - (marker.x + marker.width), marker.x - (label.x + label.width));
      assert(gapX <= 16, `Muse Spark label is ${gapX}px beside its marker`);
      // No two labels overlap.
      const boxes = await overview.locator('[data-label-for] text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON()));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i];
          const q = boxes[j];
          const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
          assert(!overlap, `labels ${i} and ${j} overlap`);
        }
      await overview.screenshot({ path: `${ARTIFACTS}overview-trend.png` });
      const overviewSeen = await checkTrendTooltip(page, overview);
      console.log(`    Overview: ${overviewSeen.join(' | ')}`);
      // The keyboard walks the same points: focus the chart, step right, the tooltip follows.
      await overview.locator('.recharts-surface[tabindex="0"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const rows = overview.getByRole('table', { name: /every point of the chart/ }).locator('tbody tr');
      const third = (await rows.nth(2).locator('th').innerText()).trim();
      await page.waitForFunction(
        (want) => document.querySelector('.chart-tooltip__title')?.textContent === want,
        third,
      );
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
];

export default [...journeys, ...trendJourneys];
