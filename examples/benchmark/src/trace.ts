/** One Chrome trace event (the fields the benchmark reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

/** What one page load cost the renderer's main thread, from the trace. */
export interface MainThreadTasks {
  /** The longest main-thread task in the window, in ms. */
  longestTaskMs: number;
  /** From navigation start to the end mark, in ms. */
  windowMs: number;
}

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Reads a Chrome trace: finds the renderer main thread that recorded `endMark`, and measures its longest task
 * between the navigation to `urlPart` and that mark.
 */
export function mainThreadTasks(events: TraceEvent[], urlPart: string, endMark: string): MainThreadTasks {
  const end = events.find((e) => e.name === endMark && e.cat.includes('blink.user_timing'));
  if (!end) throw new Error(`The trace has no "${endMark}" mark: the page never reached it.`);
  const pid = end.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? end.tid;
  const start = events
    .filter((e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL?.includes(urlPart))
    .at(-1);
  if (!start) throw new Error(`The trace has no navigation to ${urlPart}.`);
  let longest = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.dur === undefined || !TASK_EVENTS.has(e.name)) continue;
    // A task counts whole (not clipped) when it overlaps the window: a long task that straddles the mark still blocked input.
    if (e.ts + e.dur > start.ts && e.ts < end.ts) longest = Math.max(longest, e.dur);
  }
  return { longestTaskMs: longest / 1000, windowMs: (end.ts - start.ts) / 1000 };
}
