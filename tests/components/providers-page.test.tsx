import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setRequestTimeout } from '@/api/http-client';
import { http, HttpResponse } from 'msw';
import { setMockControls, type FaultKind } from '@mocks/controls';
import { server } from '@mocks/node';
import { renderApp } from '../render';

function rowFor(name: string) {
  const link = screen.getByRole('link', { name });
  const row = link.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Providers page', () => {
  it('lists every provider from the API with model count, openness mix and HQ country', async () => {
    renderApp('/providers?today=2026-11-26');
    expect(await screen.findByRole('link', { name: 'Meta' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    // 16 providers plus the header row
    expect(within(table).getAllByRole('row')).toHaveLength(17);
    const meta = rowFor('Meta');
    expect(within(meta).getByText('United States')).toBeInTheDocument();
    expect(await within(meta).findByText('8')).toBeInTheDocument();
    // Meta: seven open-weight Llama releases (L3) and closed Muse Spark (L1)
    expect(within(meta).getByText('7 open weights, restricted, 1 closed')).toBeInTheDocument();
    const ai2 = rowFor('Ai2');
    expect(within(ai2).getByText('3 open source')).toBeInTheDocument();
    expect(within(rowFor('Mistral')).getByText('France')).toBeInTheDocument();
  });

  it('shows the first 200 rows of a long list, and all of them on request, by keyboard', async () => {
    // 210 synthetic providers at scale:21000, after the 16 real ones.
    setMockControls({ scale: 21_000 });
    const { user } = renderApp('/providers?today=2026-11-26');
    expect(await screen.findByRole('link', { name: 'Meta' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(screen.getByText('Showing the first 200 of 226 providers.')).toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Show all 226 providers' });
    more.focus();
    await user.keyboard('{Enter}');
    expect(within(table).getAllByRole('row')).toHaveLength(227);
    // The button is gone: focus is on the first row it brought (the 201st provider).
    expect(screen.getByRole('link', { name: 'Syn 185' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Syn 210' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument();
  }, 30_000);

  it('opens a provider from the list', async () => {
    const { user } = renderApp('/providers');
    await user.click(await screen.findByRole('link', { name: 'Meta' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Meta' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Muse Spark' })).toBeInTheDocument();
  });

  it('shows a loading skeleton before the data arrives', async () => {
    renderApp('/providers');
    expect(screen.getByRole('status')).toHaveTextContent('Loading providers');
    await screen.findByRole('link', { name: 'Meta' });
  });

  it.each<[FaultKind, RegExp]>([
    ['500', /answered with an error \(500\)/],
    ['malformed', /cannot read/],
    ['invalid', /cannot read/],
  ])('shows the %s fault as an error with Retry, and Retry recovers', async (kind, message) => {
    setMockControls({ faults: [{ kind, once: true, endpoint: 'providers' }] });
    const { user } = renderApp('/providers');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Providers could not be loaded' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Meta' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a timeout as an error with Retry', async () => {
    setRequestTimeout(200);
    try {
      setMockControls({ faults: [{ kind: 'timeout', once: true, endpoint: 'providers' }] });
      const { user } = renderApp('/providers');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('did not answer in time');
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByRole('link', { name: 'Meta' })).toBeInTheDocument();
    } finally {
      setRequestTimeout(30_000);
    }
  });

  it('refuses an empty providers answer that contradicts the data set, with Retry', async () => {
    setMockControls({ faults: [{ kind: 'empty', once: true, endpoint: 'providers' }] });
    const { user } = renderApp('/providers');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'the providers list holds 0 providers, but the data set says it has 16 providers',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Meta' })).toBeInTheDocument();
  });

  it('says so when the data set really has no providers', async () => {
    setMockControls({ faults: [{ kind: 'empty', once: false, endpoint: 'providers' }] });
    server.use(
      http.get('*/api/v1/meta', () =>
        HttpResponse.json({
          data: {
            datasetVersion: 'empty',
            compiledOn: '2026-11-26',
            coverage: {
              first: { date: '2026-11-26', precision: 'day' },
              last: { date: '2026-11-26', precision: 'day' },
            },
            counts: { providers: 0, models: 0, events: 0 },
            methodologyId: 'rvm-1',
          },
        }),
      ),
    );
    renderApp('/providers');
    expect(
      await screen.findByRole('heading', { name: 'No providers in the data set' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the provider list when only the models fail', async () => {
    setMockControls({ faults: [{ kind: '500', once: false, endpoint: 'models' }] });
    renderApp('/providers');
    expect(
      await screen.findByRole('heading', { name: 'Model counts could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meta' })).toBeInTheDocument();
  });

  it('shows an unknown provider as not found', async () => {
    renderApp('/providers/nobody');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Provider not found' }),
    ).toBeInTheDocument();
  });
});
