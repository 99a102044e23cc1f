// The architect's openness journey: open weights with the training code open, two models compared
// component by component, the link shared and opened in a fresh browser; axe on every page touched
// (light, dark and 375 px).
import { assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const Q = 'mock=latency:0&today=2026-11-26';

async function resultCount(page) {
  const text = await page.getByTestId('result-count').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

function catalogRows(page) {
  return page.locator('table.catalog__table tbody tr[data-index]');
}

/** The compared models' names and the component rows marked as differing. */
async function comparison(page) {
  const compare = page.getByRole('region', { name: /Compare models/ });
  await compare.waitFor();
  const models = await compare.locator('thead th a').allInnerTexts();
  const differing = await compare
    .locator('tr.compare__row--differs th')
    .evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return { models, differing };
}

async function noOverflow(page, what) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert(overflow <= 0, `${what} overflows horizontally by ${overflow}px at 375 px`);
}

export default [
  {
    name: 'openness: open weights with the training code open, compare two, share the URL; a fresh context shows the same',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(`${BASE}/models?${Q}`);
      await waitForWorker(page);
      await page.getByTestId('result-count').waitFor();
      const all = await resultCount(page);

      // Open weights, from the weights facet.
      // The boxes follow the URL: the tick shows once the navigation has rendered.
      await page.getByRole('checkbox', { name: /^Open weights \(\d+\)$/ }).click();
      await page.waitForFunction(() => location.search.includes('weights=open'));
      await page
        .getByRole('checkbox', { name: /^Open weights \(\d+\)$/ })
        .and(page.locator(':checked'))
        .waitFor();
      // Training code open, from the components' facets.
      await page.locator('summary', { hasText: 'Openness components' }).click();
      const trainingCode = page.getByRole('combobox', { name: 'Training code' });
      const option = await trainingCode.locator('option', { hasText: /^Open \(/ }).innerText();
      const expected = Number(/\((\d+)\)/.exec(option)?.[1]);
      await trainingCode.selectOption({ label: option });
      await page.waitForFunction(() => location.search.includes('trainingCode=open'));
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="result-count"]')?.textContent === String(n),
        expected,
      );
      const count = await resultCount(page);
      assert(count > 1 && count < all, `expected a narrowed list, saw ${count} of ${all}`);
      const names = await catalogRows(page).locator('th a').allInnerTexts();
      assert(names.length === count, `${names.length} rows for a count of ${count}`);
      assert(
        names.some((n) => n.startsWith('OLMo')),
        `OLMo missing from ${names.join(', ')}`,
      );

      // Sort by openness score, most open first.
      await page.getByRole('button', { name: /Openness score/ }).click();
      await page.waitForFunction(() => location.search.includes('sort=score'));
      const scores = await catalogRows(page).evaluateAll((rows) =>
        rows.map((r) => Number(r.querySelectorAll('td.num')[0]?.textContent)),
      );
      for (let i = 1; i < scores.length; i++) {
        assert(scores[i - 1] >= scores[i], `scores not descending: ${scores.join(', ')}`);
      }

      // Compare the first two.
      const boxes = page.getByRole('checkbox', { name: /^Compare / });
      for (const i of [0, 1]) {
        const label = await boxes.nth(i).getAttribute('aria-label');
        await boxes.nth(i).click();
        await page.locator(`input[aria-label="${label}"]:checked`).waitFor();
      }
      const first = await comparison(page);
      assert(first.models.length === 2, `compare shows ${first.models.length} models`);
      assert(first.differing.length > 0, 'no component marked as differing');
      assert(
        first.differing.every((t) => t.endsWith('differs')),
        `differing rows not named: ${first.differing.join(' | ')}`,
      );
      // axe from the top of the page, as models.mjs does: once the comparison scrolls into view,
      // filter checkboxes half under the sticky top bar are not targets a reader meets there.
      await page.evaluate(() => window.scrollTo(0, 0));
      let violations = await axeViolations(page);
      assert(violations.length === 0, `catalog with compare:\n${violations.join('\n')}`);

      // Share the link: a fresh context (no storage, no history) shows the same view.
      const shared = page.url();
      assert(/compare=[^&]+%2C/.test(shared), `compare not in the URL: ${shared}`);
      const other = await newPage(browser, { colorScheme: 'dark' });
      await other.page.goto(shared);
      await other.page.getByTestId('result-count').waitFor();
      await other.page.waitForFunction(
        (n) => document.querySelector('[data-testid="result-count"]')?.textContent === String(n),
        count,
      );
      const again = await comparison(other.page);
      assert(
        JSON.stringify(again) === JSON.stringify(first),
        `fresh context differs: ${JSON.stringify(again)} vs ${JSON.stringify(first)}`,
      );
      const value = await other.page.getByRole('combobox', { name: 'Training code' }).inputValue();
      assert(value === 'open', `training code filter not restored: ${value}`);
      assert(
        await other.page.getByRole('checkbox', { name: /^Open weights \(\d+\)$/ }).isChecked(),
        'open weights not restored',
      );
      const otherNames = await catalogRows(other.page).locator('th a').allInnerTexts();
      const sortedNames = await catalogRows(page).locator('th a').allInnerTexts();
      assert(
        JSON.stringify(otherNames) === JSON.stringify(sortedNames),
        `the fresh context lists ${otherNames.join(', ')}, not ${sortedNames.join(', ')}`,
      );
      violations = await axeViolations(other.page);
      assert(violations.length === 0, `shared view (dark):\n${violations.join('\n')}`);
      assert(other.problems.length === 0, other.problems.join('\n'));
      await other.context.close();

      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'openness: model and provider pages in light, dark and at 375 px: unknowns said, breaks shown, axe clean',
    async run(browser) {
      const failures = [];
      for (const options of [
        { colorScheme: 'light' },
        { colorScheme: 'dark' },
        { viewport: { width: 375, height: 800 } },
      ]) {
        const what = options.colorScheme ?? '375 px';
        const { context, page, problems } = await newPage(browser, options);
        // A model with unknown components.
        await page.goto(`${BASE}/models/olmo-1?${Q}`);
        await page.getByRole('table', { name: 'Components' }).waitFor();
        const text = await page.getByRole('region', { name: 'Openness' }).innerText();
        if (!/2 of 14 components are unknown/.test(text))
          failures.push(`${what}: unknowns not said`);
        const evidence = page.getByRole('table', { name: 'Components' }).getByRole('link').first();
        if ((await evidence.getAttribute('rel')) !== 'noopener noreferrer')
          failures.push(`${what}: evidence rel`);
        let v = await axeViolations(page);
        if (v.length) failures.push(`model page ${what}:\n  ${v.join('\n  ')}`);
        if (options.viewport)
          await noOverflow(page, 'model page').catch((e) => failures.push(e.message));

        // Meta's openness over time, with both tables open.
        await page.goto(`${BASE}/providers/meta?${Q}`);
        const scores = page.getByRole('figure', { name: "Meta's releases by openness score" });
        await scores.waitFor();
        if (!/Muse Spark \(Apr 8, 2026\) broke the line/.test(await scores.innerText())) {
          failures.push(`${what}: Muse Spark break not stated`);
        }
        // The chart is drawn as it nears the viewport.
        await scores.scrollIntoViewIfNeeded();
        await scores.locator('.recharts-surface').first().waitFor();
        await scores.getByRole('button', { name: 'Show as table' }).click();
        const ladder = page.getByRole('figure', { name: "Meta's models on the G7 ladder" });
        await ladder.getByRole('button', { name: 'Show as table' }).click();
        v = await axeViolations(page);
        if (v.length) failures.push(`provider page ${what}:\n  ${v.join('\n  ')}`);
        if (options.viewport)
          await noOverflow(page, 'provider page').catch((e) => failures.push(e.message));

        // The catalog with the components open and a comparison.
        await page.goto(`${BASE}/models?trainingDataBase=open&compare=olmo-1,gpt-oss-120b&${Q}`);
        await page.getByRole('region', { name: /Compare models/ }).waitFor();
        // At 375 px the filters fold behind a button that counts the active ones.
        if (options.viewport) await page.getByRole('button', { name: /^Filters/ }).click();
        await page.locator('summary', { hasText: 'Openness components' }).waitFor();
        // axe from the top of the page: a scrolled checkbox half under the sticky top bar is
        // not a target a reader meets.
        await page.evaluate(() => window.scrollTo(0, 0));
        v = await axeViolations(page);
        if (v.length) failures.push(`catalog ${what}:\n  ${v.join('\n  ')}`);
        if (options.viewport)
          await noOverflow(page, 'catalog').catch((e) => failures.push(e.message));
        if (problems.length) failures.push(...problems);
        await context.close();
      }
      assert(failures.length === 0, failures.join('\n'));
    },
  },
];
