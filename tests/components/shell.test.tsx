import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, ROUTES } from '@/app/route-list';
import { renderApp } from '../render';

// Every page whose heading does not depend on the data, from the one route table.
const PAGES = ROUTES.flatMap((r) => (r.title === null ? [] : [[r.path, r.title] as const]));

describe('app shell', () => {
  it('shows the main navigation with every section', async () => {
    renderApp('/providers');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual(NAV_ITEMS.map((item) => item.label));
    expect(names).toEqual(expect.arrayContaining(['Overview', 'Providers', 'Models', 'Timeline', 'Settings']));
    expect(within(nav).getByRole('link', { name: 'Providers' })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('heading', { level: 1, name: 'Providers' });
  });

  it.each(PAGES)('opens %s with one page heading', async (path, heading) => {
    renderApp(path);
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(heading);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows a 404 page inside the shell for an unknown path', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no-such-page')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('navigates by link and keeps the shared date parameters', async () => {
    const { user, router } = renderApp('/providers?today=2026-04-07&asOf=2026-01-01');
    await user.click(screen.getByRole('link', { name: 'Timeline' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?today=2026-04-07&asOf=2026-01-01');
  });

  it('shows the as-of date in the top bar', async () => {
    renderApp('/providers?asOf=2026-04-07');
    expect(screen.getByText('As of').parentElement).toHaveTextContent(/2026/);
    expect(await screen.findByText(/data set .*compiled/)).toBeInTheDocument();
  });
});

describe('a link with values the app cannot use', () => {
  it('shows today in the top bar for a bad as-of date and says why', async () => {
    renderApp('/providers?today=2026-04-07&asOf=garbage');
    expect(screen.getByText('As of').parentElement).toHaveTextContent('As of Apr 7, 2026');
    const notice = screen.getByRole('region', { name: /Part of this link could not be used/ });
    expect(notice).toHaveTextContent('asOf=garbage: expected a date YYYY-MM-DD.');
    await screen.findByRole('heading', { level: 1, name: 'Providers' });
  });

  it('names bad weights and half-life instead of dropping them in silence', async () => {
    renderApp('/providers?w=1,2,3&hl=-5');
    const notice = screen.getByRole('region', { name: /Part of this link could not be used/ });
    expect(notice).toHaveTextContent(/w=1,2,3: expected 6 weights/);
    expect(notice).toHaveTextContent(/hl=-5: expected a whole number of days/);
    await screen.findByRole('heading', { level: 1, name: 'Providers' });
  });

  it('cuts a 10,000-character value in the notice', async () => {
    renderApp(`/providers?home=${'x'.repeat(10_000)}`);
    const notice = screen.getByRole('region', { name: /Part of this link could not be used/ });
    expect(notice.textContent?.length ?? 0).toBeLessThan(300);
    expect(notice).toHaveTextContent(/home=x+…/);
    await screen.findByRole('heading', { level: 1, name: 'Providers' });
  });
});
