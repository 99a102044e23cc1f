import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

const TODAY = 'today=2026-11-26';

async function loaded(): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/of [\d,]+ models/), {
    timeout: 10000,
  });
  return screen.getByRole('status');
}

describe('Models page: the comparison', () => {
  it('brings the comparison into view when a model is ticked (after the results, unfolded), and folds it on request', async () => {
    // jsdom has no layout: record which element asks to be scrolled into view.
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const { user } = renderApp(`/models?${TODAY}`);
      await loaded();
      expect(screen.queryByRole('region', { name: /Compare models/ })).toBeNull();
      const boxes = screen.getAllByRole('checkbox', { name: /^Compare / });
      await user.click(boxes[0] as HTMLElement);
      const panel = await screen.findByRole('region', { name: /Compare models \(1 of 4\)/ });
      // Right after the results, and its title bar scrolled into view.
      const results = screen.getByRole('region', { name: 'Results' });
      expect(
        results.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      await waitFor(() =>
        expect(
          scrolled.some(
            (el) => panel.contains(el) && el.contains(within(panel).getByRole('heading')),
          ),
        ).toBe(true),
      );
      const toggle = within(panel).getByRole('button', { name: 'Hide comparison' });
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(within(panel).getByRole('table')).toBeVisible();
      await user.click(toggle);
      expect(within(panel).getByRole('button', { name: 'Show comparison' })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
      expect(within(panel).queryByRole('table')).toBeNull();
      // Ticking another model unfolds it and brings it into view again.
      const before = scrolled.length;
      await user.click(boxes[1] as HTMLElement);
      await waitFor(() =>
        expect(within(panel).getByRole('button', { name: 'Hide comparison' })).toBeInTheDocument(),
      );
      expect(within(within(panel).getByRole('table')).getAllByRole('columnheader')).toHaveLength(2);
      expect(scrolled.length).toBeGreaterThan(before);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('keeps the first four models of a link that names five, and says so', async () => {
    renderApp(`/models?compare=llama-2,llama-3,llama-3.1,llama-3.2,gpt-oss-120b&${TODAY}`);
    await loaded();
    const drawer = screen.getByRole('region', { name: /Compare models \(4 of 4\)/ });
    const heads = within(within(drawer).getByRole('table')).getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent?.replace(/Remove$/, '').trim())).toEqual([
      'Llama 2 (7B/13B/70B, base and Chat)',
      'Meta Llama 3 (8B/70B)',
      'Llama 3.1 (8B/70B/405B)',
      'Llama 3.2 (1B/3B text; 11B/90B Vision)',
    ]);
    const notice = screen.getByRole('region', { name: /Part of this link could not be used/ });
    expect(notice).toHaveTextContent('compare=gpt-oss-120b');
    expect(notice).toHaveTextContent('at most 4 models are compared: the first 4');
  });

  it('compares parameters, the license with its link and the openness rule', async () => {
    renderApp(`/models?compare=gpt-oss-120b,muse-spark&${TODAY}`);
    await loaded();
    const table = within(screen.getByRole('region', { name: /Compare models/ })).getByRole('table');
    const row = (name: string) => {
      const tr = within(table).getByRole('rowheader', { name }).closest('tr');
      if (!tr) throw new Error(name);
      return tr;
    };
    expect(row('Parameters')).toHaveTextContent(/117B total \/ 5\.1B active.*unknown/);
    const license = within(row('License')).getByRole('link', { name: /Apache-2\.0/ });
    expect(license).toHaveAttribute('href', 'https://github.com/openai/gpt-oss');
    expect(license).toHaveAttribute('rel', 'noopener noreferrer');
    expect(row('License')).toHaveTextContent('Proprietary');
    expect(row('Openness rule')).toHaveTextContent(
      'Weights published under a permissive license (Apache-2.0)',
    );
    expect(row('Openness rule')).toHaveTextContent('No public weights.');
  });
});

describe('Models page: history', () => {
  it('makes every filter change one history entry, so Back undoes one step at a time (every kind of control)', async () => {
    const { user, router } = renderApp(`/models?${TODAY}`);
    await loaded();
    const filters = screen.getByRole('region', { name: 'Filters' });
    const group = (legend: string) => within(filters).getByRole('group', { name: legend });
    const urls: string[] = [router.state.location.search];
    const changed = async (what: string) => {
      await waitFor(() =>
        expect(router.state.location.search, what).not.toBe(urls[urls.length - 1]),
      );
      urls.push(router.state.location.search);
    };

    // Every checkbox group: one click each.
    for (const legend of [
      'Openness level',
      'G7 openness tier',
      'MOF class',
      'Weights',
      'License tier',
      'Provider',
      'Modality (any of)',
      'Status on the as-of date',
    ]) {
      await user.click(within(group(legend)).getAllByRole('checkbox')[0] as HTMLElement);
      await changed(legend);
    }
    // The yes/no radios.
    for (const legend of ['Commercial use allowed', 'Has a user cap']) {
      await user.click(within(group(legend)).getByRole('radio', { name: /^Yes/ }));
      await changed(legend);
    }
    // The selects: a component's grades and the minimum context window.
    await user.click(within(filters).getByText(/^Openness components/));
    await user.selectOptions(
      within(filters).getByRole('combobox', { name: 'Training code' }),
      'open',
    );
    await changed('component');
    const ctx = within(filters).getByRole('combobox', { name: 'Minimum context window' });
    await user.selectOptions(
      ctx,
      (within(ctx).getAllByRole('option')[1] as HTMLOptionElement).value,
    );
    await changed('context');
    // Typed fields: a two-digit score bound is one edit, each bound its own.
    const score = group('Openness score (0-100)');
    await user.type(within(score).getByRole('spinbutton', { name: 'From' }), '40');
    await changed('score from');
    await user.type(within(score).getByRole('spinbutton', { name: 'To' }), '90');
    await changed('score to');
    // A release date (a date field changes once per complete date).
    const dates = group('Release date');
    await user.type(within(dates).getByLabelText('From'), '2024-01-01');
    await changed('date from');
    // The search: one typed word, one entry, once the URL catches up.
    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'llama');
    await waitFor(() => expect(router.state.location.search).toContain('q=llama'));
    urls.push(router.state.location.search);
    // A reader reads the result before pressing Back (the URL's new entry is on screen).
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));

    expect(urls[urls.length - 2]).not.toContain('q=');
    expect(urls[urls.length - 3]).not.toContain('from=');
    // Back, one step at a time, to the start: each step undoes exactly one change.
    for (let i = urls.length - 2; i >= 0; i--) {
      await router.navigate(-1);
      await waitFor(() => expect(router.state.location.search).toBe(urls[i]));
      // As a reader would, look at the page before pressing Back again: the box follows the URL.
      const q = new URLSearchParams(urls[i]).get('q') ?? '';
      await waitFor(() =>
        expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue(q),
      );
    }
    await waitFor(() =>
      expect(screen.getByRole('searchbox', { name: 'Search models' })).toHaveValue(''),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('98 of 98 models'));
  }, 60_000);
  it('keeps what the user types while the search box\'s own URL write is landing', async () => {
    const { user, router } = renderApp(`/models?${TODAY}`);
    await loaded();
    const box = screen.getByRole('searchbox', { name: 'Search models' });
    await user.type(box, 'gpt');
    // The router takes the box's write; before React has drawn it, the user clears the box.
    let cleared = false;
    const unsubscribe = router.subscribe((state) => {
      if (cleared || !state.location.search.includes('q=gpt')) return;
      cleared = true;
      fireEvent.change(box, { target: { value: '' } });
    });
    await waitFor(() => expect(cleared).toBe(true), { timeout: 5000 });
    unsubscribe();
    // The clear is not undone by the write that was on its way: the URL and the list follow it.
    await waitFor(() => expect(router.state.location.search).not.toContain('q='), {
      timeout: 5000,
    });
    expect(box).toHaveValue('');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('98 of 98 models'));
  }, 30_000);
});

