import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { usePortfolioStore } from '@/stores/portfolio-store';
import { renderApp } from '../render';

beforeEach(() => {
  usePortfolioStore.setState({ dependencies: [], restoreNotice: null });
});

describe('Overview exposure', () => {
  it('shows no exposure while the portfolio is empty', async () => {
    renderApp('/?today=2026-11-26');
    await screen.findByRole('heading', { level: 2, name: /Platform risk by provider/ }, { timeout: 60_000 });
    expect(screen.queryByRole('heading', { name: 'Your exposure' })).not.toBeInTheDocument();
  }, 90_000);

  it('shows exposure beside risk once the portfolio holds dependencies', async () => {
    usePortfolioStore.setState({ dependencies: [...SAMPLE_PORTFOLIO] });
    renderApp('/?today=2026-11-26');
    const heading = await screen.findByRole('heading', { name: 'Your exposure' }, { timeout: 60_000 });
    const section = heading.closest('section');
    if (!section) throw new Error('exposure section missing');
    expect(within(section).getByText(/highly concentrated/i)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Edit the portfolio' })).toBeInTheDocument();
  }, 90_000);
});
