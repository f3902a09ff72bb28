import { type Collector, createCollector } from '@npskit/collector';

/**
 * npskit-collector.js: delivery only. The loader imports it alone to send records an earlier page left in the
 * outbox; the UI chunk imports it too. Both get the same module instance (ES modules are cached by URL), so one
 * collector serves the page.
 */
let running: { endpoint: string; collector: Collector } | undefined;

/** Starts the page's collector for `endpoint`, or returns the one already running. */
export function connect(endpoint: string): Collector {
  if (running?.endpoint !== endpoint) {
    running?.collector.dispose();
    running = { endpoint, collector: createCollector({ endpoint }) };
  }
  return running.collector;
}

/** Starts the collector for `endpoint` and delivers what the outbox holds now. */
export function flush(endpoint: string): Promise<void> {
  return connect(endpoint).flush();
}

/** Stops the running collector's timers and listeners; pending records stay in storage for the next page. */
export function disconnect(): void {
  running?.collector.dispose();
  running = undefined;
}
