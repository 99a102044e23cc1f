// The architect's journey: the catalog filtered from a URL, a model page, compare, CSV export.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

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
];