describe('Models page: a narrow screen', () => {
  /** A window 375 px wide: `(max-width: 600px)` matches. */
  function narrowWindow() {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: /max-width:\s*600px/.test(query),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
    return () => {
      window.matchMedia = original;
    };
  }

  it('shows the results first, as cards, with the filters folded behind a button that counts the active ones', async () => {
    const restore = narrowWindow();
    try {
      const { user, router } = renderApp(`/models?weights=open&tier=permissive&${TODAY}`);
      await loaded();
      // No filter controls before the results: the panel is folded.
      expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
      expect(screen.queryByRole('checkbox', { name: /Open weights/ })).toBeNull();
      const button = screen.getByRole('button', { name: 'Filters (2 active)' });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      // The results are cards, not a one-column table.
      expect(screen.queryByRole('table')).toBeNull();
      const cards = within(
        screen.getByRole('list', { name: 'Models matching the filters' }),
      ).getAllByRole('listitem');
      expect(cards.length).toBeGreaterThan(0);
      expect(cards[0]).toHaveTextContent(/Provider.*Openness.*License tier\s*Permissive/);
      // A card's box adds the model to the comparison.
      await user.click(
        within(cards[0] as HTMLElement).getByRole('checkbox', { name: /^Compare / }),
      );
      await waitFor(() => expect(router.state.location.search).toContain('compare='));
      // The button unfolds the filters; a change there is counted on the button.
      await user.click(button);
      const filters = screen.getByRole('region', { name: 'Filters' });
      expect(screen.getByRole('button', { name: 'Hide filters (2 active)' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await user.click(
        within(within(filters).getByRole('group', { name: 'Has a user cap' })).getByRole('radio', {
          name: /^No/,
        }),
      );
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Hide filters (3 active)' })).toBeInTheDocument(),
      );
      // Sorting without column headers.
      await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'release:desc');
      await waitFor(() => expect(router.state.location.search).toContain('sort=release'));
    } finally {
      restore();
    }
  });
});
