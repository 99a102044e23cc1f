import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceLinks } from '@/components/source-links';
import { dataset } from '@mocks/data/dataset';
import { renderApp } from '../render';

const TIER_TEXT = /^(Primary|Reputable press|Secondary)$/;

/** Every source link in `root` has its tier written beside it, as text. */
function expectTierBesideEveryLink(root: HTMLElement): string[] {
  const lists = root.querySelectorAll('ul.sources');
  expect(lists.length).toBeGreaterThan(0);
  const tiers: string[] = [];
  for (const list of lists) {
    for (const item of within(list as HTMLElement).getAllByRole('listitem')) {
      const link = within(item).getByRole('link');
      const tier = [...item.querySelectorAll('.source-tier')].map((n) => n.textContent ?? '');
      expect(tier, link.textContent ?? '').toHaveLength(1);
      expect(tier[0]).toMatch(TIER_TEXT);
      tiers.push(tier[0] ?? '');
    }
  }
  return tiers;
}

describe('Evidence a board can cite', () => {
  it('top bar: "facts current to" the newest dated fact, beside the compile date', async () => {
    renderApp('/providers?today=2026-11-26');
    const topbar = screen.getByText('As of').parentElement as HTMLElement;
    expect(
      await within(topbar).findByText(/compiled Nov 26, 2026, facts current to May 20, 2026/),
    ).toBeInTheDocument();
  });

  it("writes each source's tier beside its link, for the record it backs", () => {
    const muse = dataset.models.find((m) => m.id === 'muse-spark');
    if (!muse) throw new Error('Muse Spark is in the data');
    const { container } = render(<SourceLinks sources={muse.sources} providerId="meta" />);
    const items = within(container).getAllByRole('listitem');
    expect(items).toHaveLength(muse.sources.length);
    const byHost = Object.fromEntries(
      items.map((li) => [
        within(li).getByRole('link').textContent?.replace(' (opens in a new tab)', ''),
        li.textContent,
      ]),
    );
    expect(byHost['ai.meta.com']).toMatch(/Primary$/);
    expect(byHost['cnbc.com']).toMatch(/Reputable press$/);
    expect(byHost['aidigest.shelfcritter.com']).toMatch(/Secondary$/);
    // Meta's own page is not primary on another provider's record.
    const { container: other } = render(
      <SourceLinks
        sources={[{ url: 'https://ai.meta.com/blog/x', label: null }]}
        providerId="nvidia"
      />,
    );
    expect(other).toHaveTextContent(/Secondary$/);
  });

  it('model page: the evidence status in words, and a tier beside every source', async () => {
    renderApp('/models/muse-spark?today=2026-11-26');
    const sources = await screen.findByRole(
      'region',
      { name: 'Sources and evidence' },
      { timeout: 15000 },
    );
    expect(sources).toHaveTextContent(
      /Evidence: Verified: primary source \(1 primary source, 1 press source and 3 secondary sources\)/,
    );
    expect(sources).not.toHaveTextContent(/Confidence: verified/);
    expect(expectTierBesideEveryLink(sources)).toContain('Primary');
  });

  it('model page: a record resting on digests says so instead of "Verified"', async () => {
    const digest = dataset.models.find((m) => m.id === 'qwen3');
    if (!digest) throw new Error('Qwen3 is in the data');
    renderApp('/models/qwen3?today=2026-11-26');
    const sources = await screen.findByRole(
      'region',
      { name: 'Sources and evidence' },
      { timeout: 15000 },
    );
    expect(sources).toHaveTextContent(/Evidence: Rests on secondary sources only/);
    expect(sources).not.toHaveTextContent('Verified');
    expectTierBesideEveryLink(sources);
  });

  it('provider page: every source link in explanations, events and the record carries its tier', async () => {
    renderApp('/providers/meta?today=2026-11-26');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Meta/ }, { timeout: 15000 }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    const tiers = expectTierBesideEveryLink(main);
    expect(new Set(tiers)).toEqual(new Set(['Primary', 'Reputable press', 'Secondary']));
    const evidence = screen.getByRole('region', { name: 'Evidence and disputed facts' });
    expect(evidence).toHaveTextContent(/Provider record: Verified: primary source/);
    const events = screen.getByRole('region', { name: /^Events/ });
    expect(events).toHaveTextContent('Evidence: Verified: primary source');
    expect(events).not.toHaveTextContent(/Evidence: Verified\b(?!:)/);
  });
});

describe('Overview: the biggest mover says what moved it', () => {
  it('last 90 days before the compile date: no new events, decay of older events', async () => {
    renderApp('/?today=2026-11-26');
    const term = await screen.findByText('Biggest mover, last 90 days', {}, { timeout: 15000 });
    const item = term.parentElement as HTMLElement;
    expect(
      await within(item).findByText('No new events in these 90 days; decay of older events.'),
    ).toBeInTheDocument();
  });

  it('the 90 days after Muse Spark: the launch and the release, and the decay apart', async () => {
    renderApp('/?today=2026-06-01');
    const term = await screen.findByText('Biggest mover, last 90 days', {}, { timeout: 15000 });
    const item = term.parentElement as HTMLElement;
    expect(
      await within(item).findByText(
        /^Events and releases in these 90 days: \+\d+\.\d \(Meta launches closed-weight Muse Spark; Muse Spark released\); decay of older events: [+-]?\d+\.\d\.$/,
      ),
    ).toBeInTheDocument();
  });
});
