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
