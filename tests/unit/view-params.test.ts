import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_SETTINGS } from '@/domain/risk/settings';
import { shownValue } from '@/domain/url/query-params';
import { carriedSearch, parseViewParams } from '@/domain/url/view-params';

const parse = (search: string) => parseViewParams(search, DEFAULT_RISK_SETTINGS);

describe('shared view parameters', () => {
  it.each(['garbage', '2026-13-01', '2026-02-30', '2026-4-7'])(
    'refuses asOf=%s and names it, instead of showing a date that does not exist',
    (value) => {
      const view = parse(`?asOf=${value}`);
      expect(view.asOf).toBeNull();
      expect(view.issues).toEqual([
        { param: 'asOf', value, message: 'expected a date YYYY-MM-DD' },
      ]);
    },
  );

  it('reads a real as-of date and today', () => {
    const view = parse('?asOf=2024-02-29&today=2026-04-07');
    expect(view).toMatchObject({ asOf: '2024-02-29', todayOverride: '2026-04-07', issues: [] });
  });

  it.each([
    ['w=1,2,3', 'w'],
    ['w=NaN,1,1,1,1,1', 'w'],
    ['w=-1,1,1,1,1,1', 'w'],
    ['w=0,0,0,0,0,5', 'w'], // only jurisdiction, which is not in play without a home country
    ['hl=-5', 'hl'],
    ['hl=10', 'hl'],
    ['hl=abc', 'hl'],
  ])('names %s as unusable and keeps the stored settings', (query, param) => {
    const view = parse(`?${query}`);
    expect(view.settings).toEqual(DEFAULT_RISK_SETTINGS);
    expect(view.settingsFromUrl).toBe(false);
    expect(view.issues.map((i) => i.param)).toEqual([param]);
  });

  it('keeps a good half-life when the weights of the same link are bad', () => {
    const view = parse('?w=1,2,3&hl=730');
    expect(view.settings.halfLifeDays).toBe(730);
    expect(view.settings.weights).toEqual(DEFAULT_RISK_SETTINGS.weights);
    expect(view.issues.map((i) => i.param)).toEqual(['w']);
  });

  it('applies good weights, half-life and home from a link', () => {
    const view = parse('?w=1,0,0,0,0,0&hl=730&home=Germany');
    expect(view.settingsFromUrl).toBe(true);
    expect(view.settings.weights.openness).toBe(1);
    expect(view.settings.weights.trajectory).toBe(0);
    expect(view.settings.halfLifeDays).toBe(730);
    expect(view.settings.jurisdiction.home).toBe('Germany');
  });

  it('refuses an unbounded home jurisdiction', () => {
    const long = 'x'.repeat(10_000);
    const view = parse(`?home=${long}`);
    expect(view.settings.jurisdiction.home).toBeNull();
    expect(view.issues[0]?.param).toBe('home');
  });

  it('carries only usable values from page to page', () => {
    expect(carriedSearch('?asOf=garbage&today=2026-04-07&q=x&hl=730')).toBe('?today=2026-04-07&hl=730');
    expect(carriedSearch(`?home=${'y'.repeat(500)}`)).toBe('');
  });

  it('cuts long values for notices, counting characters rather than UTF-16 units', () => {
    expect(shownValue('short')).toBe('short');
    const cut = shownValue('é'.repeat(10_000));
    expect(Array.from(cut)).toHaveLength(60);
    expect(cut.endsWith('…')).toBe(true);
    expect(Array.from(shownValue('😀'.repeat(100)))).toHaveLength(60);
  });
});
