import { lazy, type ComponentType } from 'react';
import { matchPath, type RouteObject } from 'react-router';
import { Layout } from './layout';
import NotFoundPage from './not-found-page';
import { ROUTES, type RouteEntry } from './route-list';

type PageModule = { default: ComponentType };

// Every page module, each loaded when its page is first shown (or by preloadPage before that).
const pageModules = import.meta.glob<PageModule>('../features/*/*-page.tsx');

function loaderOf(entry: RouteEntry): () => Promise<PageModule> {
  const load = pageModules[`../features/${entry.page}.tsx`];
  if (!load) throw new Error(`The route ${entry.path} names a page module that does not exist: ${entry.page}`);
  return load;
}

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

const PAGES = new Map(ROUTES.map((entry) => [entry, retryableLazy(loaderOf(entry))]));

/**
 * Load the code of the page at `pathname` ahead of the first render, so that evaluating it is a
 * task of its own rather than part of React's first commit. Unknown paths load nothing.
 */
export function preloadPage(pathname: string): Promise<unknown> {
  const entry = ROUTES.find((r) => matchPath(r.path, pathname) !== null);
  return entry ? loaderOf(entry)() : Promise.resolve();
}

/** The routes of the route table inside the frame; anything else is a 404 inside the shell. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      ...ROUTES.map((entry): RouteObject => {
        const Page = PAGES.get(entry) ?? NotFoundPage;
        return entry.path === '/'
          ? { index: true, element: <Page /> }
          : { path: entry.path.slice(1), element: <Page /> };
      }),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
