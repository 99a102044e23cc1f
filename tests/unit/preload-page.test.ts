import { describe, expect, it } from 'vitest';
import { preloadPage } from '@/app/routes';

describe('preloadPage', () => {
  it("loads the code of the page at a path, the singular pages included", async () => {
    const cases: Array<[string, string]> = [
      ['/', 'OverviewPage'],
      ['/providers', 'ProvidersPage'],
      ['/providers/meta', 'ProviderPage'],
      ['/models', 'ModelsPage'],
      ['/models/muse-spark', 'ModelPage'],
      ['/settings', 'SettingsPage'],
    ];
    for (const [path, name] of cases) {
      const page = (await preloadPage(path)) as { default: { name: string } };
      expect(page.default.name, path).toBe(name);
    }
  });

  it('loads nothing for a path that is not a page', async () => {
    expect(await preloadPage('/no-such-page')).toBeUndefined();
  });
});
