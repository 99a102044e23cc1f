import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { useWatchlistStore } from '@/stores/watchlist-store';
import { renderApp } from '../render';

const TODAY = 'today=2026-11-26';

function status(): HTMLElement {
  return screen.getByRole('status');
}

function modelLinks(): string[] {
  const table = screen.getAllByRole('table').find((t) => t.classList.contains('catalog__table'));
  if (!table) throw new Error('no catalog table');
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-index'))
    .map((r) => within(r).getAllByRole('link')[0]?.textContent ?? '');
}

beforeEach(() => {
  useWatchlistStore.setState({ providerIds: [], modelIds: [], restoreNotice: null });
});

describe('Watchlist on the catalog', () => {
  it('stars a model from its row and narrows the list to the watchlist, kept in the URL', async () => {
    const { user, router } = renderApp(`/models?${TODAY}`);
    await waitFor(() => expect(status()).toHaveTextContent('98 of 98 models'), { timeout: 10_000 });
    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'GPT-5');
    const star = await screen.findByRole('button', { name: 'Watch GPT-5' }, { timeout: 10_000 });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(screen.getByRole('button', { name: 'Watching GPT-5' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(useWatchlistStore.getState().modelIds).toEqual(['gpt-5']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search models' }));
    // The search box writes the URL after a pause; the list follows it.
    await waitFor(() => expect(status()).toHaveTextContent('98 of 98 models'), { timeout: 10_000 });

    await user.click(screen.getByRole('checkbox', { name: 'Watchlist only' }));
    await waitFor(() => expect(status()).toHaveTextContent('1 of 98 models'), { timeout: 10_000 });
    expect(modelLinks()).toEqual(['GPT-5']);
    expect(router.state.location.search).toContain('watch=1');
  }, 60_000);

  it('reads watch=1 from a link: a starred provider keeps all of its models', async () => {
    useWatchlistStore.setState({ providerIds: ['anthropic'], modelIds: [] });
    const anthropic = dataset.models.filter((m) => m.providerId === 'anthropic').length;
    renderApp(`/models?watch=1&${TODAY}`);
    await waitFor(() => expect(status()).toHaveTextContent(`${anthropic} of 98 models`), {
      timeout: 10_000,
    });
    expect(screen.getByRole('checkbox', { name: 'Watchlist only' })).toBeChecked();
  }, 60_000);

  it('with an empty watchlist filters nothing and says where to star', async () => {
    renderApp(`/models?watch=1&${TODAY}`);
    await waitFor(() => expect(status()).toHaveTextContent('98 of 98 models'), { timeout: 10_000 });
    expect(
      screen.getByText(/the watchlist is empty: star models with ☆ in the list/),
    ).toBeVisible();
  }, 60_000);
});

describe('Watchlist on the timeline', () => {
  it('keeps only the events of watched providers and models, and says so in the URL', async () => {
    useWatchlistStore.setState({ providerIds: ['meta'], modelIds: [] });
    const { user, router } = renderApp(`/timeline?${TODAY}&view=list`);
    const list = await screen.findByRole('region', { name: 'Events by month' });
    const all = within(list).getAllByRole('button').length;
    expect(
      within(list).getByRole('button', { name: 'chatgpt-4o-latest API model retired' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Watchlist only' }));
    expect(router.state.location.search).toContain('watch=1');
    const narrowed = screen.getByRole('region', { name: 'Events by month' });
    await waitFor(() => expect(within(narrowed).getAllByRole('button').length).toBeLessThan(all));
    expect(
      within(narrowed).getByRole('button', { name: 'Meta launches closed-weight Muse Spark' }),
    ).toBeInTheDocument();
    expect(
      within(narrowed).queryByRole('button', { name: 'chatgpt-4o-latest API model retired' }),
    ).not.toBeInTheDocument();
    const metaEvents = dataset.events.filter(
      (e) => e.providerId === 'meta' || e.appliesTo.includes('meta'),
    ).length;
    expect(screen.getByText(/events shown$/)).toHaveTextContent(
      new RegExp(`^${metaEvents} of [\\d,]+ events shown$`),
    );
  }, 60_000);

  it('stars the provider and the related models from an event’s detail', async () => {
    const { user } = renderApp(`/timeline?${TODAY}&event=meta-2026-04-08-muse-spark`);
    const star = await screen.findByRole('button', { name: 'Watch Meta' }, { timeout: 10_000 });
    await user.click(star);
    expect(useWatchlistStore.getState().providerIds).toEqual(['meta']);
    expect(screen.getByRole('button', { name: 'Watching Meta' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The event's related models come with the catalog, which may arrive after the providers.
    await user.click(
      await screen.findByRole('button', { name: 'Watch Muse Spark' }, { timeout: 10_000 }),
    );
    expect(useWatchlistStore.getState().modelIds).toEqual(['muse-spark']);
  }, 60_000);

  it('narrows the openness moves to the watchlist too', async () => {
    useWatchlistStore.setState({ providerIds: ['xai'], modelIds: [] });
    const { user } = renderApp(`/timeline?${TODAY}&view=list`);
    const moves = await screen.findByRole('region', { name: 'Openness moves' });
    expect(
      await within(moves).findByRole('link', { name: 'Phi-4' }, { timeout: 10_000 }),
    ).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Watchlist only' }));
    await waitFor(() =>
      expect(within(moves).queryByRole('link', { name: 'Phi-4' })).not.toBeInTheDocument(),
    );
    expect(
      within(moves).getByRole('link', { name: "Grok 2 (weights released as 'Grok 2.5')" }),
    ).toBeVisible();
  }, 60_000);
});
