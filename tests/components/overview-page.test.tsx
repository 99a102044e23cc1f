import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { setMockControls } from '@mocks/controls';
import { dataset } from '@mocks/data/dataset';
import { formatScore } from '@/components/format';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProviders } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS, type RiskSettings } from '@/domain/risk/settings';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '../render';
import { compareText } from '@/domain/compare-text';

const ctx = createRiskContext(dataset);

beforeEach(() => {
  useSettingsStore.setState({ risk: DEFAULT_RISK_SETTINGS, theme: 'system', restoreNotice: null });
});

/** Opens the ranking's table alternative and returns its rows as [provider, score] pairs. */
async function rankingRows(user: ReturnType<typeof renderApp>['user']): Promise<Array<[string, string]>> {
  const figure = await screen.findByRole('figure', { name: 'Platform risk by provider' }, { timeout: 30_000 });
  const toggle = within(figure).getByRole('button', { name: /Show as table|Hide table/ });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  const table = within(figure).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', within(row).getAllByRole('cell')[1]?.textContent ?? '']);
}

function engineOrder(asOf: string, settings: RiskSettings): string[] {
  const nameOf = new Map(dataset.providers.map((p) => [p.id, p.shortName]));
  return scoreProviders(ctx, asOf, settings, { explain: false })
    .filter((s) => s.risk !== null)
    .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0) || compareText(nameOf.get(a.providerId) ?? '', nameOf.get(b.providerId) ?? ''))
    .map((s) => nameOf.get(s.providerId) ?? s.providerId);
}

