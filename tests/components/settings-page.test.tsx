import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { SETTINGS_STORAGE_KEY, useSettingsStore } from '@/stores/settings-store';
import { renderApp } from '../render';

beforeEach(() => {
  useSettingsStore.setState({ risk: DEFAULT_RISK_SETTINGS, theme: 'system', restoreNotice: null });
});

describe('Settings page', () => {
  it('mirrors changed weights into the URL and keeps them in the store', async () => {
    const { user, router } = renderApp('/settings');
    const openness = await screen.findByRole('spinbutton', { name: 'Openness' });
    await user.clear(openness);
    await user.type(openness, '70');
    expect(useSettingsStore.getState().risk.weights.openness).toBe(70);
    expect(new URLSearchParams(router.state.location.search).get('w')).toBe('70,25,20,10,10,10');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(useSettingsStore.getState().risk).toEqual(DEFAULT_RISK_SETTINGS);
    expect(router.state.location.search).toBe('');
  });

  it('refuses all-zero weights with a message and keeps the last valid set', async () => {
    const { user } = renderApp('/settings');
    for (const name of ['Openness', 'Strategy trajectory', 'Access lock-in', 'Continuity', 'Regulatory']) {
      const input = await screen.findByRole('spinbutton', { name });
      await user.clear(input);
      await user.type(input, '0');
    }
    expect(screen.getByRole('alert')).toHaveTextContent('At least one weight must be positive');
    // the last valid set: only Regulatory still had weight before it too went to zero
    expect(useSettingsStore.getState().risk.weights.regulatory).toBe(10);
  });

  it('refuses a half-life outside 30 to 3,650 days', async () => {
    const { user } = renderApp('/settings');
    const input = await screen.findByRole('spinbutton', { name: /Half-life/ });
    await user.clear(input);
    await user.type(input, '5');
    expect(screen.getByRole('alert')).toHaveTextContent('between 30 and 3,650 days');
    expect(useSettingsStore.getState().risk.halfLifeDays).toBe(365);
  });

  it('turns on the jurisdiction factor with a home jurisdiction and a per-country table', async () => {
    const { user, router } = renderApp('/settings');
    await screen.findByRole('option', { name: 'China' });
    await user.selectOptions(screen.getByRole('combobox', { name: /home jurisdiction/ }), 'France');
    expect(useSettingsStore.getState().risk.jurisdiction.home).toBe('France');
    expect(new URLSearchParams(router.state.location.search).get('home')).toBe('France');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('spinbutton', { name: 'Jurisdiction risk for France' })).toHaveValue(0);
    const us = within(table).getByRole('spinbutton', { name: 'Jurisdiction risk for United States' });
    expect(us).toHaveValue(50);
    await user.clear(us);
    await user.type(us, '20');
    expect(useSettingsStore.getState().risk.jurisdiction.overrides['United States']).toBe(20);
  });

  it('switches the theme', async () => {
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Follow the system' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});

describe('stored settings', () => {
  it('falls back to the defaults and says so when the stored value is corrupted', async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, '{"state": {"risk": ');
    await act(() => useSettingsStore.persist.rehydrate());
    renderApp('/providers');
    expect(await screen.findByText(/saved settings could not be read/)).toBeInTheDocument();
    expect(useSettingsStore.getState().risk).toEqual(DEFAULT_RISK_SETTINGS);
  });

  it('falls back when the stored value has the right JSON but wrong shape', async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ state: { risk: { weights: 'heavy' }, theme: 'neon' }, version: 1 }));
    await act(() => useSettingsStore.persist.rehydrate());
    expect(useSettingsStore.getState().restoreNotice).toMatch(/could not be read/);
    expect(useSettingsStore.getState().risk).toEqual(DEFAULT_RISK_SETTINGS);
  });

  it('migrates a version 0 value', async () => {
    const weights = { openness: 50, trajectory: 25, lockIn: 20, continuity: 10, regulatory: 10, jurisdiction: 10 };
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ state: { weights, halfLifeDays: 200 }, version: 0 }));
    await act(() => useSettingsStore.persist.rehydrate());
    expect(useSettingsStore.getState().risk.weights.openness).toBe(50);
    expect(useSettingsStore.getState().risk.halfLifeDays).toBe(200);
    expect(useSettingsStore.getState().restoreNotice).toBeNull();
  });
});
