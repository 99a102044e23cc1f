import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import ProvidersPage from '@/features/providers/providers-page';
import { Layout } from './layout';
import NotFoundPage from './not-found-page';

const OverviewPage = lazy(() => import('@/features/overview/overview-page'));
const ProviderPage = lazy(() => import('@/features/providers/provider-page'));
const ModelsPage = lazy(() => import('@/features/models/models-page'));
const ModelPage = lazy(() => import('@/features/models/model-page'));
const TimelinePage = lazy(() => import('@/features/timeline/timeline-page'));
const PortfolioPage = lazy(() => import('@/features/portfolio/portfolio-page'));
const ScenariosPage = lazy(() => import('@/features/scenarios/scenarios-page'));
const ReportsPage = lazy(() => import('@/features/reports/reports-page'));
const MethodologyPage = lazy(() => import('@/features/methodology/methodology-page'));
const SettingsPage = lazy(() => import('@/features/settings/settings-page'));

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
