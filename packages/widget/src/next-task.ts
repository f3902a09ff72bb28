/**
 * Resolves in a later task, so the work after it runs in a task of its own: a survey's mount is split into
 * pieces the page can interleave input and rendering with (each under 50 ms on a 4× slower CPU). Uses
 * `scheduler.yield()` where it exists (its continuation goes before other queued tasks) and a
 * `MessageChannel` message elsewhere (no 4 ms timer clamping, and not paused by tests' fake timers).
 */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve(port1.close());
    port2.postMessage(0);
  });
