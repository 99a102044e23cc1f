// The architect's journey: the catalog filtered from a URL, a model page, compare, CSV export.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ARTIFACTS, assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const Q = 'mock=latency:0&today=2026-11-26';

async function resultCount(page) {
  const text = await page.getByTestId('result-count').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

function catalogRows(page) {
  return page.locator('table.catalog__table tbody tr[data-index]');
}

export default [
  {
    name: 'models: ?openness=4,5 lists only level 4 and 5, opens a model, compares two, exports the CSV; axe clean',
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { acceptDownloads: true });
      await page.goto(`${BASE}/models?openness=4,5&${Q}`);
      await waitForWorker(page);
      await page.getByTestId('result-count').waitFor();
      const count = await resultCount(page);
      assert(count > 0 && count < 98, `expected a filtered count, saw ${count}`);
      const levels = await catalogRows(page).evaluateAll((rows) =>
        rows.map((r) => /Openness level (\d)/.exec(r.textContent ?? '')?.[1] ?? '?'),
      );
      assert(levels.length > 0, 'no rows rendered');
      assert(levels.every((l) => l === '4' || l === '5'), `levels other than 4 and 5: ${levels.join(',')}`);
      assert(await page.getByRole('checkbox', { name: /Open weights, permissive/ }).isChecked(), 'L4 box not checked');

      let violations = await axeViolations(page);
      assert(violations.length === 0, `catalog:\n${violations.join('\n')}`);

      // Sort by context window with the keyboard: the header is a button with aria-sort.
      const header = page.getByRole('button', { name: /Context window/ });
      await header.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document.querySelector('th[aria-sort="descending"]')?.textContent?.includes('Context window'),
      );
      assert(page.url().includes('sort=context'), `sort not in the URL: ${page.url()}`);

      // Export the filtered view and read the file back.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const file = await (await download).path();
      // The stamp is in columns of every row (ADR 0008), so the file is a plain CSV table.
      const parsed = Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
      assert(parsed.errors.length === 0, `CSV errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
      assert(parsed.data.length === count, `CSV has ${parsed.data.length} rows, the view ${count}`);
      assert(
        parsed.data.every((r) => r.openness_level === '4' || r.openness_level === '5'),
        'CSV holds a model outside levels 4 and 5',
      );
      assert(
        parsed.data.every((r) => r.methodology_id === 'rvm-1' && r.filters.includes('openness=4,5')),
        'CSV rows not stamped with the methodology and the filters',
      );

      // Compare two models.
      const boxes = page.getByRole('checkbox', { name: /^Compare / });
      // The boxes are controlled by the URL, so the tick shows once the navigation has rendered.
      for (const i of [0, 1]) {
        const label = await boxes.nth(i).getAttribute('aria-label');
        await boxes.nth(i).click();
        await page.locator(`input[aria-label="${label}"]:checked`).waitFor();
      }
      const compare = page.getByRole('region', { name: /Compare models/ });
      await compare.waitFor();
      const columns = await compare.getByRole('columnheader').count();
      assert(columns === 2, `compare shows ${columns} columns`);
      assert(/compare=[^&]+%2C/.test(page.url()), `compare not in the URL: ${page.url()}`);
      // Ticking scrolled the comparison into view; axe reads targets half under the sticky top bar
      // as too small, so it runs from the top of the page, as in the other journeys.
      await page.evaluate(() => window.scrollTo(0, 0));
      violations = await axeViolations(page);
      assert(violations.length === 0, `compare:\n${violations.join('\n')}`);

      // Open the first model of the list: its canonical page.
      const link = catalogRows(page).first().getByRole('link');
      const name = (await link.innerText()).trim();
      await link.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByRole('heading', { name: 'Openness' }).waitFor();
      await page.getByRole('heading', { name: 'Related events' }).waitFor();
      await page.waitForLoadState('networkidle');
      violations = await axeViolations(page);
      assert(violations.length === 0, `model page:\n${violations.join('\n')}`);

      // Back restores the compared, sorted, filtered view.
      await page.goBack();
      await compare.waitFor();
      assert((await resultCount(page)) === count, 'back did not restore the filtered count');
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'models: a filter set that excludes everything says which filters and clears them; 375 px works',
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { viewport: { width: 375, height: 800 } });
      await page.goto(`${BASE}/models?openness=5&provider=meta&${Q}`);
      const empty = page.getByRole('region', { name: 'No model matches these filters' });
      await empty.waitFor();
      const text = await empty.innerText();
      assert(text.includes('Openness level') && text.includes('Provider'), `empty state does not name the filters: ${text}`);
      const violations = await axeViolations(page);
      assert(violations.length === 0, `empty state:\n${violations.join('\n')}`);
      await empty.getByRole('button', { name: 'Clear filters' }).click();
      await page.waitForFunction(() => /98/.test(document.querySelector('[data-testid="result-count"]')?.textContent ?? ''));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 0, `page overflows horizontally by ${overflow}px at 375 px`);
      // Type in the search box: the count follows.
      await page.getByRole('searchbox', { name: 'Search models' }).fill('llama');
      await page.waitForFunction(() => !/98/.test(document.querySelector('[data-testid="result-count"]')?.textContent ?? ''));
      await page.waitForFunction(() => location.search.includes('q=llama'));
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'models: ticking a model brings the comparison into view; a five-model link keeps four and says so; Back undoes one filter at a time',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(`${BASE}/models?${Q}`);
      await waitForWorker(page);
      await page.getByTestId('result-count').waitFor();
      // Scroll the page and the table down, as a reader looking for a model would.
      await page.locator('.catalog__scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(150);
      const box = page.locator('table.catalog__table tbody tr[data-index] input[type="checkbox"]').last();
      await box.click();
      const drawer = page.getByRole('region', { name: /Compare models \(1 of 4\)/ });
      await drawer.waitFor();
      // Its title bar (with Hide and Clear) is scrolled into the window.
      await page.waitForTimeout(300);
      const head = await drawer.locator('.compare__head').boundingBox();
      const viewport = page.viewportSize();
      assert(head && head.y >= 0 && head.y + head.height <= viewport.height, `comparison not in view: ${JSON.stringify(head)}`);
      assert((await drawer.getByRole('table').count()) === 1, 'the panel shows the comparison');
      await page.evaluate(() => window.scrollTo(0, 0));
      let violations = await axeViolations(page);
      assert(violations.length === 0, `comparison:\n${violations.join('\n')}`);

      // A link with five models: the first four are compared, and a notice names the fifth.
      await page.goto(`${BASE}/models?compare=llama-2,llama-3,llama-3.1,llama-3.2,gpt-oss-120b&${Q}`);
      const four = page.getByRole('region', { name: /Compare models \(4 of 4\)/ });
      await four.waitFor();
      assert((await four.getByRole('columnheader').count()) === 4, 'four columns');
      const notice = page.getByRole('region', { name: /Part of this link could not be used/ });
      assert((await notice.innerText()).includes('compare=gpt-oss-120b'), 'the notice names the fifth model');
      const license = four.getByRole('row', { name: /^License\b/ }).getByRole('link').first();
      assert((await license.getAttribute('rel')) === 'noopener noreferrer', 'license link rel');

      // Back undoes one filter change at a time, the search included.
      await page.goto(`${BASE}/models?${Q}`);
      await page.getByTestId('result-count').waitFor();
      // The boxes follow the URL: click, then wait for the navigation.
      await page.getByRole('checkbox', { name: /^Open source \(/ }).click();
      await page.waitForURL(/openness=5/);
      await page.getByRole('checkbox', { name: /^Open weights, permissive \(/ }).click();
      await page.waitForURL(/openness=4%2C5/);
      await page.getByRole('searchbox', { name: 'Search models' }).pressSequentially('olmo');
      await page.waitForURL(/q=olmo/);
      await page.waitForTimeout(300);
      const steps = [];
      for (const want of [/openness=4%2C5(?!.*q=)/, /openness=5(?!.*q=)/, /^(?!.*openness=)/]) {
        await page.goBack();
        await page.waitForFunction((src) => new RegExp(src).test(location.search), want.source);
        steps.push(new URL(page.url()).search);
      }
      console.log(`    Back: ${steps.join(' → ')}`);
      assert((await page.getByRole('searchbox', { name: 'Search models' }).inputValue()) === '', 'search box follows Back');
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'models at 375 px: results first as cards, filters folded behind a counted button; zero axe violations (light and dark)',
    async run(browser) {
      const failures = [];
      for (const colorScheme of ['light', 'dark']) {
        const { context, page, problems } = await newPage(browser, { viewport: { width: 375, height: 800 }, colorScheme });
        await page.goto(`${BASE}/models?weights=open&tier=permissive&${Q}`);
        await page.getByTestId('result-count').waitFor();
        const button = page.getByRole('button', { name: 'Filters (2 active)' });
        await button.waitFor();
        assert((await button.getAttribute('aria-expanded')) === 'false', 'filters folded');
        assert((await page.getByRole('region', { name: 'Filters' }).count()) === 0, 'no filter panel while folded');
        const cards = page.getByRole('list', { name: 'Models matching the filters' }).getByRole('listitem');
        assert((await cards.count()) > 0, 'cards shown');
        // The first card starts within the first screen.
        const first = await cards.first().boundingBox();
        assert(first && first.y < 800, `first result at ${first?.y}px`);
        const v = await axeViolations(page);
        if (v.length) failures.push(`375 ${colorScheme}:\n  ${v.join('\n  ')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`overflows by ${overflow}px at 375 px (${colorScheme})`);
        if (colorScheme === 'light') await page.screenshot({ path: `${ARTIFACTS}models-375.png` });
        await button.click();
        await page.getByRole('region', { name: 'Filters' }).waitFor();
        if (problems.length) failures.push(...problems);
        await context.close();
      }
      assert(failures.length === 0, failures.join('\n'));
    },
  },
];
