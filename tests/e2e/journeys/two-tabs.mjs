// Two tabs editing the same portfolio: neither undoes the other's change.
import { assert, BASE, newPage, waitForWorker } from '../harness.mjs';

const Q = '?mock=latency:0&today=2026-11-26';

async function workloads(page) {
  return page.getByRole('table', { name: /Your AI dependencies/ }).locator('tbody tr th').allInnerTexts();
}

export default [
  {
    name: 'two tabs: a dependency removed in one tab stays removed when the other removes another',
    async run(browser) {
      const { context, page: tabA, problems } = await newPage(browser);
      await tabA.goto(`${BASE}/portfolio${Q}`);
      await waitForWorker(tabA);
      await tabA.getByRole('button', { name: 'Load the sample portfolio' }).click();
      await tabA.getByRole('button', { name: 'Remove Code assistant' }).waitFor();

      const tabB = await context.newPage();
      await tabB.goto(`${BASE}/portfolio${Q}`);
      await tabB.getByRole('button', { name: 'Remove Code assistant' }).click();
      await tabB.getByRole('button', { name: 'Remove Code assistant' }).waitFor({ state: 'detached' });

      // Tab A was open all along; its next change must build on tab B's.
      await tabA.getByRole('button', { name: 'Remove Code assistant' }).waitFor({ state: 'detached' });
      await tabA.getByRole('button', { name: 'Remove Marketing drafts' }).click();
      await tabA.getByRole('button', { name: 'Remove Marketing drafts' }).waitFor({ state: 'detached' });

      for (const tab of [tabA, tabB]) await tab.reload();
      for (const [name, tab] of [['A', tabA], ['B', tabB]]) {
        await tab.getByRole('table', { name: /Your AI dependencies/ }).waitFor();
        const names = await workloads(tab);
        assert(names.length === 4, `tab ${name} holds ${names.length} dependencies: ${names.join(', ')}`);
        assert(!names.some((n) => /Code assistant|Marketing drafts/.test(n)), `tab ${name} brought back a removed dependency: ${names.join(', ')}`);
      }
      console.log('    two tabs: 6 dependencies, one removed in each tab, 4 left in both after reload');
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  },
];
