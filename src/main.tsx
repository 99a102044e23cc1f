import './styles.css';

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

requestAnimationFrame(() => {
  void (async () => {
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
