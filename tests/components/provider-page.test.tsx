import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { formatScore } from '@/components/format';
import { createRiskContext } from '@/domain/risk/risk-context';
import { scoreProvider } from '@/domain/risk/score-providers';
import { DEFAULT_RISK_SETTINGS, FACTOR_LABELS } from '@/domain/risk/settings';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '../render';

const ctx = createRiskContext(dataset);

beforeEach(() => {
  useSettingsStore.setState({ risk: DEFAULT_RISK_SETTINGS, theme: 'system', restoreNotice: null });
});

function parse(text: string | null | undefined): number {
  return Number((text ?? '').replace('−', '-').replace(/[^\d.-]/g, ''));
}

async function openFactor(user: ReturnType<typeof renderApp>['user'], label: string) {
  const summary = await screen.findByText(label, { selector: '.factor__name' }, { timeout: 30_000 });
  await user.click(summary);
  const details = summary.closest('details');
  if (!details) throw new Error('no details');
  return details;
}

describe('Provider page', () => {
  it("shows Meta's score and grade as the engine computes them", async () => {
    renderApp('/providers/meta?today=2026-11-26');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meta' }, { timeout: 30_000 })).toBeInTheDocument();
    const score = scoreProvider(ctx, 'meta', '2026-11-26', DEFAULT_RISK_SETTINGS);
    const card = screen.getByRole('region', { name: 'Platform risk' });
    expect(card).toHaveTextContent(formatScore(score?.risk ?? null));
    expect(card).toHaveTextContent(`Grade ${score?.grade}`);
  }, 60_000);

  it('opens each factor onto contributors whose points sum to the factor value shown', async () => {
    const { user } = renderApp('/providers/meta?today=2026-11-26');
    for (const key of ['openness', 'trajectory', 'lockIn', 'regulatory'] as const) {
      const details = await openFactor(user, FACTOR_LABELS[key]);
      const table = within(details).getByRole('table');
      const rows = within(table).getAllByRole('row');
      const body = rows.slice(1, -1);
      const total = body.reduce((sum, row) => sum + parse(within(row).getAllByRole('cell')[2]?.textContent), 0);
      const shown = parse(within(rows[rows.length - 1] as HTMLElement).getByRole('cell', { name: /\d/ }).textContent);
      expect(shown).toBe(parse(details.querySelector('.factor__value')?.textContent));
      // each row is rounded to 0.1, so the sum may differ from the value by up to 0.05 per row
      expect(Math.abs(total - shown)).toBeLessThanOrEqual(0.05 * body.length + 1e-9);
    }
  }, 60_000);

  it("shows Meta's openness over time: Muse Spark breaks the line, and each chart has its table by keyboard", async () => {
    const { user } = renderApp('/providers/meta?today=2026-11-26');
    const scores = await screen.findByRole(
      'figure',
      { name: "Meta's releases by openness score" },
      { timeout: 30_000 },
    );
    // Llama 3.3 (28.6) was the lowest release before Muse Spark (3.6): 25 points below it.
    expect(scores).toHaveTextContent(
      'Muse Spark (Apr 8, 2026) broke the line, -25.0 below the lowest earlier release (28.6)',
    );
    const toggle = within(scores).getByRole('button', { name: 'Show as table' });
    toggle.focus();
    await user.keyboard('{Enter}');
    const table = within(scores).getByRole('table');
    const muse = within(table).getByRole('rowheader', { name: 'Muse Spark' }).closest('tr');
    expect(muse).toHaveTextContent(/Apr 8, 2026\s*Muse Spark\s*3\.6\s*Not on the ladder/);
    expect(muse).toHaveTextContent('-25.0 below the lowest earlier release (28.6)');
    const llama4 = within(table).getByRole('rowheader', { name: /Llama 4 Maverick/ }).closest('tr');
    expect(llama4).toHaveTextContent(/32\.1\s*Weights Available AI/);

    const ladder = screen.getByRole('figure', { name: "Meta's models on the G7 ladder" });
    await user.click(within(ladder).getByRole('button', { name: 'Show as table' }));
    const last = within(within(ladder).getByRole('table'))
      .getByRole('rowheader', { name: 'Nov 26, 2026' })
      .closest('tr');
    // Eight Meta models released and not retired: seven Llama weights (gated), Muse Spark closed.
    expect(last).toHaveTextContent(/Nov 26, 2026\s*8/);
    expect(last).toHaveTextContent('7 (88%)');
    expect(last).toHaveTextContent('1 (13%)');
  }, 60_000);

  it('links the Muse Spark contributor to its model and its sources', async () => {
    const { user } = renderApp('/providers/meta?today=2026-11-26');
    const openness = await openFactor(user, 'Openness');
    const muse = within(openness).getByRole('link', { name: 'Muse Spark' });
    expect(muse).toHaveAttribute('href', expect.stringContaining('/models/muse-spark'));
    const row = muse.closest('tr');
    if (!row) throw new Error('no row');
    const sources = within(row).getByRole('list', { name: 'Sources for Muse Spark' });
    for (const link of within(sources).getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const trajectory = await openFactor(user, 'Strategy trajectory');
    const event = within(trajectory).getByRole('link', { name: 'Meta launches closed-weight Muse Spark' });
    expect(event).toHaveAttribute('href', '#event-meta-2026-04-08-muse-spark');
    // the event it points to is on the page, with its disputed-fact note and ΔR
    const item = document.getElementById('event-meta-2026-04-08-muse-spark');
    expect(item).toHaveTextContent('Disputed or uncertain');
    expect(item).toHaveTextContent(/risk change \+\d/);
  }, 60_000);

  it('lists models with openness level, license and status on the as-of date', async () => {
    renderApp('/providers/meta?today=2026-11-26&asOf=2026-04-07');
    const models = await screen.findByRole('table', { name: /Meta's models/ }, { timeout: 30_000 });
    const muse = within(models).getByRole('rowheader', { name: 'Muse Spark' }).closest('tr');
    expect(muse).toHaveTextContent('not yet released');
    const llama4 = within(models).getByRole('rowheader', { name: /Llama 4 Maverick/ }).closest('tr');
    expect(llama4).toHaveTextContent('Openness level 3');
    expect(llama4).toHaveTextContent('active');
    expect(screen.getByText('Meta launches closed-weight Muse Spark', { selector: 'h3' }).closest('li')).toHaveTextContent('upcoming');
  }, 60_000);

  it('says when a provider does not exist', async () => {
    renderApp('/providers/no-such-lab');
    expect(await screen.findByRole('heading', { level: 1, name: 'Provider not found' }, { timeout: 30_000 })).toBeInTheDocument();
  }, 60_000);
});
