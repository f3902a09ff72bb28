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
export interface MainThreadCost {
  /** JavaScript time (compile, evaluate, callbacks, microtasks, GC), nested events counted once, in ms. */
  scriptMs: number;
  /** The longest main-thread task in the window, in ms. */
  longestTaskMs: number;
  /** From navigation start to the end mark, in ms. */
  windowMs: number;
}

// Everything the main thread does on behalf of JavaScript, as DevTools' Performance panel and
// Lighthouse's bootup-time audit classify it. They nest (FunctionCall inside EvaluateScript…), so
// the time is the union of their intervals, not the sum.
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
  'v8.callFunction',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'V8.GC_MC_BACKGROUND',
  'CompileScript',
  'CompileCode',
]);

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function union(intervals: Array<[number, number]>): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let open: [number, number] | null = null;
  for (const [s, e] of intervals) {
    if (!open || s > open[1]) {
      if (open) total += open[1] - open[0];
      open = [s, e];
    } else if (e > open[1]) open[1] = e;
  }
  if (open) total += open[1] - open[0];
  return total;
}

/**
 * Reads a Chrome trace: finds the renderer main thread that recorded `endMark`, and measures its
 * script time and longest task between the navigation to `urlPart` and that mark.
 */
export function mainThreadCost(events: TraceEvent[], urlPart: string, endMark: string): MainThreadCost {
  const end = events.find((e) => e.name === endMark && e.cat.includes('blink.user_timing'));
  if (!end) throw new Error(`The trace has no "${endMark}" mark: the page never reached it.`);
  const pid = end.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? end.tid;
  const starts = events.filter(
    (e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.documentLoaderURL?.includes(urlPart) === true,
  );
  const start = starts.at(-1);
  if (!start) throw new Error(`The trace has no navigation to ${urlPart}.`);
  const from = start.ts;
  const to = end.ts;
  const scripts: Array<[number, number]> = [];
  let longest = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.dur === undefined) continue;
    const s = Math.max(e.ts, from);
    const t = Math.min(e.ts + e.dur, to);
    if (t <= s) continue;
    if (SCRIPT_EVENTS.has(e.name)) scripts.push([s, t]);
    // A task counts whole (not clipped): a long task that straddles the mark still blocked input.
    if (TASK_EVENTS.has(e.name)) longest = Math.max(longest, e.dur);
  }
  return { scriptMs: union(scripts) / 1000, longestTaskMs: longest / 1000, windowMs: (to - from) / 1000 };
}
