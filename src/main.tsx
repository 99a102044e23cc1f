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
  // Before any schema is built: zod reads its configuration when a schema is constructed.
  () => import('./app/zod-config'),
  () => import('./domain/schema/source'),
  () => import('./domain/schema/provider'),
  () => import('./domain/schema/model'),
  () => import('./domain/schema/event'),
  () => import('./domain/schema/api'),
];

requestAnimationFrame(() => {
  void (async () => {
    for (const step of steps) {
      await nextTask();
      await step();
    }
    await nextTask();
    const { start } = await import('./boot');
    await start();
  })();
});