describe('Overview', () => {
  it('ranks Anthropic above Ai2, with the engine’s scores', async () => {
    const { user } = renderApp('/?today=2026-11-26');
    expect(await screen.findByRole('heading', { level: 1, name: 'Provider risk overview' })).toBeInTheDocument();
    const rows = await rankingRows(user);
    const names = rows.map(([n]) => n);
    expect(names.indexOf('Anthropic')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Anthropic')).toBeLessThan(names.indexOf('Ai2'));
    expect(names).toEqual(engineOrder('2026-11-26', DEFAULT_RISK_SETTINGS));
  }, 60_000);

  it('changes the order the way the engine says when a weight changes in Settings', async () => {
    const { user } = renderApp('/settings?today=2026-11-26');
    const openness = await screen.findByRole('spinbutton', { name: 'Openness' });
    await user.clear(openness);
    await user.type(openness, '0');
    const continuity = screen.getByRole('spinbutton', { name: 'Continuity' });
    await user.clear(continuity);
    await user.type(continuity, '80');
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    const settings = useSettingsStore.getState().risk;
    expect(settings.weights.openness).toBe(0);
    const expected = engineOrder('2026-11-26', settings);
    expect(expected).not.toEqual(engineOrder('2026-11-26', DEFAULT_RISK_SETTINGS));
    expect((await rankingRows(user)).map(([n]) => n)).toEqual(expected);
  }, 60_000);

  it("lowers Meta's score by the engine's ΔR for Muse Spark when the as-of date moves to 2026-04-07", async () => {
    const { user } = renderApp('/?today=2026-04-08');
    const metaScore = async () => (await rankingRows(user)).find(([n]) => n === 'Meta')?.[1];
    const after = await metaScore();
    const impact = eventImpacts(ctx, DEFAULT_RISK_SETTINGS, { eventIds: ['meta-2026-04-08-muse-spark'], providerIds: ['meta'] })[0];
    if (!impact || impact.before === null || impact.after === null || impact.delta === 'n/a') throw new Error('no impact');
    expect(after).toBe(formatScore(impact.after));
    await user.click(screen.getByRole('button', { name: 'Before Muse Spark' }));
    expect(screen.getByRole('button', { name: 'Before Muse Spark' })).toHaveAttribute('aria-pressed', 'true');
    expect(await metaScore()).toBe(formatScore(impact.before));
    expect(Number(after) - Number(await metaScore())).toBeCloseTo(impact.delta, 0);
    // The trend names the event and its ΔR in its table.
    await user.click(screen.getByRole('button', { name: 'Today' }));
    const trend = screen.getByRole('figure', { name: 'Platform risk over time' });
    await user.click(within(trend).getByRole('button', { name: 'Show as table' }));
    const row = within(trend).getByRole('rowheader', { name: 'Meta launches closed-weight Muse Spark' }).closest('tr');
    expect(row).toHaveTextContent(`+${formatScore(impact.delta)}`);
  }, 60_000);

  it('shows the same scores in a fresh render of a shared URL with custom weights', async () => {
    const weights = '10,10,70,5,5,0';
    const { user } = renderApp(`/?today=2026-11-26&w=${weights}`);
    const rows = await rankingRows(user);
    const [openness, trajectory, lockIn, continuity, regulatory, jurisdiction] = weights.split(',').map(Number);
    const shared: RiskSettings = {
      ...DEFAULT_RISK_SETTINGS,
      weights: { openness: openness ?? 0, trajectory: trajectory ?? 0, lockIn: lockIn ?? 0, continuity: continuity ?? 0, regulatory: regulatory ?? 0, jurisdiction: jurisdiction ?? 0 },
    };
    const nameOf = new Map(dataset.providers.map((p) => [p.id, p.shortName]));
    const expected = new Map(
      scoreProviders(ctx, '2026-11-26', shared, { explain: false }).map((s) => [nameOf.get(s.providerId) ?? '', formatScore(s.risk)]),
    );
    for (const [name, score] of rows) expect(score).toBe(expected.get(name));
    expect(rows.map(([n]) => n)).toEqual(engineOrder('2026-11-26', shared));
    // The stored settings are untouched: the link carries its own.
    expect(useSettingsStore.getState().risk).toEqual(DEFAULT_RISK_SETTINGS);
  }, 60_000);

  it('shows the headline row and says when the as-of date is past the compile date', async () => {
    renderApp('/?today=2026-11-26&asOf=2027-01-15');
    const figures = await screen.findByLabelText('Headline figures', {}, { timeout: 30_000 });
    expect(within(figures).getByText('Providers tracked').parentElement).toHaveTextContent('16');
    expect(within(figures).getByText('Highest platform risk').parentElement).toHaveTextContent('Anthropic');
    expect(within(figures).getByText(/Scheduled events/).parentElement).toHaveTextContent(/Next: .*2027/);
    expect(screen.getByRole('note')).toHaveTextContent('no facts after that date are known');
  }, 60_000);

  it('draws the first 40 providers of a long ranking in the ranking and each stacked chart, and lists them all in its table', async () => {
    // 16 real and 26 synthetic providers at scale:2600 (one per hundred models).
    setMockControls({ scale: 2600 });
    // Without an IntersectionObserver every chart is drawn at once, not when scrolled to.
    vi.stubGlobal('IntersectionObserver', undefined);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const { user } = renderApp('/?today=2026-11-26');
    const figure = await screen.findByRole('figure', { name: 'What drives each score' }, { timeout: 30_000 });
    const caption = await within(figure).findByText(/The chart shows the first 40 of \d+ providers/, {}, { timeout: 30_000 });
    const ranked = Number(/of (\d+) providers/.exec(caption.textContent ?? '')?.[1]);
    expect(ranked).toBeGreaterThan(40);
    // One category label per drawn bar.
    await waitFor(() => expect(figure.querySelectorAll('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveLength(40), { timeout: 30_000 });
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    expect(within(within(figure).getByRole('table')).getAllByRole('row')).toHaveLength(ranked + 1);
    // The openness mix is drawn the same way.
    const open = screen.getByRole('figure', { name: 'How open each provider is' });
    expect(within(open).getByText(/The chart shows the first 40 of/)).toBeInTheDocument();
    // And the ranking: its 40 riskiest providers, in order, and every provider in its table.
    const rankingFigure = screen.getByRole('figure', { name: 'Platform risk by provider' });
    expect(
      within(rankingFigure).getByText(new RegExp(`The chart shows the 40 riskiest of ${ranked} providers`)),
    ).toBeInTheDocument();
    const bars = [...rankingFigure.querySelectorAll('.hbar__row .hbar__label')].map((b) => b.textContent);
    expect(bars).toHaveLength(40);
    await user.click(within(rankingFigure).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(rankingFigure).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(ranked);
    expect(rows.slice(0, 40).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(bars);
  }, 60_000);
});
