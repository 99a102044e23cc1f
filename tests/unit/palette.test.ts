import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORICAL, providerColor } from '@/components/charts/palette';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('provider colours', () => {
  it.each(CATEGORICAL)('%s is visible on the light and the dark background (3:1)', (color) => {
    expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(color, '#111827')).toBeGreaterThanOrEqual(3);
  });
  it('gives each of 16 providers its own colour, the same every time', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `p${i}`);
    const colours = ids.map((id) => providerColor(ids, id));
    expect(new Set(colours).size).toBe(16);
    expect(providerColor(ids, 'p3')).toBe(colours[3]);
  });
});

/** The tokens of the root block in one theme: `light-dark(a, b)` reads as a or b. */
function themeVars(css: string, theme: 'light' | 'dark'): Record<string, string> {
  const start = css.indexOf(':root {');
  const body = css.slice(start, css.indexOf('\n}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => {
      const value = m[2]?.trim() ?? '';
      const pair = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(value);
      return [m[1], pair ? (theme === 'light' ? pair[1] : pair[2])?.trim() : value];
    }),
  );
}

describe('theme tokens', () => {
  const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');
  const light = themeVars(css, 'light');
  const dark = themeVars(css, 'dark');

  it('are declared once, each with its light and dark value, and no second dark block repeats them', () => {
    expect(Object.keys(dark).length).toBeGreaterThan(20);
    expect(css.match(/--surface:/g)).toHaveLength(1);
    expect(dark['--surface']).not.toBe(light['--surface']);
  });

  it.each([1, 2, 3, 4, 5])('L%i stands out on the dark surface (3:1) and its text reads on it (4.5:1)', (level) => {
    const fill = dark[`--open-${level}`] ?? '';
    const surface = dark['--surface'] ?? '';
    expect(contrast(fill, surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(dark[`--open-${level}-text`] ?? '', fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([1, 2, 3, 4, 5])('L%i text reads on its fill in the light theme (4.5:1)', (level) => {
    expect(contrast(light[`--open-${level}-text`] ?? '', light[`--open-${level}`] ?? '')).toBeGreaterThanOrEqual(4.5);
  });
});
