import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMockControls } from '@mocks/controls';
import { renderApp } from '../render';

const TODAY = 'today=2026-11-26';

async function loaded(): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/of [\d,]+ models/), {
    timeout: 10000,
  });
  return screen.getByRole('status');
}

function bodyRows() {
  const table = screen.getAllByRole('table').find((t) => t.classList.contains('catalog__table'));
  if (!table) throw new Error('no catalog table');
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-index'));
}

describe('Models page', () => {
  it('shows a skeleton while loading, then every model with a result count', async () => {
    renderApp(`/models?${TODAY}`);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    const count = await loaded();
    expect(count).toHaveTextContent('98 of 98 models');
    expect(screen.getByRole('heading', { level: 1, name: 'Models' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Model' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('with open weights only, lists no closed model', async () => {
    const { user } = renderApp(`/models?${TODAY}`);
    await loaded();
    await user.click(screen.getByRole('checkbox', { name: /^Open weights \(\d+\)$/ }));
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent('98 of 98'));
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toHaveTextContent(/Openness level 1: Closed/);
    expect(screen.queryByRole('link', { name: 'GPT-5' })).not.toBeInTheDocument();
  });

  it('reads ?openness=4,5 and shows only level 4 and 5 models, with facet counts', async () => {
    renderApp(`/models?openness=4,5&${TODAY}`);
    const status = await loaded();
    expect(status).toHaveTextContent('29 of 98 models');
    for (const row of bodyRows()) expect(row).toHaveTextContent(/Openness level [45]/);
    // Facets count each value given the other filters: the openness boxes ignore the openness filter.
    expect(screen.getByRole('checkbox', { name: /Closed \(42\)/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Open source \(3\)/ })).toBeChecked();
  });

  it('keeps the view in the URL: a round trip restores it, and back undoes a choice', async () => {
    const first = renderApp(`/models?${TODAY}`);
    await loaded();
    await first.user.click(screen.getByRole('checkbox', { name: /Permissive \(\d+\)/ }));
    await first.user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'qwen');
    await first.user.click(screen.getByRole('button', { name: /Released/ }));
    await waitFor(() => expect(first.router.state.location.search).toContain('q=qwen'));
    const search = first.router.state.location.search;
    expect(search).toContain('tier=permissive');
    expect(search).toContain('sort=release');
    const shown = screen.getByRole('status').textContent;
    first.unmount();

    const second = renderApp(`/models${search}`);
    const status = await loaded();
    expect(status.textContent).toBe(shown);
    expect(screen.getByRole('checkbox', { name: /Permissive/ })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue('qwen');
    expect(screen.getByRole('columnheader', { name: /Released/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await second.user.click(screen.getByRole('checkbox', { name: /Proprietary/ }));
    await waitFor(() => expect(second.router.state.location.search).toContain('proprietary'));
    await second.router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /Proprietary/ })).not.toBeChecked(),
    );
    expect(screen.getByRole('checkbox', { name: /Permissive/ })).toBeChecked();
  });

  it('shows a notice for a bad parameter and still shows the catalog', async () => {
    renderApp(`/models?openness=9&tier=permissive&${TODAY}`);
    const status = await loaded();
    const notice = screen.getByRole('region', { name: /Part of this link could not be used/ });
    expect(notice).toHaveTextContent('openness=9');
    expect(screen.getByRole('checkbox', { name: /Permissive/ })).toBeChecked();
    expect(status).not.toHaveTextContent('98 of 98');
  });

  it('compares four models side by side, and refuses a fifth', async () => {
    const { user, router } = renderApp(`/models?${TODAY}`);
    await loaded();
    const boxes = screen.getAllByRole('checkbox', { name: /^Compare / });
    for (const box of boxes.slice(0, 4)) await user.click(box);
    const panel = await screen.findByRole('region', { name: /Compare models/ });
    const table = within(panel).getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    expect(within(table).getByRole('rowheader', { name: 'License tier' })).toBeInTheDocument();
    expect(boxes[4]).toBeDisabled();
    expect(router.state.location.search).toMatch(/compare=[^&]+%2C[^&]+%2C[^&]+%2C/);
    await user.click(
      within(panel).getAllByRole('button', {
        name: /^Remove .* from the comparison$/,
      })[0] as HTMLElement,
    );
    await waitFor(() => expect(within(table).getAllByRole('columnheader')).toHaveLength(3));
  });

  it('says which filters exclude everything and clears them', async () => {
    const { user } = renderApp(`/models?openness=5&provider=meta&${TODAY}`);
    await loaded();
    const empty = screen.getByRole('region', { name: 'No model matches these filters' });
    expect(empty).toHaveTextContent('Openness level: L5 (8 without it)');
    expect(empty).toHaveTextContent('Provider: Meta (3 without it)');
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(await loaded()).toHaveTextContent('98 of 98 models');
  });

  it('sorts by a header button and moves between rows with the arrow keys', async () => {
    const { user } = renderApp(`/models?${TODAY}`);
    await loaded();
    await user.click(screen.getByRole('button', { name: /Context window/ }));
    expect(screen.getByRole('columnheader', { name: /Context window/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const [firstRow, secondRow] = bodyRows();
    const firstLink = within(firstRow as HTMLElement).getAllByRole('link')[0] as HTMLElement;
    firstLink.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(within(secondRow as HTMLElement).getAllByRole('link')[0]).toHaveFocus(),
    );
  });

  it('shows an error with Retry, and Retry recovers', async () => {
    setMockControls({ faults: [{ kind: '500', once: true, endpoint: 'models' }] });
    const { user } = renderApp(`/models?${TODAY}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The model catalog could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await loaded()).toHaveTextContent('98 of 98 models');
  });
});
