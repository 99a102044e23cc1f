import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { SCENARIO_STORAGE_KEY, useScenarioStore } from '@/stores/scenario-store';
import { renderApp } from '../render';

beforeEach(() => {
  usePortfolioStore.setState({
    dependencies: SAMPLE_PORTFOLIO.map((d) => ({ ...d })),
    restoreNotice: null,
  });
  useScenarioStore.setState({ scenarios: [], activeId: null, restoreNotice: null });
});

function numberIn(text: string): number {
  return Number(text.replace(/[^\d.-]/g, '').replace(/^-+$/, ''));
}

describe('Scenarios page', () => {
  it('builds "Meta’s next flagship is closed-weight", shows Meta’s delta above zero, and activates it in the top bar', async () => {
    const { user } = renderApp('/scenarios?today=2026-04-20');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenarios' })).toBeInTheDocument();
    await user.click(
      await screen.findByRole(
        'radio',
        { name: /next flagship is closed-weight/ },
        { timeout: 15000 },
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Provider' }), 'meta');
    await user.click(screen.getByRole('button', { name: 'Create scenario' }));
    expect(
      await screen.findByText(
        "Saved “Meta's next flagship is closed-weight”. Its comparison is shown below the saved scenarios.",
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /baseline and scenario/ });
    const meta = within(table).getByRole('row', { name: /^Meta/ });
    const cells = within(meta).getAllByRole('cell');
    expect(numberIn(cells[2]?.textContent ?? '')).toBeGreaterThan(0);
    expect(cells[2]).toHaveTextContent('▲');
    expect(screen.getByText('Effective number of providers')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: "Activate Meta's next flagship is closed-weight" }),
    );
    const banner = screen.getAllByRole('banner')[0] as HTMLElement;
    expect(
      within(banner).getByRole('link', { name: "Meta's next flagship is closed-weight" }),
    ).toBeInTheDocument();
    expect(useScenarioStore.getState().activeId).toBe(useScenarioStore.getState().scenarios[0]?.id);
    await user.click(within(banner).getByRole('button', { name: 'Leave scenario' }));
    expect(useScenarioStore.getState().activeId).toBeNull();
  });

  it('saves several scenarios, names them, switches between them and deletes one', async () => {
    const { user } = renderApp('/scenarios?today=2026-04-20');
    await user.click(
      await screen.findByRole(
        'radio',
        { name: 'A model is retired on a date' },
        { timeout: 15000 },
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model retired' }), 'gpt-5');
    await user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), 'GPT-5 goes away');
    await user.click(screen.getByRole('button', { name: 'Create scenario' }));
    expect(
      await screen.findByRole('heading', { name: /GPT-5 goes away: baseline against scenario/ }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'A provider leaves a cloud' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Provider' }), 'anthropic');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Cloud it leaves' }),
      'Amazon Bedrock',
    );
    await user.click(screen.getByRole('button', { name: 'Create scenario' }));
    expect(
      await screen.findByRole('heading', { name: /Anthropic leaves Amazon Bedrock: baseline/ }),
    ).toBeInTheDocument();
    expect(useScenarioStore.getState().scenarios).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Compare GPT-5 goes away' }));
    expect(screen.getByRole('heading', { name: /GPT-5 goes away: baseline/ })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'New name' }), 'OpenAI retires GPT-5');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(
      screen.getByRole('heading', { name: /OpenAI retires GPT-5: baseline/ }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete OpenAI retires GPT-5' }));
    expect(useScenarioStore.getState().scenarios.map((s) => s.name)).toEqual([
      'Anthropic leaves Amazon Bedrock',
    ]);
  });

  it('retiring GPT-5 breaks the mission-critical support workload and lists its exits ranked by fit, with reasons', async () => {
    const { user } = renderApp('/scenarios?today=2026-04-20');
    await user.click(
      await screen.findByRole('radio', { name: 'A model is retired on a date' }, { timeout: 15000 }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model retired' }), 'gpt-5');
    await user.click(screen.getByRole('button', { name: 'Create scenario' }));
    await screen.findByRole('heading', { name: /GPT-5 is retired on .*: baseline against scenario/ });

    const broken = screen.getByText('Broken workloads').closest('div') as HTMLElement;
    expect(broken).toHaveTextContent('0 → 1');
    expect(broken).toHaveTextContent('1 mission-critical');
    const section = screen.getByRole('region', { name: 'Workloads broken or at risk' });
    const items = within(section).getAllByRole('listitem').filter((li) => li.classList.contains('workload'));
    expect(items).toHaveLength(1);
    const support = items[0] as HTMLElement;
    expect(support).toHaveTextContent('Customer-support assistant');
    expect(support).toHaveTextContent('Broken');
    expect(support).toHaveTextContent('Mission-critical');
    expect(support).toHaveTextContent("GPT-5 retired on the provider's own API since Oct 17, 2026");

    const exits = within(support).getByRole('list', {
      name: /^Exit options for Customer-support assistant, ranked by fit \(\d+\)$/,
    });
    expect(within(exits).getAllByRole('listitem')).toHaveLength(5);
    expect(within(exits).getAllByRole('listitem')[0]).toHaveTextContent(/^Llama 4 .*Fits: text\+image in, text out; context window 1M tokens/);
    const more = within(support).getByRole('button', { name: /^Show all (\d+) exit options for Customer-support assistant$/ });
    const total = Number(/Show all (\d+)/.exec(more.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(40);
    await user.click(more);
    expect(within(exits).getAllByRole('listitem')).toHaveLength(total);
    // Unknown facts rank an option lower; they do not hide it.
    expect(within(exits).getByText(/modalities unknown/)).toBeInTheDocument();
    expect(within(exits).getByText(/^Grok-1/)).toBeInTheDocument();
  });

  it('a deprecation with a shutdown after the horizon puts the workload at risk with that date', async () => {
    const { user } = renderApp('/scenarios?today=2026-04-20');
    await user.click(
      await screen.findByRole(
        'radio',
        { name: 'A model is deprecated, with a shutdown date' },
        { timeout: 15000 },
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model deprecated' }), 'gpt-5');
    const shutdown = screen.getByLabelText('Shutdown date (optional)');
    await user.type(shutdown, '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Create scenario' }));
    await screen.findByRole('heading', { name: /GPT-5 is deprecated on .*, shut down on 2027-03-01: baseline/ });
    const atRisk = screen.getByText('Workloads at risk').closest('div') as HTMLElement;
    expect(atRisk).toHaveTextContent('0 → 1');
    expect(atRisk).toHaveTextContent('1 mission-critical');
    const section = screen.getByRole('region', { name: 'Workloads broken or at risk' });
    expect(section).toHaveTextContent('At risk');
    expect(section).toHaveTextContent(
      "GPT-5 deprecated on the provider's own API since Oct 17, 2026; shutdown Mar 1, 2027",
    );
    // A shutdown before the deprecation is refused with the reason.
    await user.clear(shutdown);
    await user.type(shutdown, '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Create scenario' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The shutdown cannot come before the deprecation.');
  });

  it('explains what is missing instead of saving', async () => {
    const { user } = renderApp('/scenarios?today=2026-04-20');
    await user.click(
      await screen.findByRole('radio', { name: 'A custom hypothetical event' }, { timeout: 15000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Create scenario' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Describe the event');
    expect(useScenarioStore.getState().scenarios).toHaveLength(0);
  });

  it('survives corrupt saved scenarios and says so', async () => {
    localStorage.setItem(SCENARIO_STORAGE_KEY, '{"state":');
    await useScenarioStore.persist.rehydrate();
    renderApp('/scenarios');
    expect(
      await screen.findByText(/^Your saved scenarios could not be read, so none are loaded\./),
    ).toBeInTheDocument();
  });
});
