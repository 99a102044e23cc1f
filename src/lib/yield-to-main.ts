interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, so that the browser can handle input and paint between two pieces of
 * long work. `scheduler.yield()` where the browser has it; otherwise a message to ourselves,
 * which, unlike a zero-delay timer, is not held back to 4 ms when chained.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return messageTask();
}

interface SchedulerWithPostTask {
  postTask?: (callback: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Resolves in a new task that runs behind the page's other work: `scheduler.postTask` at
 * background priority where the browser has it, otherwise a message to ourselves as in
 * `yieldToMain`. For work that must not hold up what the user sees (the bundled data service
 * making synthetic records while the page draws the answers it already has). A continuation of
 * `scheduler.yield()` runs before other tasks, so work that pauses with `yieldToMain` keeps the
 * page's rendering waiting.
 */
export function yieldBehindOtherWork(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithPostTask }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'background' });
  }
  return messageTask();
}

/** A new task by a message to ourselves (unlike a zero-delay timer, not held back when chained). */
function messageTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
