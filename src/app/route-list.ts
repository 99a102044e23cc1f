/**
 * Every page of the app, in one table: the router, the main navigation, the static shell that
 * paints before the JavaScript runs (generated from this table at build time, see
 * `vite.config.ts`), `preloadPage` and the tests all read it. Adding a page is one entry here
 * and its module under `src/features/`.
 *
 * This file imports nothing, so that the build configuration can read it too.
 */
export interface RouteEntry {
  /** The path as the router writes it ('/' for the Overview; `:id` for a parameter). */
  path: string;
  /** The page's module under `src/features/`, without extension; its default export is the page. */
  page: string;
  /** The page's heading as the static shell paints it; null where it depends on the data. */
  title: string | null;
  /** The label in the main navigation; null for pages reached from other pages. */
  nav: string | null;
}

export const ROUTES: readonly RouteEntry[] = [
  { path: '/', page: 'overview/overview-page', title: 'Provider risk overview', nav: 'Overview' },
  { path: '/changes', page: 'changes/changes-page', title: 'What changed', nav: 'Changes' },
  { path: '/providers', page: 'providers/providers-page', title: 'Providers', nav: 'Providers' },
  { path: '/providers/:id', page: 'providers/provider-page', title: null, nav: null },
  { path: '/models', page: 'models/models-page', title: 'Models', nav: 'Models' },
  { path: '/models/:id', page: 'models/model-page', title: null, nav: null },
  { path: '/timeline', page: 'timeline/timeline-page', title: 'Timeline', nav: 'Timeline' },
  { path: '/portfolio', page: 'portfolio/portfolio-page', title: 'Portfolio', nav: 'Portfolio' },
  { path: '/scenarios', page: 'scenarios/scenarios-page', title: 'Scenarios', nav: 'Scenarios' },
  { path: '/reports', page: 'reports/reports-page', title: 'Reports', nav: 'Reports' },
  { path: '/data', page: 'data/data-page', title: 'Data', nav: 'Data' },
  {
    path: '/methodology',
    page: 'methodology/methodology-page',
    title: 'Methodology',
    nav: 'Methodology',
  },
  { path: '/settings', page: 'settings/settings-page', title: 'Settings', nav: 'Settings' },
];

/** The main navigation, in table order. */
export const NAV_ITEMS = ROUTES.flatMap((r) =>
  r.nav === null ? [] : [{ to: r.path, label: r.nav }],
);

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The static shell's navigation list items (HTML), as the app's navigation renders them. */
export function shellNavHtml(): string {
  return NAV_ITEMS.map(
    (item) => `<li><a href="${escapeHtml(item.to)}">${escapeHtml(item.label)}</a></li>`,
  ).join('');
}

/** The static shell's page headings by path (only pages whose heading does not need data). */
export function shellTitles(): Record<string, string> {
  return Object.fromEntries(ROUTES.flatMap((r) => (r.title === null ? [] : [[r.path, r.title]])));
}
