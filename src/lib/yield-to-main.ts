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
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
