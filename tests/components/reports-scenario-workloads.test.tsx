import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { retirementScenario } from '@/domain/scenario/scenario-templates';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useScenarioStore } from '@/stores/scenario-store';
import { dataset } from '@mocks/data/dataset';
import { renderApp } from '../render';

beforeEach(() => {
  usePortfolioStore.setState({
    dependencies: SAMPLE_PORTFOLIO.map((d) => ({ ...d })),
    restoreNotice: null,
  });
  const scenario = retirementScenario(dataset, 'gpt-5', '2026-09-01', '2026-10-17', 4);
  useScenarioStore.setState({ scenarios: [scenario], activeId: scenario.id, restoreNotice: null });
});

describe('Reports page with a scenario that retires GPT-5', () => {
  it('lists the broken mission-critical workload with its top exits ranked by fit', async () => {
    renderApp('/reports?today=2026-04-20');
    const report = await screen.findByRole(
      'article',
      { name: 'AI vendor risk summary' },
      { timeout: 15000 },
    );
    const section = within(report).getByRole('region', { name: 'Active scenario' });
    expect(section).toHaveTextContent(
      'Workloads broken 0 → 1 (1 mission-critical); at risk 0 → 0 (none).',
    );
    const item = within(section).getByText('Customer-support assistant').closest('li') as HTMLElement;
    expect(item).toHaveTextContent(
      "(mission-critical): broken, GPT-5 retired on the provider's own API since 2026-09-01. Exits ranked by fit, top 5 of",
    );
    const exits = within(item).getAllByRole('listitem');
    expect(exits).toHaveLength(5);
    expect(exits[0]).toHaveTextContent(/^Llama 4 .* \(Meta\), fit \d+\/100\. Fits: text\+image in, text out/);
  });
});
