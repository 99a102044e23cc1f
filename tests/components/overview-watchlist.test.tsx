import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { useWatchlistStore } from '@/stores/watchlist-store';
import { renderApp } from '../render';

beforeEach(() => {
  usePortfolioStore.setState({ dependencies: [], restoreNotice: null });
  useWatchlistStore.setState({
    providerIds: ['meta', 'openai'],
    modelIds: [],
    restoreNotice: null,
  });
});

describe('Overview: watchlist and retirements', () => {
  it('narrows the ranking to the watchlist', async () => {
    const { user } = renderApp('/?today=2026-11-26');
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: /Platform risk by provider/ },
      { timeout: 60_000 },
    );
    const figure = heading.closest('figure, section') as HTMLElement;
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    expect(within(figure).getByRole('table').querySelectorAll('tbody tr').length).toBeGreaterThan(
      2,
    );
    await user.click(screen.getByLabelText('Watchlist only'));
    const rows = () =>
      [...within(figure).getByRole('table').querySelectorAll('tbody tr')].map(
        (r) => r.textContent ?? '',
      );
    await screen.findByText(
      (_, el) => el?.tagName === 'TBODY' && el.querySelectorAll('tr').length === 2,
      undefined,
      { timeout: 10_000 },
    );
    expect(rows().some((r) => r.includes('Meta'))).toBe(true);
    expect(rows().some((r) => r.includes('OpenAI'))).toBe(true);
  }, 90_000);

  it('shows the nearest retirement clocks of the portfolio', async () => {
    usePortfolioStore.setState({
      dependencies: [
        {
          id: 'd1',
          workload: 'Legal drafting',
          modelId: 'claude-3-opus',
          criticality: 'high',
          share: 1,
          deployment: 'vendor-api',
          notes: '',
        },
      ],
    });
    renderApp('/?today=2025-12-01');
    const heading = await screen.findByRole(
      'heading',
      { name: 'Nearest retirements in your portfolio' },
      { timeout: 60_000 },
    );
    const section = heading.closest('section') as HTMLElement;
    expect(section).toHaveTextContent(
      /Legal drafting \(Claude 3 Opus .*\): Safe until Jan 5, 2026 on The provider's own API: 35 days left/,
    );
  }, 90_000);
});
