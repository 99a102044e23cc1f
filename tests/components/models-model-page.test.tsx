import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

describe('Model page', () => {
  it('shows openness with its rule and history, the license, channels, status, events and sources', async () => {
    renderApp('/models/grok-2?today=2026-11-26');
    expect(await screen.findByRole('heading', { level: 1, name: /^Grok 2 / })).toBeInTheDocument();
    const openness = screen.getByRole('region', { name: 'Openness' });
    expect(within(openness).getByText(/^Why: /)).toBeInTheDocument();
    // Grok 2 was closed at launch and opened later: two history rows.
    const history = within(openness).getByRole('table');
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(within(history).getByText('Closed')).toBeInTheDocument();
    const license = screen.getByRole('region', { name: 'License' });
    expect(within(license).getByText('License as published')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Access channels' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Status' })).toHaveTextContent('Active');
    const events = screen.getByRole('region', { name: 'Related events' });
    expect(await within(events).findAllByRole('listitem')).not.toHaveLength(0);
    const sources = screen.getByRole('region', { name: 'Sources and confidence' });
    for (const link of within(sources).getAllByRole('link')) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('is reached from the catalog', async () => {
    const { user } = renderApp('/models?q=scout&today=2026-11-26');
    await user.click(
      await screen.findByRole('link', { name: 'Llama 4 Scout' }, { timeout: 10000 }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Llama 4 Scout' }),
    ).toBeInTheDocument();
    const license = screen.getByRole('region', { name: 'License' });
    expect(within(license).getByText('Llama 4 Community License')).toBeInTheDocument();
    expect(within(license).getByText(/700M monthly active users/)).toBeInTheDocument();
  });

  it('says when a model does not exist', async () => {
    renderApp('/models/no-such-model');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Model not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all models' })).toBeInTheDocument();
  });
});
