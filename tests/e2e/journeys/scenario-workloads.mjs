// A strategy lead retires GPT-5 in a scenario while a mission-critical workload depends on it:
// the workload shows as broken, counted by criticality, with its exits ranked by fit and their
// reasons; the screen is axe-clean in light, dark and at 375 px, and the report lists it too.
import { ARTIFACTS, assert, axeViolations, BASE, newPage, waitForWorker } from '../harness.mjs';

const Q = '?mock=latency:0&today=2026-04-20';

async function retireGpt5(page) {
  await page.goto(`${BASE}/portfolio${Q}`);
  await waitForWorker(page);
  await page.getByRole('button', { name: 'Load the sample portfolio' }).click();
  await page.getByText('Effective number of providers').waitFor();
  await page.goto(`${BASE}/scenarios${Q}`);
  await page.getByRole('radio', { name: 'A model is retired on a date' }).check();
  await page.getByRole('combobox', { name: 'Model retired' }).selectOption('gpt-5');
  await page.getByRole('combobox', { name: 'Kind of retirement' }).selectOption('4');
  await page.getByRole('button', { name: 'Create scenario' }).click();
  await page.getByRole('region', { name: 'Workloads broken or at risk' }).waitFor();
}

export default [
  {
    name: 'scenario workloads: retiring GPT-5 breaks the mission-critical workload, exits ranked by fit with reasons, axe clean',
    async run(browser) {
      for (const options of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { viewport: { width: 375, height: 800 } }]) {
        const what = options.colorScheme ?? '375 px';
        const { context, page, problems } = await newPage(browser, options);
        await retireGpt5(page);

        const broken = page.locator('.figures__item', { has: page.locator('dt', { hasText: 'Broken workloads' }) });
        const brokenText = (await broken.locator('dd').innerText()).replace(/\s+/g, ' ');
        assert(/^0 → 1\b/.test(brokenText), `${what}: broken workloads "${brokenText}"`);
        assert(brokenText.includes('1 mission-critical'), `${what}: no criticality count in "${brokenText}"`);

        const section = page.getByRole('region', { name: 'Workloads broken or at risk' });
        const workload = section.locator('li.workload');
        assert((await workload.count()) === 1, `${what}: expected one affected workload, saw ${await workload.count()}`);
        const head = (await workload.innerText()).replace(/\s+/g, ' ');
        for (const text of ['Customer-support assistant', 'Broken', 'Mission-critical', "GPT-5 retired on the provider's own API"]) {
          assert(head.includes(text), `${what}: the workload lacks "${text}": ${head.slice(0, 200)}`);
        }

        const list = section.getByRole('list', { name: /^Exit options for Customer-support assistant, ranked by fit/ });
        const items = list.locator(':scope > li');
        assert((await items.count()) === 5, `${what}: expected the top 5 exits, saw ${await items.count()}`);
        const top = (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
        for (const t of top) assert(/Fits: /.test(t) && /fit \d+\/100/.test(t), `${what}: an exit without reasons: ${t}`);
        assert(/^Llama 4 /.test(top[0] ?? ''), `${what}: top exit is "${top[0]}"`);
        if (what === 'light') {
          console.log('    top 5 exits for GPT-5 (Customer-support assistant, mission-critical, vendor API):');
          top.forEach((t, i) => console.log(`      ${i + 1}. ${t}`));
        }

        const more = section.getByRole('button', { name: /^Show all \d+ exit options for Customer-support assistant$/ });
        const total = Number(/\d+/.exec(await more.innerText())?.[0]);
        await more.click();
        assert((await items.count()) === total, `${what}: "Show all" showed ${await items.count()} of ${total}`);
        const all = (await items.allInnerTexts()).join('\n');
        assert(/modalities unknown/.test(all), `${what}: the option with unknown modalities is hidden`);
        const rankOf = (name) => (all.split('\n').filter((l) => /fit \d+\/100/.test(l)).findIndex((l) => l.startsWith(name)) + 1);
        if (what === 'light') console.log(`    ${total} exits ranked; Gemma (2B / 7B) #${rankOf('Gemma (2B')}, Grok-1 #${rankOf('Grok-1')}`);

        if (what === '375 px') {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert(overflow <= 0, `scenarios page overflows horizontally by ${overflow}px at 375 px`);
        }
        const violations = await axeViolations(page);
        assert(violations.length === 0, `${what}: axe violations on /scenarios:\n${violations.join('\n')}`);
        await page.screenshot({ path: `${ARTIFACTS}scenario-workloads-${what.replace(/\s+/g, '')}.png`, fullPage: true });

        if (what === 'light') {
          await page.getByRole('button', { name: /^Activate GPT-5 is retired/ }).click();
          await page.getByRole('link', { name: 'Reports' }).click();
          const report = page.getByRole('article', { name: 'AI vendor risk summary' });
          await report.waitFor();
          const scenario = report.getByRole('region', { name: 'Active scenario' });
          const text = (await scenario.innerText()).replace(/\s+/g, ' ');
          assert(text.includes('Workloads broken 0 → 1 (1 mission-critical)'), `report lacks the broken count: ${text.slice(-600)}`);
          assert(/Customer-support assistant \(mission-critical\): broken/.test(text), 'report lacks the broken workload');
          const reportViolations = await axeViolations(page);
          assert(reportViolations.length === 0, `axe violations on /reports:\n${reportViolations.join('\n')}`);
        }
        assert(problems.length === 0, `${what}: ${problems.join('\n')}`);
        await context.close();
      }
    },
  },
];
