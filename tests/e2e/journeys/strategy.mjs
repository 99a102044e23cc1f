// The strategy team's journey: portfolio, a what-if scenario, exports and the printed report.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import Papa from 'papaparse';
import { ARTIFACTS, assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const Q = '?mock=latency:0&today=2026-04-20';

async function figure(page, label) {
  const item = page
    .locator('.figures__item', { has: page.locator('dt', { hasText: label }) })
    .first();
  return (await item.locator('dd').innerText()).trim();
}

function number(text) {
  return Number(text.replace(/,/g, '').match(/[-+]?\d+(\.\d+)?/)?.[0] ?? NaN);
}

async function loadSampleAndScenario(page) {
  await page.goto(`${BASE}/portfolio${Q}`);
  await waitForWorker(page);
  await page.getByRole('button', { name: 'Load the sample portfolio' }).click();
  await page.getByText('Effective number of providers').waitFor();
  await page.goto(`${BASE}/scenarios${Q}`);
  await page.getByRole('radio', { name: /next flagship is closed-weight/ }).check();
  await page.getByRole('combobox', { name: 'Provider' }).selectOption('meta');
  await page.getByRole('button', { name: 'Create scenario' }).click();
  await page.getByRole('table', { name: /baseline and scenario/ }).waitFor();
}

export default [
  {
    name: 'strategy: sample portfolio, Meta closed-flagship scenario, exports, PDF report, reload keeps the portfolio',
    async run(browser) {
      const { context, page, problems } = await newPage(browser, { acceptDownloads: true });
      await page.goto(`${BASE}/portfolio${Q}`);
      await waitForWorker(page);
      await page.getByRole('button', { name: 'Load the sample portfolio' }).click();
      await page.getByText('Effective number of providers').waitFor();
      const effective = number(await figure(page, 'Effective number of providers'));
      const hhiText = await figure(page, 'Concentration (HHI)');
      const hhi = number(hhiText);
      assert(effective > 1 && effective < 6, `effective number of providers ${effective}`);
      assert(hhi > 1000 && hhi <= 10000, `HHI ${hhi}`);
      assert(/concentrated market band/i.test(hhiText), `no HHI band in "${hhiText}"`);
      assert(
        Math.abs(effective - 10000 / hhi) < 0.06,
        `effective N ${effective} is not 10,000 / HHI ${hhi}`,
      );
      console.log(
        `    sample portfolio: effective N ${effective}, ${hhiText.replace(/\s+/g, ' ')}`,
      );
      const rows = await page
        .getByRole('table', { name: /Your AI dependencies/ })
        .locator('tbody tr')
        .count();
      assert(rows === 6, `expected 6 dependencies, saw ${rows}`);
      await page.screenshot({ path: `${ARTIFACTS}strategy-portfolio.png`, fullPage: true });

      await page.getByRole('link', { name: 'Scenarios' }).click();
      await page.getByRole('heading', { level: 1, name: 'Scenarios' }).waitFor();
      await page.getByRole('radio', { name: /next flagship is closed-weight/ }).check();
      await page.getByRole('combobox', { name: 'Provider' }).selectOption('meta');
      await page.getByRole('button', { name: 'Create scenario' }).click();
      const table = page.getByRole('table', { name: /baseline and scenario/ });
      await table.waitFor();
      const metaRow = table.getByRole('row', { name: /^Meta\b/ });
      const cells = await metaRow.getByRole('cell').allInnerTexts();
      const metaDelta = number(cells[2] ?? '');
      assert(metaDelta > 0, `Meta's delta should be above zero, saw "${cells[2]}"`);
      // The change shown is the difference of the figures shown.
      const shownDiff = Math.round((number(cells[1]) - number(cells[0])) * 10) / 10;
      assert(shownDiff === metaDelta, `Meta: ${cells[0]} → ${cells[1]} but change ${cells[2]}`);
      console.log(
        `    Meta's next flagship is closed-weight: Meta ${cells[0]} → ${cells[1]} (${cells[2].replace(/\s+/g, ' ')})`,
      );
      await page
        .getByRole('button', { name: "Activate Meta's next flagship is closed-weight" })
        .click();
      await page
        .locator('.topbar')
        .getByRole('link', { name: "Meta's next flagship is closed-weight" })
        .waitFor();
      await page.screenshot({ path: `${ARTIFACTS}strategy-scenarios.png`, fullPage: true });

      await page.getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('article', { name: 'AI vendor risk summary' }).waitFor();
      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const csvPath = `${ARTIFACTS}${csvDownload.suggestedFilename()}`;
      await csvDownload.saveAs(csvPath);
      const csv = readFileSync(csvPath, 'utf8');
      assert(
        csv.startsWith('"rank","provider_id","provider","platform_risk"'),
        `CSV header: ${csv.slice(0, 80)}`,
      );
      assert(csv.split('\r\n').length >= 17, 'CSV should hold a row per provider');
      assert(
        csv.includes('"rvm-1"') && csv.includes('"Meta"'),
        'CSV lacks the methodology id or Meta',
      );
      assert(
        csv.includes("Meta's next flagship is closed-weight"),
        'CSV lacks the active scenario',
      );
      // The scenario's baseline travels with it, and every change recomputes from the row.
      const csvRows = Papa.parse(csv.trim(), { header: false }).data;
      const head = csvRows[0];
      const [cb, cs, cd, cf] = [
        'scenario_baseline_risk',
        'scenario_risk',
        'scenario_delta',
        'facts_current_to',
      ].map((h) => head.indexOf(h));
      assert(cb >= 0 && cs >= 0 && cd >= 0 && cf >= 0, `CSV header: ${head.join(',')}`);
      for (const row of csvRows.slice(1)) {
        const at = (i) => row[i];
        const [base, scen, change] = [at(cb), at(cs), at(cd)].map(Number);
        assert(
          Math.round((scen - base) * 10) / 10 === change,
          `CSV row: baseline ${at(cb)}, scenario ${at(cs)}, change ${at(cd)}`,
        );
        assert(at(cf) === '2026-05-20', `facts_current_to: ${at(cf)}`);
      }
      const [mdDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export Markdown' }).click(),
      ]);
      const mdPath = `${ARTIFACTS}${mdDownload.suggestedFilename()}`;
      await mdDownload.saveAs(mdPath);
      const md = readFileSync(mdPath, 'utf8');
      for (const heading of [
        '## Provider ranking',
        '## Exposure and concentration',
        '## Active scenario',
        '## Data sources',
      ]) {
        assert(md.includes(heading), `Markdown lacks ${heading}`);
      }
      assert(/methodology rvm-1/.test(md), 'Markdown lacks the methodology id');
      assert(/compiled 2026-11-26, facts current to 2026-05-20/.test(md), 'Markdown: facts date');
      assert(!md.includes('(hypothetical) (hypothetical)'), 'Markdown repeats "(hypothetical)"');
      const upcoming = md.slice(md.indexOf('## Upcoming events'), md.indexOf('## Active scenario'));
      assert(!upcoming.includes('hypothetical'), 'a hypothetical event is listed as upcoming');
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the ranking chart as SVG' }).click(),
      ]);
      const svgPath = `${ARTIFACTS}${svgDownload.suggestedFilename()}`;
      await svgDownload.saveAs(svgPath);
      const svg = readFileSync(svgPath, 'utf8');
      assert(
        svg.startsWith('<svg') && svg.includes('Meta') && !svg.includes('var(--'),
        'SVG export is not standalone',
      );
      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the exposure chart as PNG' }).click(),
      ]);
      const pngPath = `${ARTIFACTS}${pngDownload.suggestedFilename()}`;
      await pngDownload.saveAs(pngPath);
      const png = readFileSync(pngPath);
      assert(
        png.subarray(1, 4).toString() === 'PNG' && png.length > 2000,
        `PNG export is ${png.length} bytes`,
      );

      // The printed report: navigation gone, the ranking there, then a real PDF from Chromium.
      await page.emulateMedia({ media: 'print' });
      assert(
        !(await page.locator('nav[aria-label="Main"]').isVisible()),
        'navigation shows in print',
      );
      assert(
        !(await page.getByRole('button', { name: 'Export CSV' }).isVisible()),
        'export buttons show in print',
      );
      const ranking = page.getByRole('table', { name: /Providers ranked by platform risk/ });
      assert(await ranking.isVisible(), 'ranking missing in print');
      const printed = await ranking.locator('tbody tr').count();
      assert(printed === 16, `print shows ${printed} ranked providers`);
      assert(await page.locator('.report__footer').isVisible(), 'footer missing in print');
      for (const format of ['A4', 'Letter']) {
        const path = `${ARTIFACTS}strategy-report-${format}.pdf`;
        await page.pdf({ path, format, printBackground: true });
        const size = statSync(path).size;
        assert(size > 20000, `${format} PDF is only ${size} bytes`);
        const pdf = readFileSync(path, 'latin1');
        const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        assert(pages >= 6, `${format} PDF has ${pages} pages; each section should start a page`);
        console.log(`    ${format} PDF: ${pages} pages, ${Math.round(size / 1024)} KB`);
        if (existsSync('/usr/bin/pdftotext')) {
          const text = execFileSync('/usr/bin/pdftotext', [path, '-'], { encoding: 'utf8' });
          assert(
            text.includes('Provider ranking') && text.includes('Meta'),
            'PDF text lacks the ranking',
          );
        }
      }
      await page.emulateMedia({ media: 'screen' });

      await page.reload();
      await page.getByRole('article', { name: 'AI vendor risk summary' }).waitFor();
      await page.getByRole('link', { name: 'Portfolio' }).click();
      await page.getByRole('table', { name: /Your AI dependencies/ }).waitFor();
      const after = await page
        .getByRole('table', { name: /Your AI dependencies/ })
        .locator('tbody tr')
        .count();
      assert(after === 6, `after reload the portfolio holds ${after} dependencies`);
      assert(
        await page
          .locator('.topbar')
          .getByText("Meta's next flagship is closed-weight")
          .isVisible(),
        'active scenario lost on reload',
      );
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
  {
    name: 'strategy: axe-core finds zero violations on /portfolio, /scenarios and /reports, light and dark, and 375 px fits',
    async run(browser) {
      const failures = [];
      for (const colorScheme of ['light', 'dark']) {
        const { context, page, problems } = await newPage(browser, { colorScheme });
        await loadSampleAndScenario(page);
        await page
          .getByRole('button', { name: "Activate Meta's next flagship is closed-weight" })
          .click();
        for (const route of ['/portfolio', '/scenarios', '/reports']) {
          await page.goto(`${BASE}${route}${Q}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          if (route === '/reports')
            await page.getByRole('article', { name: 'AI vendor risk summary' }).waitFor();
          const violations = await axeViolations(page);
          if (violations.length)
            failures.push(`${route} (${colorScheme}):\n  ${violations.join('\n  ')}`);
          if (colorScheme === 'dark')
            await page.screenshot({
              path: `${ARTIFACTS}strategy${route.replace('/', '-')}-dark.png`,
              fullPage: true,
            });
        }
        assert(problems.length === 0, problems.join('\n'));
        await context.close();
      }
      const { context, page } = await newPage(browser, { viewport: { width: 375, height: 800 } });
      await loadSampleAndScenario(page);
      for (const route of ['/portfolio', '/scenarios', '/reports']) {
        await page.goto(`${BASE}${route}${Q}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 0) failures.push(`${route} overflows by ${overflow}px at 375 px`);
        await page.screenshot({
          path: `${ARTIFACTS}strategy${route.replace('/', '-')}-375.png`,
          fullPage: true,
        });
      }
      await context.close();
      assert(failures.length === 0, failures.join('\n'));
    },
  },
];
