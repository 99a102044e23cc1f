// The board pack: the report printed to PDF by Chromium at A4 and Letter (summary on page 1,
// sections on pages of their own, no chart outside the printable area, a footer with the stamp
// and page numbers on every page), and the app's own PDF download.
import { readFileSync, statSync } from 'node:fs';
import { ARTIFACTS, assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';
import { openPdf } from '../pdf-pages.mjs';

const Q = '?mock=latency:0&today=2026-04-20';
const MM = 96 / 25.4;
// The paper sizes in CSS pixels and the report's @page margins (14 mm top, 12 mm sides, 18 mm bottom).
const PAPER = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
};
const MARGIN = { top: 14 * MM, side: 12 * MM, bottom: 18 * MM };
const SECTIONS = [
  'Provider ranking',
  'Openness',
  'Exposure and concentration',
  'Top contributors',
  'Upcoming events',
  'Active scenario',
  'Data sources',
];

// The browser's print dialog lays the page out for paper without running ResizeObserver
// callbacks, so Recharts keeps the widths it measured on screen. The journey freezes them the
// same way before printing: the charts must fit by the print CSS alone.
async function freezeResizeObservers(page) {
  await page.addInitScript(() => {
    const Native = window.ResizeObserver;
    window.__resizeObserversFrozen = false;
    window.ResizeObserver = class extends Native {
      constructor(callback) {
        super((entries, observer) => {
          if (!window.__resizeObserversFrozen) callback(entries, observer);
        });
      }
    };
  });
}

async function openReport(page) {
  await page.goto(`${BASE}/portfolio${Q}`);
  await waitForWorker(page);
  await page.getByRole('button', { name: 'Load the sample portfolio' }).click();
  await page.getByText('Effective number of providers').waitFor();
  await page.goto(`${BASE}/reports${Q}`);
  await page.getByRole('article', { name: 'AI vendor risk summary' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Executive summary' }).waitFor();
  await page.locator('[data-chart="exposure"] svg.recharts-surface').waitFor();
}

/** The summary's figures as the page shows them, to find them again in the PDFs. */
async function summaryFacts(page) {
  const topRisks = page.getByRole('table', { name: /Top risks/ });
  const first = await topRisks.locator('tbody tr').first().getByRole('rowheader').innerText();
  const hhi = await page
    .locator('.report-summary__figures div', { hasText: 'HHI' })
    .locator('dd')
    .innerText();
  return { first: first.trim(), hhi: hhi.trim().split(' ')[0] };
}

/** Where each figure, chart drawing and chart label sits under print emulation at a paper's printable width. */
async function printGeometry(page, format) {
  const printable = {
    width: PAPER[format].width - 2 * MARGIN.side,
    height: PAPER[format].height - MARGIN.top - MARGIN.bottom,
  };
  await page.setViewportSize({
    width: Math.floor(printable.width),
    height: Math.floor(printable.height),
  });
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.report figure')].map((f) => {
      const r = f.getBoundingClientRect();
      const parts = [...f.querySelectorAll('svg.recharts-surface, svg text, svg path, svg rect')]
        .map((el) => el.getBoundingClientRect())
        .filter((b) => b.width > 0 || b.height > 0);
      const svg = f.querySelector('svg.recharts-surface')?.getBoundingClientRect();
      return {
        name: f.querySelector('h3')?.textContent ?? '?',
        svgHeight: svg?.height ?? 0,
        bars: f.querySelectorAll('.recharts-bar-rectangle').length,
        left: r.left,
        right: r.right,
        width: r.width,
        height: r.height,
        maxRight: Math.max(...parts.map((b) => b.right)),
        minLeft: Math.min(...parts.map((b) => b.left)),
        parts: parts.length,
      };
    }),
  );
  // Back to no emulation: page.pdf() prints with print media only while screen is not forced.
  await page.emulateMedia({ media: null });
  await page.setViewportSize({ width: 1440, height: 900 });
  return { printable, boxes };
}

