import { lazy } from 'react';
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

const OverviewPage = lazy(load.overview);
const ProvidersPage = lazy(load.providers);
const ProviderPage = lazy(load.provider);
const ModelsPage = lazy(load.models);
const ModelPage = lazy(load.model);
const TimelinePage = lazy(load.timeline);
const PortfolioPage = lazy(load.portfolio);
const ScenariosPage = lazy(load.scenarios);
const ReportsPage = lazy(load.reports);
const MethodologyPage = lazy(load.methodology);
const SettingsPage = lazy(load.settings);

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
