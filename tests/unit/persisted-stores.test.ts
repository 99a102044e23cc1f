import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_PORTFOLIO } from '@/domain/portfolio-io/sample-portfolio';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { PORTFOLIO_STORAGE_KEY, PORTFOLIO_VERSION, usePortfolioStore } from '@/stores/portfolio-store';
import { SETTINGS_STORAGE_KEY, useSettingsStore } from '@/stores/settings-store';

const backups = (name: string) =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(`${name}.unreadable.`))
    .map((k) => localStorage.getItem(k));

beforeEach(() => {
  usePortfolioStore.setState({ dependencies: [], restoreNotice: null });
  useSettingsStore.setState({ risk: DEFAULT_RISK_SETTINGS, theme: 'system', restoreNotice: null });
});

describe('a stored value that cannot be read', () => {
  it.each([
    ['broken JSON', '{"state": {"dependencies": ['],
    ['a bare string', '"just a string"'],
    ['a list', '[]'],
    ['null', 'null'],
    ['a state that is a string', JSON.stringify({ state: 'just a string', version: PORTFOLIO_VERSION })],
    ['a version from a newer app', JSON.stringify({ state: { dependencies: SAMPLE_PORTFOLIO }, version: 99 })],
  ])('%s: starts empty, says so and keeps a copy that dismissing does not lose', async (_, raw) => {
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, raw);
    await usePortfolioStore.persist.rehydrate();
    expect(usePortfolioStore.getState().dependencies).toEqual([]);
    expect(usePortfolioStore.getState().restoreNotice).toMatch(/could not be read.*A copy of what was saved is kept/);
    expect(backups(PORTFOLIO_STORAGE_KEY)).toEqual([raw]);
    usePortfolioStore.getState().restoreNoticeDismissed();
    const [first] = SAMPLE_PORTFOLIO;
    if (first) usePortfolioStore.getState().dependencyAdded(first);
    expect(usePortfolioStore.getState().restoreNotice).toBeNull();
    expect(backups(PORTFOLIO_STORAGE_KEY)).toEqual([raw]);
  });

  it('says a newer version wrote it, rather than rewriting it as the current version', async () => {
    const raw = JSON.stringify({ state: { dependencies: SAMPLE_PORTFOLIO }, version: 99 });
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, raw);
    await usePortfolioStore.persist.rehydrate();
    expect(usePortfolioStore.getState().restoreNotice).toMatch(/saved by a newer version of this app/);
  });

  it('keeps a copy when only part of a save was left out', async () => {
    const raw = JSON.stringify({ state: { dependencies: [SAMPLE_PORTFOLIO[0], 42] }, version: PORTFOLIO_VERSION });
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, raw);
    await usePortfolioStore.persist.rehydrate();
    expect(usePortfolioStore.getState().dependencies).toEqual([SAMPLE_PORTFOLIO[0]]);
    expect(backups(PORTFOLIO_STORAGE_KEY)).toEqual([raw]);
  });

  it('falls back to the default settings for invalid weights, with a notice and a copy', async () => {
    const raw = JSON.stringify({
      state: { risk: { ...DEFAULT_RISK_SETTINGS, halfLifeDays: -5 }, theme: 'dark' },
      version: 1,
    });
    localStorage.setItem(SETTINGS_STORAGE_KEY, raw);
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState().risk).toEqual(DEFAULT_RISK_SETTINGS);
    expect(useSettingsStore.getState().restoreNotice).toMatch(/settings could not be read/);
    expect(backups(SETTINGS_STORAGE_KEY)).toEqual([raw]);
  });
});

describe('two tabs', () => {
  it('reads in the other tab\'s change before making its own, so neither is lost', () => {
    const [a, b, c] = SAMPLE_PORTFOLIO;
    if (!a || !b || !c) throw new Error('sample too small');
    act(() => usePortfolioStore.getState().portfolioReplaced([a, b, c]));
    // Tab B removes `a` and saves; this tab hears of it through a storage event.
    const tabB = JSON.stringify({ state: { dependencies: [b, c] }, version: PORTFOLIO_VERSION });
    localStorage.setItem(PORTFOLIO_STORAGE_KEY, tabB);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: PORTFOLIO_STORAGE_KEY, newValue: tabB, storageArea: localStorage }),
      );
    });
    // This tab removes `b`: `a` stays removed.
    act(() => usePortfolioStore.getState().dependencyRemoved(b.id));
    expect(usePortfolioStore.getState().dependencies.map((d) => d.id)).toEqual([c.id]);
    const saved = JSON.parse(localStorage.getItem(PORTFOLIO_STORAGE_KEY) ?? '{}') as {
      state: { dependencies: Array<{ id: string }> };
    };
    expect(saved.state.dependencies.map((d) => d.id)).toEqual([c.id]);
  });
});