export default [
  {
    name: 'board pack: Chromium prints the report at A4 and Letter with the summary on page 1, whole charts, a footer on every page',
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { acceptDownloads: true });
      await freezeResizeObservers(page);
      await openReport(page);
      const facts = await summaryFacts(page);
      const screenWidth = await page
        .locator('[data-chart="exposure"] svg.recharts-surface')
        .getAttribute('width');
      await page.evaluate(() => (window.__resizeObserversFrozen = true));
      console.log(`    charts measured on screen at ${screenWidth} px wide, frozen for printing`);
      const stamp = (await page.locator('.report__stamp').innerText()).trim();
      const version = stamp.match(/data set (\S+?),/)?.[1] ?? '';
      assert(version.length > 0, `no data set version in "${stamp}"`);

      for (const format of ['A4', 'Letter']) {
        const { printable, boxes } = await printGeometry(page, format);
        assert(
          boxes.length >= 2,
          `${format}: expected the ranking and exposure figures, saw ${boxes.length}`,
        );
        for (const b of boxes) {
          assert(
            b.parts > 0 && b.bars > 0 && b.svgHeight > 60,
            `${format}: figure "${b.name}" draws ${b.bars} bars in ${b.svgHeight.toFixed(0)} px`,
          );
          assert(
            b.left >= -0.5 && b.right <= printable.width + 0.5,
            `${format}: figure "${b.name}" spans ${b.left.toFixed(1)}-${b.right.toFixed(1)} px, printable width ${printable.width.toFixed(1)}`,
          );
          assert(
            b.maxRight <= b.right + 0.5 && b.minLeft >= b.left - 0.5,
            `${format}: "${b.name}" draws outside its figure (${b.minLeft.toFixed(1)}-${b.maxRight.toFixed(1)} px in ${b.left.toFixed(1)}-${b.right.toFixed(1)})`,
          );
          assert(
            b.height <= printable.height,
            `${format}: figure "${b.name}" is ${b.height.toFixed(0)} px high, the page holds ${printable.height.toFixed(0)}`,
          );
        }

        const path = `${ARTIFACTS}board-pack-print-${format}.pdf`;
        await page.pdf({ path, format, printBackground: true });
        const size = statSync(path).size;
        const pdf = await openPdf(path);
        const pages = pdf.pages;
        console.log(
          `    Chromium ${format}: ${pages.length} pages, ${Math.round(size / 1024)} KB, page ${pages[0].width.toFixed(0)}x${pages[0].height.toFixed(0)} pt`,
        );
        const first = pages[0].text;
        for (const expected of [
          'Executive summary',
          'Top risks',
          'Biggest moves since',
          'Concentration',
          'Nearest deadlines',
          facts.first,
          facts.hhi,
        ]) {
          assert(
            first.includes(expected),
            `${format}: page 1 lacks "${expected}": ${first.slice(0, 400)}`,
          );
        }
        assert(
          !first.includes('Provider ranking'),
          `${format}: the ranking section begins on page 1`,
        );
        const body = (p) =>
          p.text.replace(/^Page \d+ of \d+ /, '').replace(/^As of .*?methodology rvm-1 /, '');
        assert(
          body(pages[1]).startsWith('Provider ranking'),
          `${format}: the summary does not fit page 1; page 2 starts "${body(pages[1]).slice(0, 80)}"`,
        );
        assert(
          pages.length >= SECTIONS.length + 1 && pages.length <= SECTIONS.length + 6,
          `${format}: ${pages.length} pages for a summary and ${SECTIONS.length} sections`,
        );
        // Each section starts a page: its heading is among the first words of some page.
        for (const section of SECTIONS) {
          const at = pages.findIndex((p) =>
            p.text
              .replace(/^Page \d+ of \d+ /, '')
              .replace(/^As of .*?methodology rvm-1 /, '')
              .startsWith(section),
          );
          assert(at > 0, `${format}: no page starts with the section "${section}"`);
        }
        pages.forEach((p, i) => {
          assert(
            p.text.includes(`Page ${i + 1} of ${pages.length}`),
            `${format}: page ${i + 1} has no "Page ${i + 1} of ${pages.length}"`,
          );
          assert(
            p.text.includes('As of Apr 20, 2026') &&
              p.text.includes(`data set ${version}`) &&
              p.text.includes('methodology rvm-1'),
            `${format}: page ${i + 1} lacks the footer stamp: ${p.text.slice(0, 200)}`,
          );
        });
        const expectedWidth = format === 'A4' ? 595 : 612;
        assert(
          Math.abs(pages[0].width - expectedWidth) < 2,
          `${format}: page width ${pages[0].width} pt`,
        );
        await pdf.screenshot(1, `${ARTIFACTS}board-pack-${format}-page1.png`);
        await pdf.screenshot(2, `${ARTIFACTS}board-pack-${format}-page2.png`);
      }
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: "board pack: the app's own PDF download (A4 and Letter) starts with the summary and carries the footer",
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { acceptDownloads: true });
      await openReport(page);
      const facts = await summaryFacts(page);
      for (const [button, format, width] of [
        ['Download PDF (A4)', 'a4', 595],
        ['Download PDF (Letter)', 'letter', 612],
      ]) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: button }).click(),
        ]);
        const name = download.suggestedFilename();
        assert(
          name === `ai-vendor-risk-board-pack-2026-04-20-${format}.pdf`,
          `download named ${name}`,
        );
        const path = `${ARTIFACTS}${name}`;
        await download.saveAs(path);
        const bytes = readFileSync(path);
        assert(bytes.subarray(0, 5).toString('latin1') === '%PDF-', 'the download is not a PDF');
        const pdf = await openPdf(path);
        const pages = pdf.pages;
        const status = await page.getByRole('status').filter({ hasText: name }).innerText();
        assert(
          status.includes(`(${pages.length} pages)`),
          `status "${status}" vs ${pages.length} pages`,
        );
        console.log(
          `    app PDF ${format}: ${pages.length} pages, ${Math.round(bytes.length / 1024)} KB`,
        );
        assert(Math.abs(pages[0].width - width) < 2, `${format}: page width ${pages[0].width}`);
        const first = pages[0].text;
        for (const expected of [
          'Executive summary',
          'Top risks',
          'Nearest deadlines',
          facts.first,
          facts.hhi,
        ])
          assert(
            first.includes(expected),
            `${format}: page 1 lacks "${expected}": ${first.slice(0, 300)}`,
          );
        assert(!first.includes('Provider ranking'), `${format}: page 1 runs into the ranking`);
        assert(
          pages[1].text.startsWith('Provider ranking'),
          `${format}: the summary does not fit page 1; page 2 starts "${pages[1].text.slice(0, 80)}"`,
        );
        assert(
          pages.length >= SECTIONS.length + 1,
          `${format}: ${pages.length} pages for a summary and ${SECTIONS.length} sections`,
        );
        for (const section of SECTIONS)
          assert(
            pages.some((p, i) => i > 0 && p.text.startsWith(section)),
            `${format}: no page starts with "${section}"`,
          );
        pages.forEach((p, i) => {
          assert(
            p.text.includes(`Page ${i + 1} of ${pages.length}`) &&
              p.text.includes('As of Apr 20, 2026') &&
              p.text.includes('methodology rvm-1'),
            `${format}: page ${i + 1} lacks its footer: ${p.text.slice(-200)}`,
          );
        });
        await pdf.screenshot(1, `${ARTIFACTS}board-pack-app-${format}-page1.png`);
        await pdf.screenshot(2, `${ARTIFACTS}board-pack-app-${format}-page2.png`);
      }
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'board pack: the report with its summary has zero axe violations in light and dark, and fits 375 px',
    async run(browser) {
      const failures = [];
      for (const colorScheme of ['light', 'dark']) {
        const { context, page, problems } = await newPage(browser, { colorScheme });
        await openReport(page);
        await page.waitForLoadState('networkidle');
        await page.screenshot({
          path: `${ARTIFACTS}board-pack-report-${colorScheme}.png`,
          fullPage: true,
        });
        const violations = await axeViolations(page);
        if (violations.length)
          failures.push(`/reports (${colorScheme}):\n  ${violations.join('\n  ')}`);
        if (problems.length) failures.push(...problems);
        await context.close();
      }
      const { context, page } = await newPage(browser, { viewport: { width: 375, height: 800 } });
      await openReport(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (overflow > 0) failures.push(`/reports overflows by ${overflow}px at 375 px`);
      await page.screenshot({ path: `${ARTIFACTS}board-pack-summary-375.png`, fullPage: false });
      await context.close();
      assert(failures.length === 0, failures.join('\n'));
    },
  },
];
