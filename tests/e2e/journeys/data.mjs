// The curator's journey: import the OpenAI model-eol feed, review it, accept two shutdowns, see
// them on the timeline with the feed as their source and OpenAI's score move by the ΔR the
// review showed; reload; export the change log and import it into a fresh browser context.
import { readFileSync } from 'node:fs';
import { ARTIFACTS, assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const Q = 'mock=latency:0&today=2026-12-01';
const FEED = new URL('../../fixtures/external/model-eol/openai.json', import.meta.url).pathname;
const FEED_SOURCE = 'https://developers.openai.com/api/docs/deprecations';

async function openAiScore(page) {
  await page.goto(`${BASE}/providers/openai?${Q}`);
  const number = page.locator('.score-card__number');
  await number.waitFor();
  return Number((await number.innerText()).trim());
}

async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert(violations.length === 0, `${where}:\n${violations.join('\n')}`);
}

export default [
  {
    name: 'data: import the OpenAI feed, accept two shutdowns, timeline and score move by the ΔR shown, reload, export and import elsewhere',
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { acceptDownloads: true });
      await page.goto(`${BASE}/data?${Q}`);
      await waitForWorker(page);
      await page.getByRole('heading', { name: 'No change yet' }).waitFor();
      await noViolations(page, 'change log (empty)');
      const before = await openAiScore(page);

      await page.goto(`${BASE}/data?view=event&${Q}`);
      await page.getByRole('button', { name: 'Save the event' }).click();
      await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await noViolations(page, 'event form with errors');

      for (const [view, heading] of [
        ['correct', 'Correct a model'],
        ['model', 'Add a model'],
        ['provider', 'Add a provider'],
        ['retract', 'Retract a record'],
      ]) {
        await page.goto(`${BASE}/data?view=${view}&${Q}`);
        await page.getByRole('heading', { name: heading }).waitFor();
        await noViolations(page, `${heading} form`);
      }

      await page.goto(`${BASE}/data?view=import&${Q}`);
      await page.getByLabel(/Catalog file/).setInputFiles(FEED);
      const shutdowns = page.getByRole('region', { name: /Deprecations and shutdowns \(8\)/ });
      await shutdowns.waitFor({ timeout: 20000 });
      await shutdowns.getByRole('checkbox', { name: /Accept: GPT-4: retired/ }).check();
      await shutdowns.getByRole('checkbox', { name: /Accept: OpenAI o1 .*: retired/ }).check();
      const selection = page.getByRole('table', { name: /If you accept the selected rows/ });
      await selection.waitFor();
      const shownDelta = (await selection.getByTestId('delta-openai').innerText()).trim();
      const delta = Number(shownDelta);
      assert(Number.isFinite(delta), `no ΔR for OpenAI in the review: "${shownDelta}"`);
      await page.getByLabel('Your name').fill('Journey Curator');
      await page.screenshot({ path: `${ARTIFACTS}data-import-review.png`, fullPage: true });
      await noViolations(page, 'import review');
      await page.getByRole('button', { name: 'Accept 2 rows as one change set' }).click();
      await page.getByRole('heading', { name: /Accepted 2 rows as change set cs-/ }).waitFor();
      console.log(
        `    review: OpenAI ΔR ${shownDelta} for the shutdowns of GPT-4 and o1 on 2026-10-23`,
      );

      // The timeline has the retirement, sourced to the feed.
      await page.goto(`${BASE}/timeline?${Q}&event=openai-2026-10-23-retirement`);
      const panel = page.getByRole('region', {
        name: /^GPT-4 and OpenAI o1 .* retired from the OpenAI API$/,
      });
      await panel.waitFor();
      const hrefs = await panel
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert(
        hrefs.includes(FEED_SOURCE),
        `the event's sources are not the feed: ${hrefs.join(', ')}`,
      );
      await page.screenshot({ path: `${ARTIFACTS}data-timeline-event.png`, fullPage: true });

      const after = await openAiScore(page);
      assert(
        Math.abs(after - before - delta) <= 0.11,
        `OpenAI moved from ${before} to ${after}, not by the ΔR ${shownDelta} the review showed`,
      );
      console.log(`    OpenAI platform risk as of 2026-12-01: ${before} → ${after}`);

      // A reload keeps the change (IndexedDB).
      await page.reload();
      await page.locator('.score-card__number').waitFor();
      const reloaded = Number((await page.locator('.score-card__number').innerText()).trim());
      assert(reloaded === after, `after a reload OpenAI is ${reloaded}, not ${after}`);
      await page.goto(`${BASE}/data?${Q}`);
      await page.getByRole('link', { name: 'gpt-4', exact: true }).waitFor();
      await noViolations(page, 'change log');

      // Export the change log.
      await page.goto(`${BASE}/data?view=transfer&${Q}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export the change log (JSON)' }).click(),
      ]);
      const file = `${ARTIFACTS}data-change-log.json`;
      await download.saveAs(file);
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      assert(
        exported.changeSets?.length === 1,
        `the export holds ${exported.changeSets?.length} change sets`,
      );
      await noViolations(page, 'export, import, reset');
      assert(problems.length === 0, problems.join('\n'));
      await context.close();

      // A fresh browser context: import the file, preview, confirm; the scores are the same.
      const fresh = await newPage(browser);
      await fresh.page.goto(`${BASE}/data?view=transfer&${Q}`);
      await waitForWorker(fresh.page);
      await fresh.page.getByLabel('Change log file (JSON)').setInputFiles(file);
      const preview = fresh.page.getByRole('heading', {
        name: /What data-change-log\.json will change/,
      });
      await preview.waitFor();
      await fresh.page.getByText(/1 change set with 3 changes/).waitFor();
      await noViolations(fresh.page, 'import preview');
      const untouched = await openAiScore(fresh.page);
      assert(
        untouched === before,
        `the fresh context changed before confirming: ${untouched}, not ${before}`,
      );
      await fresh.page.goto(`${BASE}/data?view=transfer&${Q}`);
      await fresh.page.getByLabel('Change log file (JSON)').setInputFiles(file);
      await fresh.page.getByRole('button', { name: 'Import 1 change set' }).click();
      await fresh.page.getByText(/Imported 1 change set \(3 changes\)/).waitFor();
      const imported = await openAiScore(fresh.page);
      assert(imported === after, `after the import OpenAI is ${imported}, not ${after}`);
      console.log(`    fresh context after importing the log: OpenAI ${imported}`);
      assert(fresh.problems.length === 0, fresh.problems.join('\n'));
      await fresh.context.close();
    },
  },
];
