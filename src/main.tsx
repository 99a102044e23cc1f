import './styles.css';
import { setLocalTransport } from './api/local-transport';

/** Resolves in a new task: the work before and after it cannot form one long task. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// The entry is tiny on purpose: index.html already holds the app shell (frame and heading), so
// the browser paints it first, and the app loads right after. Its code is evaluated in steps,
// each in its own task, so that no single task keeps a tap or a key waiting for long: React,
// zod and the data schemas one by one, then the app itself (ADR 0006). Only modules used whole
// are imported here: a dynamic import keeps every export of its module.
const steps: Array<() => Promise<unknown>> = [
  () => import('react-dom/client'),
  // The schemas (each imports zod with its configuration from domain/schema/zod, which is
  // not imported here: that module re-exports zod's `z`, so a dynamic import of it would keep
  // all of zod, every locale included).
  () => import('./domain/schema/source'),
  () => import('./domain/schema/provider'),
  () => import('./domain/schema/model'),
  () => import('./domain/schema/event'),
  () => import('./domain/schema/api'),
];

/** If the app's code cannot load (offline, or a new version replaced the files), say so. */
function showLoadFailure(): void {
  const main = document.getElementById('main');
  if (!main) return;
  const panel = document.createElement('section');
  panel.className = 'panel panel--error';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.className = 'panel__title';
  title.textContent = 'The app could not load';
  const text = document.createElement('p');
  text.textContent = 'Part of its code did not arrive. Check the connection, then reload the page.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button button--primary';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  panel.append(title, text, reload);
  main.append(panel);
}

/**
 * The bundled data service (unless a real server is configured), started in parallel with the
 * app's code rather than after it. The app's requests wait for it and are answered without the
 * network (ADR 0006). (Not `import('msw')` on its own: a dynamic import keeps every export of MSW.)
 */
function startDataService(): void {
  if (import.meta.env.VITE_API_BASE_URL || serviceStarted) return;
  serviceStarted = true;
  const search = window.location.search;
  // In a Web Worker, off the main thread; in the page at `scale:N`, whose answers are handed
  // over by reference (ADR 0013), and where module workers are missing.
  const inPage = scaled || typeof Worker === 'undefined';
  setLocalTransport(
    inPage
      ? import('../mocks/browser').then(({ startMockService }) => startMockService(search))
      : import('../mocks/worker-transport').then(({ startWorkerService }) =>
          startWorkerService(search),
        ),
  );
}

let serviceStarted = false;
const scaled = new URLSearchParams(window.location.search)
  .getAll('mock')
  .some((v) => /(^|[;,])\s*scale:/.test(v));

// At `scale:N` the service makes its synthetic records before it answers (seconds of work): it
// starts at once rather than after the shell's first paint, so that its code downloads and
// compiles while the shell is drawn (ADR 0013).
if (scaled) startDataService();

interface ChunkList {
  js?: string[];
  css?: string[];
}

/**
 * Ask early for every chunk the first screen needs, as the build listed them in index.html
 * (`#first-screen-chunks`, absent in development): the app, the data service and the current
 * route's page. Modulepreload fetches and compiles a module without running it, so the steps
 * below still evaluate one at a time, but no download waits for the chunk that imports it
 * (ADR 0006). Called after the first paint, so the shell does not wait for these downloads.
 */
async function preloadFirstScreen(): Promise<void> {
  const list = document.getElementById('first-screen-chunks')?.textContent;
  if (!list) return;
  const chunks = JSON.parse(list) as { every: ChunkList; routes: Record<string, ChunkList> };
  const path = window.location.pathname.replace(/\/$/, '') || '/';
  const links: HTMLLinkElement[] = [];
  for (const { js = [], css = [] } of [chunks.every, chunks.routes[path] ?? {}]) {
    for (const href of js) links.push(newLink(href, 'modulepreload'));
    for (const href of css) links.push(newLink(href, 'preload'));
  }
  // Each preload link costs the browser a few milliseconds when it is added (10 on a slow
  // phone): a few at a time, each batch in its own task, so that no task runs long.
  for (let i = 0; i < links.length; i += PRELOAD_BATCH) {
    if (i > 0) await nextTask();
    document.head.append(...links.slice(i, i + PRELOAD_BATCH));
  }
}

const PRELOAD_BATCH = 4;

function newLink(href: string, rel: 'modulepreload' | 'preload'): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') link.as = 'style';
  else link.crossOrigin = '';
  link.href = href;
  return link;
}

/**
 * Resolves once the shell has painted (its first contentful paint), or after a second where the
 * browser does not report paints: what starts after it cannot hold the first paint back.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (painted()) return done();
    if (!PerformanceObserver.supportedEntryTypes.includes('paint')) return;
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

requestAnimationFrame(() => {
  void (async () => {
    // After the frame that paints the shell.
    await afterFirstPaint();
    await nextTask();
    startDataService();
    void preloadFirstScreen();
    for (const step of steps) {
      await nextTask();
      await step();
    }
    await nextTask();
    const { start } = await import('./boot');
    await start();
  })().catch((error: unknown) => {
    console.error(error);
    showLoadFailure();
  });
});
