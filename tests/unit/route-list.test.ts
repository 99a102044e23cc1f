import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, ROUTES, shellNavHtml, shellTitles } from '@/app/route-list';
import { preloadPage } from '@/app/routes';

describe('the route table', () => {
  it('names a page module for every route, and preloadPage finds it by path', async () => {
    for (const route of ROUTES) {
      const path = route.path.replace(':id', 'meta');
      const page = (await preloadPage(path)) as { default?: unknown } | undefined;
      expect(typeof page?.default, route.path).toBe('function');
    }
  });

  it('gives the static shell the same navigation and headings as the app', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain('<!--shell-nav-->');
    expect(html).toContain('/*shell-titles*/{}');
    const links = [...shellNavHtml().matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual(NAV_ITEMS.map((item) => [item.to, item.label]));
    expect(shellTitles()['/']).toBe('Provider risk overview');
    expect(Object.keys(shellTitles())).not.toContain('/providers/:id');
  });
});
