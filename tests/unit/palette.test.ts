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

/** The custom properties declared in the first CSS block that starts with `selector`. */
function themeVars(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
}

describe('openness levels in the dark theme', () => {
  const css = readFileSync(resolve(process.cwd(), 'src/styles.css'), 'utf8');
  const chosen = themeVars(css, ":root[data-theme='dark']");
  const system = themeVars(css, ":root:not([data-theme='light'])");

  it('are the same for the dark switch and the system preference', () => {
    expect(Object.keys(chosen).length).toBeGreaterThan(20);
    expect(system).toEqual(chosen);
  });

  it.each([1, 2, 3, 4, 5])('L%i stands out on the dark surface (3:1) and its text reads on it (4.5:1)', (level) => {
    const fill = chosen[`--open-${level}`] ?? '';
    const surface = chosen['--surface'] ?? '';
    expect(contrast(fill, surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(chosen[`--open-${level}-text`] ?? '', fill)).toBeGreaterThanOrEqual(4.5);
  });
});
