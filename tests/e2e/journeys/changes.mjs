// The CIO's weekly look: star OpenAI, mark a review, let a curator accept two OpenAI shutdowns
// through the Data page, see the unread count rise, open the notification onto its evidence and
// follow it to the event's source; export the digest as Markdown, e-mail HTML and JSON and check
// each file; axe on /changes in light, dark and at 375 px.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { ARTIFACTS, assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const Q = 'mock=latency:0&today=2026-12-01';
const FEED = new URL('../../fixtures/external/model-eol/openai.json', import.meta.url).pathname;
const FEED_SOURCE = 'https://developers.openai.com/api/docs/deprecations';
const tsconfig = fileURLToPath(new URL('../../../tsconfig.app.json', import.meta.url));

async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert(violations.length === 0, `${where}:\n${violations.join('\n')}`);
}

async function unread(page) {
  const badge = page.getByTestId('unread-count');
  await badge.waitFor();
  return Number((await badge.innerText()).trim());
}

async function save(page, button, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const file = `${ARTIFACTS}${name}`;
  await download.saveAs(file);
  return readFileSync(file, 'utf8');
}

export default [
  {
    name: 'changes: watch OpenAI, mark a review, a curation change raises the unread count, the notification leads to the source, three digests',
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { acceptDownloads: true });
      await page.goto(`${BASE}/providers/openai?${Q}`);
      await waitForWorker(page);
      await page.getByRole('button', { name: 'Watch OpenAI' }).click();
      await page.getByRole('button', { name: 'Watching OpenAI' }).waitFor();

      // A rule on the watchlist, then a named review.
      await page.goto(`${BASE}/changes?${Q}`);
      await page.getByRole('heading', { level: 1, name: 'What changed' }).waitFor();
      await page.getByLabel('Kind').selectOption({ label: 'New event of a severity' });
      await page.getByLabel('Scope').selectOption({ label: 'Watchlist' });
      await page.getByLabel('Minimum severity').fill('0');
      await page.getByLabel('Rule name (optional)').fill('Any new OpenAI event');
      await page.getByRole('button', { name: 'Add rule' }).click();
      await page.getByText('Any new OpenAI event').first().waitFor();
      await page.getByLabel('Review name (optional)').fill('Journey review');
      await page.getByRole('button', { name: /Mark as reviewed/ }).click();
      await page.getByText('Recorded the review Journey review (2026-12-01).').waitFor();
      await page.waitForTimeout(300);
      const before = await unread(page);

      // A curator accepts two OpenAI shutdowns dated 2026-10-23: before the review, recorded after it.
      await page.goto(`${BASE}/data?view=import&${Q}`);
      await page.getByLabel(/Catalog file/).setInputFiles(FEED);
      const shutdowns = page.getByRole('region', { name: /Deprecations and shutdowns \(8\)/ });
      await shutdowns.waitFor({ timeout: 20000 });
      await shutdowns.getByRole('checkbox', { name: /Accept: GPT-4: retired/ }).check();
      await shutdowns.getByRole('checkbox', { name: /Accept: OpenAI o1 .*: retired/ }).check();
      await page.getByLabel('Your name').fill('Journey Curator');
      await page.getByRole('button', { name: 'Accept 2 rows as one change set' }).click();
      await page.getByRole('heading', { name: /Accepted 2 rows as change set cs-/ }).waitFor();

      await page.goto(`${BASE}/changes?${Q}`);
      await page.getByRole('heading', { level: 1, name: 'What changed' }).waitFor();
      const inbox = page.getByRole('region', { name: 'Inbox' });
      const item = inbox.locator('summary', { hasText: /GPT-4 and OpenAI o1/ }).first();
      await item.waitFor({ timeout: 20000 });
      const after = await unread(page);
      assert(after > before, `the unread count did not rise: ${before} → ${after}`);
      console.log(`    unread: ${before} → ${after}`);
      const events = page.getByRole('region', { name: /New events/ });
      await events
        .getByText(/New to you: dated before your review, recorded after it/)
        .first()
        .waitFor();

      await item.click();
      const body = inbox.locator('details[open]').first();
      await body.getByText(/dated before your review, recorded after it/).waitFor();
      const sourceHrefs = await body
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert(
        sourceHrefs.includes(FEED_SOURCE),
        `the notification does not cite the feed: ${sourceHrefs.join(', ')}`,
      );
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="unread-count"]')?.textContent?.trim() !== undefined,
      );
      const opened = await unread(page);
      assert(opened === after - 1, `opening did not mark it read: ${after} → ${opened}`);
      await body
        .getByRole('link', { name: /^Event: / })
        .first()
        .click();
      const panel = page.getByRole('region', {
        name: /^GPT-4 and OpenAI o1 .* retired from the OpenAI API$/,
      });
      await panel.waitFor();
      const eventHrefs = await panel
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert(
        eventHrefs.includes(FEED_SOURCE),
        `the event's sources are not the feed: ${eventHrefs.join(', ')}`,
      );

      // The digest in three forms.
      await page.goto(`${BASE}/changes?${Q}`);
      await page.getByRole('heading', { name: 'Digest' }).waitFor();
      const md = await save(page, 'Export Markdown', 'changes-digest.md');
      for (const line of [
        'Review: Journey review, 2026-12-01',
        'As of: 2026-12-01',
        'Data set: ',
        'Methodology: rvm-1',
      ]) {
        assert(md.includes(line), `the Markdown digest lacks "${line}"`);
      }
      const html = await save(page, 'Export e-mail HTML', 'changes-digest.html');
      assert(!/<script/i.test(html), 'the HTML digest holds a script');
      assert(!/<style|<link/i.test(html), 'the HTML digest is not inline-styled only');
      const json = await save(page, 'Export JSON', 'changes-digest.json');
      const { digestSchema } = await tsImport('../../../src/domain/review/digest.ts', {
        parentURL: import.meta.url,
        tsconfig,
      });
      const parsed = digestSchema.safeParse(JSON.parse(json));
      assert(parsed.success, `the JSON digest does not validate: ${parsed.error?.message}`);
      assert(
        parsed.data.reviewName === 'Journey review' && parsed.data.methodology === 'rvm-1',
        'the JSON digest is not stamped',
      );
      assert(
        parsed.data.events.some((e) => e.clock === 'recorded-after-review'),
        'the JSON digest misses the late-recorded events',
      );
      await page.getByText('Webhook preview', { exact: true }).click();
      await page.getByLabel('Webhook payload').waitFor();

      // The HTML renders: open it in a page of its own (no script runs, nothing is fetched).
      const mail = await context.newPage();
      await mail.setContent(html);
      assert(
        (await mail.getByRole('heading', { level: 1 }).innerText()) === 'What changed',
        'the HTML digest does not render',
      );
      await mail.close();

      await noViolations(page, '/changes (light, inbox and webhook preview open)');
      await page.screenshot({ path: `${ARTIFACTS}changes-light.png`, fullPage: true });
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'changes: a quarter since a review on 2026-09-01 reads in one screen at 1440x900',
    async run(browser) {
      const { context, page, problems } = await newPage(browser);
      await page.goto(`${BASE}/changes?mock=latency:0&today=2026-09-01`);
      await waitForWorker(page);
      await page.getByLabel('Review name (optional)').fill('Q3 board');
      await page.getByRole('button', { name: /Mark as reviewed/ }).click();
      await page.getByText('Recorded the review Q3 board (2026-09-01).').waitFor();
      await page.goto(`${BASE}/changes?mock=latency:0&today=2026-12-01`);
      await page.getByRole('heading', { name: /Deadlines in the next 90 days/ }).waitFor({
        timeout: 20000,
      });
      await page.waitForTimeout(300);
      // The summary, the platform-risk table and every section of the report end above the fold.
      const bottoms = await page.evaluate(() =>
        ['changes-summary', 'chg-risk', 'chg-events', 'chg-open', 'chg-life', 'chg-dead'].map(
          (id) => {
            const el =
              document.querySelector(`[data-testid="${id}"]`) ??
              document.querySelector(`section[aria-labelledby="${id}"]`);
            return [id, el === null ? null : Math.round(el.getBoundingClientRect().bottom)];
          },
        ),
      );
      for (const [id, bottom] of bottoms) {
        assert(
          bottom !== null && bottom <= 900,
          `${id} ends at ${bottom} px, below the 900 px screen`,
        );
      }
      console.log(`    section bottoms: ${bottoms.map(([id, b]) => `${id} ${b}`).join(', ')}`);
      await page.screenshot({ path: `${ARTIFACTS}changes-quarter-1440x900.png` });
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'changes: axe on /changes in dark and at 375 px',
    async run(browser) {
      for (const [label, options] of [
        ['dark', { colorScheme: 'dark' }],
        ['375 px', { viewport: { width: 375, height: 812 } }],
      ]) {
        const { context, page, problems } = await newPage(browser, options);
        await page.goto(`${BASE}/changes?${Q}`);
        await waitForWorker(page);
        await page.getByRole('heading', { name: /New events/ }).waitFor({ timeout: 20000 });
        await page.waitForTimeout(300);
        await noViolations(page, `/changes (${label})`);
        await page.screenshot({
          path: `${ARTIFACTS}changes-${label.replace(' ', '')}.png`,
          fullPage: true,
        });
        assert(problems.length === 0, problems.join('\n'));
        await context.close();
      }
    },
  },
];
