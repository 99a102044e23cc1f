import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './layout';
import NotFoundPage from './not-found-page';

// Each page's code, loaded when the page is first shown (or by preloadPage before that).
const load = {
  overview: () => import('@/features/overview/overview-page'),
  providers: () => import('@/features/providers/providers-page'),
  provider: () => import('@/features/providers/provider-page'),
  models: () => import('@/features/models/models-page'),
  model: () => import('@/features/models/model-page'),
  timeline: () => import('@/features/timeline/timeline-page'),
  portfolio: () => import('@/features/portfolio/portfolio-page'),
  scenarios: () => import('@/features/scenarios/scenarios-page'),
  reports: () => import('@/features/reports/reports-page'),
  methodology: () => import('@/features/methodology/methodology-page'),
  settings: () => import('@/features/settings/settings-page'),
};

/**
 * `lazy(load)`, except that a load that failed (offline, a deploy replaced the files) is not
 * remembered: React keeps a lazy component's failed promise for good, so a fresh lazy component
 * takes its place and the error boundary's "Try again" loads the code again.
 */
export function retryableLazy(loadPage: () => Promise<{ default: ComponentType }>): ComponentType {
  let Lazy = lazy(attempt);
  function attempt() {
    return loadPage().catch((error: unknown) => {
      Lazy = lazy(attempt);
      throw error;
    });
  }
  return function RetryablePage() {
    return <Lazy />;
  };
}

const OverviewPage = retryableLazy(load.overview);
const ProvidersPage = retryableLazy(load.providers);
const ProviderPage = retryableLazy(load.provider);
const ModelsPage = retryableLazy(load.models);
const ModelPage = retryableLazy(load.model);
const TimelinePage = retryableLazy(load.timeline);
const PortfolioPage = retryableLazy(load.portfolio);
const ScenariosPage = retryableLazy(load.scenarios);
const ReportsPage = retryableLazy(load.reports);
const MethodologyPage = retryableLazy(load.methodology);
const SettingsPage = retryableLazy(load.settings);

/**
 * Load the code of the page at `pathname` ahead of the first render, so that evaluating it is a
 * task of its own rather than part of React's first commit. Unknown paths load nothing.
 */
export function preloadPage(pathname: string): Promise<unknown> {
  const [first = '', second] = pathname.split('/').filter(Boolean);
  // "/providers/:id" and "/models/:id" are the singular pages.
  const key =
    first === ''
      ? 'overview'
      : second && (first === 'providers' || first === 'models')
        ? first.slice(0, -1)
        : first;
  const loader = (load as Record<string, (() => Promise<unknown>) | undefined>)[key];
  return loader ? loader() : Promise.resolve();
}

/** Every route of DESIGN.md section 5; anything else is a 404 inside the shell. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'providers', element: <ProvidersPage /> },
      { path: 'providers/:id', element: <ProviderPage /> },
      { path: 'models', element: <ModelsPage /> },
      { path: 'models/:id', element: <ModelPage /> },
      { path: 'timeline', element: <TimelinePage /> },
      { path: 'portfolio', element: <PortfolioPage /> },
      { path: 'scenarios', element: <ScenariosPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'methodology', element: <MethodologyPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
