import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { useScenarioStore } from '@/stores/scenario-store';
import { useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '../render';

const MUSE_TITLE = 'Meta launches closed-weight Muse Spark';

beforeEach(() => {
  useScenarioStore.setState({ scenarios: [], activeId: null, restoreNotice: null });
  useSettingsStore.setState({ risk: DEFAULT_RISK_SETTINGS });
});

describe('Timeline: closing the event panel', () => {
  it('Escape closes the panel opened from the chart, and the focus goes back to the mark it was opened from', async () => {
    const { user, router } = renderApp('/timeline?today=2026-11-26&provider=meta');
    const figure = await screen.findByRole('figure');
    const first = figure.querySelector<SVGGElement>('[role="button"][tabindex="0"]');
    if (!first) throw new Error('no mark in the tab order');
    act(() => first.focus());
    await user.keyboard('{End}');
    const mark = document.activeElement;
    expect(mark).toHaveAccessibleName(/Muse Spark/);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('region', { name: MUSE_TITLE })).toBeInTheDocument();
    // The reader moves into the panel, then presses Escape.
    await user.tab();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: MUSE_TITLE })).toBeNull());
    expect(router.state.location.search).not.toContain('event=');
    await waitFor(() => expect(document.activeElement).toBe(mark));
  });

  it('the Close button and Escape in the list view return the focus to the entry the event was opened from', async () => {
    const { user } = renderApp('/timeline?today=2026-11-26&provider=meta&view=list');
    const entry = await screen.findByRole('button', { name: MUSE_TITLE });
    await user.click(entry);
    const panel = await screen.findByRole('region', { name: MUSE_TITLE });
    await user.click(screen.getByRole('button', { name: /^Close/ }));
    await waitFor(() => expect(panel).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(entry));
    // Open again with the keyboard, close with Escape.
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('region', { name: MUSE_TITLE })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: MUSE_TITLE })).toBeNull());
    expect(document.activeElement).toBe(entry);
  });
});
