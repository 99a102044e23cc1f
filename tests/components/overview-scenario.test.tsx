import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import { dataset } from '@mocks/data/dataset';
import { useScenarioStore } from '@/stores/scenario-store';
import { renderApp } from '../render';

beforeEach(() => {
  useScenarioStore.setState({ scenarios: [], activeId: null, restoreNotice: null });
});

describe('Overview trend with an active scenario', () => {
  it('follows the scenario to its horizon and marks its events as hypothetical', async () => {
    const scenario = {
      ...closedFlagshipScenario(dataset, 'meta', '2026-10-01'),
      name: 'Meta closes its next flagship',
    };
    useScenarioStore.setState({ scenarios: [scenario], activeId: scenario.id });
    const { user } = renderApp('/?today=2026-09-01');
    const caption = await screen.findByText(
      /Scenario “Meta closes its next flagship” is active/,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const figure = caption.closest('figure');
    if (!figure) throw new Error('trend figure missing');
    await user.click(within(figure).getByRole('button', { name: /Show as table/ }));
    const hypothetical = within(figure).getAllByText('Hypothetical:');
    expect(hypothetical.length).toBeGreaterThan(0);
    // the leave button in the top bar returns to the baseline
    await user.click(screen.getByRole('button', { name: /Leave/ }));
    expect(useScenarioStore.getState().activeId).toBeNull();
  }, 90_000);
});
