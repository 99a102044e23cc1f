import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '@mocks/data/dataset';
import { setMockControls } from '@mocks/controls';
import { formatDay, formatScore, formatSigned } from '@/components/format';
import { eventImpacts } from '@/domain/risk/event-impacts';
import { createRiskContext } from '@/domain/risk/risk-context';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { closedFlagshipScenario } from '@/domain/scenario/scenario-templates';
import { useScenarioStore } from '@/stores/scenario-store';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '../render';

const MUSE = 'meta-2026-04-08-muse-spark';

function chart() {
  return screen.getByRole('figure');
}

function rovingMark(): SVGGElement {
  const el = chart().querySelector<SVGGElement>('[role="button"][tabindex="0"]');
  if (!el) throw new Error('no mark in the tab order');
  return el;
}

beforeEach(() => {
  useScenarioStore.setState({ scenarios: [], activeId: null, restoreNotice: null });
  useSettingsStore.setState({ risk: DEFAULT_RISK_SETTINGS });
});

describe('Timeline page', () => {
  it('draws one lane per provider with events, plus the industry-wide lane last', async () => {
    renderApp('/timeline?today=2026-11-26');
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    const lanes = await within(await screen.findByRole('figure')).findAllByRole('group');
    expect(lanes.length).toBeGreaterThan(10);
    expect(lanes.at(-1)).toHaveAccessibleName(/^Industry-wide: \d+ events$/);
    expect(
      within(chart()).getByRole('button', {
        name: /^Meta launches closed-weight Muse Spark, .*toward closed, severity 5$/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveAccessibleName(/events from .* toward closed/);
  });

  it('lists the openness moves under the events: components that opened or closed, dated, filtered with the events', async () => {
    const { user } = renderApp('/timeline?today=2026-11-26');
    const moves = await screen.findByRole('region', { name: 'Openness moves' });
    const items = await within(moves).findAllByRole('listitem');
    const grok = items.find((li) => li.textContent?.includes('Grok 2'));
    expect(grok).toHaveTextContent(
      /^Aug 23, 2025 · Grok 2 .*\(xAI\): toward open, openness score 0\.0 → 17\.9 \(\+17\.9\)/,
    );
    expect(grok).toHaveTextContent('End-model (instruction-tuned) weights: Closed → Open');
    expect(grok).toHaveTextContent('License: Closed → Partial');
    expect(within(grok as HTMLElement).getByRole('link', { name: /^Grok 2/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/models\/grok-2/),
    );

    await user.selectOptions(screen.getByLabelText('Provider'), 'xai');
    const only = within(moves).getAllByRole('link');
    expect(only).toHaveLength(1);
    expect(only[0]).toHaveTextContent(/^Grok 2/);

    await user.click(screen.getByRole('checkbox', { name: /Neutral/ }));
    await user.click(screen.getByRole('checkbox', { name: /Toward open/ }));
    expect(within(moves).queryAllByRole('link')).toHaveLength(0);
    expect(moves).toHaveTextContent('No model’s component grades changed in this date range');
  });

  it('filters by provider, direction and severity, and keeps the filters in the URL', async () => {
    const { user, router } = renderApp('/timeline?today=2026-11-26');
    await screen.findByRole('figure');
    await user.selectOptions(screen.getByLabelText('Provider'), 'meta');
    expect(router.state.location.search).toContain('provider=meta');
    const lanes = within(chart()).getAllByRole('group');
    expect(lanes.map((l) => l.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'Meta',
      'Industry-wide',
    ]);
    expect(within(chart()).queryByRole('button', { name: /OpenAI/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Neutral/ }));
    await user.click(screen.getByRole('checkbox', { name: /Toward open/ }));
    expect(router.state.location.search).toContain('direction=toward-closed');
    await user.selectOptions(screen.getByLabelText('Minimum severity'), '5');
    expect(router.state.location.search).toContain('minSeverity=5');
    const marks = within(chart()).getAllByRole('button');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveAccessibleName(/Muse Spark/);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).not.toContain('provider=');
  });

  it('drops bad filter values from a link and says so', async () => {
    renderApp(
      '/timeline?today=2026-11-26&minSeverity=9&direction=sideways&provider=nobody&type=meta',
    );
    await screen.findByRole('figure');
    const notice = await screen.findByRole('region', { name: /could not be used and was ignored/ });
    expect(notice).toHaveTextContent('minSeverity=9');
    expect(notice).toHaveTextContent('direction=sideways');
    expect(notice).toHaveTextContent('type=meta');
    expect(notice).toHaveTextContent('provider=nobody: no such provider');
  });

  it('selects Muse Spark by keyboard and shows ΔR equal to the engine’s, with its sources', async () => {
    const { user, router } = renderApp('/timeline?today=2026-11-26&provider=meta');
    await screen.findByRole('figure');
    act(() => rovingMark().focus());
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(/Muse Spark/);
    await user.keyboard('{Home}{ArrowRight}{End}{Enter}');
    expect(router.state.location.search).toContain(`event=${MUSE}`);

    const panel = await screen.findByRole('region', {
      name: 'Meta launches closed-weight Muse Spark',
    });
    expect(
      within(panel).getByText(formatDay('2026-04-08'), { selector: 'dd' }),
    ).toBeInTheDocument();
    // The related model is named once the model list has loaded (its id until then).
    expect(await within(panel).findByRole('link', { name: 'Muse Spark' })).toHaveAttribute(
      'href',
      expect.stringContaining('/models/muse-spark'),
    );
    const sources = within(panel).getByRole('list', { name: /Sources for/ });
    expect(within(sources).getAllByRole('link')[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(
      within(panel).getByText(/Sources differ on whether future versions/),
    ).toBeInTheDocument();

    const ctx = createRiskContext(dataset);
    const [impact] = eventImpacts(ctx, DEFAULT_RISK_SETTINGS, { eventIds: [MUSE] });
    if (!impact || impact.delta === 'n/a') throw new Error('engine has no ΔR for Muse Spark');
    expect(impact.delta).toBeGreaterThan(0);
    const row = await within(panel).findByRole('row', { name: /^Meta/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      formatScore(impact.before),
      formatScore(impact.after),
      formatSigned(impact.delta),
    ]);
  });

  it('shows ΔR for every provider an industry-wide event binds', async () => {
    renderApp('/timeline?today=2026-11-26&event=eu-2025-08-02-gpai-obligations');
    const panel = await screen.findByRole('region', {
      name: 'EU AI Act obligations for GPAI providers apply',
    });
    expect(within(panel).getByText(/Industry-wide, binds 16 providers/)).toBeInTheDocument();
    const table = await within(panel).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(16);
    const expected = eventImpacts(createRiskContext(dataset), DEFAULT_RISK_SETTINGS, {
      eventIds: ['eu-2025-08-02-gpai-obligations'],
    });
    for (const impact of expected) {
      const name = dataset.providers.find((p) => p.id === impact.providerId)?.shortName ?? '';
      const row = within(table).getByRole('row', {
        name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `),
      });
      const delta = within(row).getAllByRole('cell')[2];
      expect(delta).toHaveTextContent(impact.delta === 'n/a' ? 'n/a' : formatSigned(impact.delta));
    }
  });

  it('marks a past scheduled event "scheduled, not confirmed" and later events as upcoming', async () => {
    renderApp('/timeline?today=2026-11-26&asOf=2026-01-15&view=list');
    const item = await screen.findByRole('button', { name: 'chatgpt-4o-latest API model retired' });
    expect(item.closest('li')).toHaveTextContent('upcoming, scheduled, not confirmed');
    const muse = screen.getByRole('button', { name: 'Meta launches closed-weight Muse Spark' });
    expect(muse.closest('li')).toHaveTextContent('upcoming');
  });

  it('lists the same events by month and opens one from the list', async () => {
    const { user, router } = renderApp('/timeline?today=2026-11-26&provider=meta');
    await screen.findByRole('figure');
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(router.state.location.search).toContain('view=list');
    expect(screen.getByRole('heading', { level: 3, name: 'April 2026' })).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Meta launches closed-weight Muse Spark' }),
    );
    expect(
      await screen.findByRole('region', { name: 'Meta launches closed-weight Muse Spark' }),
    ).toBeInTheDocument();
  });

  it('zooms with the presets and keeps the range in the URL', async () => {
    const { user, router } = renderApp('/timeline?today=2026-11-26');
    await screen.findByRole('figure');
    await user.click(screen.getByRole('button', { name: '2026' }));
    expect(router.state.location.search).toContain('from=2026-01-01');
    expect(screen.getByRole('button', { name: '2026' })).toHaveAttribute('aria-pressed', 'true');
    expect(chart()).toHaveAccessibleName(
      new RegExp(`from ${formatDay('2026-01-01')} to ${formatDay('2026-12-31')}`),
    );
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(router.state.location.search).toContain('from=2023-03-01');
  });

  it('draws an active scenario’s events as hypothetical', async () => {
    const scenario = closedFlagshipScenario(dataset, 'meta', '2026-10-01');
    useScenarioStore.setState({ scenarios: [scenario], activeId: scenario.id });
    renderApp('/timeline?today=2026-11-26&provider=meta');
    await screen.findByRole('figure');
    expect(screen.getByRole('note')).toHaveTextContent(scenario.name);
    expect(within(chart()).getByRole('button', { name: /hypothetical/ })).toBeInTheDocument();
  });

  it('shows an error with Retry, and Retry recovers', async () => {
    setMockControls({ faults: [{ kind: '500', once: true, endpoint: 'events' }] });
    const { user } = renderApp('/timeline?today=2026-11-26');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('figure')).toBeInTheDocument();
  });
});
