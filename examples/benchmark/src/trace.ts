/** One Chrome trace event (the fields the benchmark reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    data?: { documentLoaderURL?: string; url?: string; type?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

/** A share of one task's time, by the kind of work (e.g. "layout", "eval npskit.js"). */
export interface TaskPart {
  label: string;
  ms: number;
}

/** What one page load cost the renderer's main thread, from the trace. */
export interface MainThreadTasks {
  /** The longest main-thread task in the window, in ms. */
  longestTaskMs: number;
  /** What the longest task spent its time on, largest first. */
  longestTaskParts: TaskPart[];
  /**
   * The longest task that ran script (a script file, a module graph, a call into a script file, promise callbacks
   * or a timer), other than the page's navigation commit: for a library's page, the longest task its code ran.
   */
  longestScriptTaskMs: number;
  longestScriptTaskParts: TaskPart[];
  /** Tasks running script (as above) of 50 ms or more. */
  longScriptTasks: number;
  /** From navigation start to the end mark, in ms. */
  windowMs: number;
}

const NAVIGATION_COMMIT = 'navigation commit (new document and window)';
// A named file, a module graph, promise callbacks or a timer. A call into an unnamed script is the benchmark's own
// instrumentation (its long-task observer), and an inline script is the page's: neither makes a task the library's.
const SCRIPT_PART = /^(eval (?!inline script$)|evaluate modules|call into (?!script$)|promise callbacks|timer$)/;
// Tasks shorter than this are not broken down when looking for the longest script task (it keeps the reading fast).
const SCRIPT_TASK_MIN_US = 2_000;

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

// Rendering work is named for itself wherever it happens: style or layout inside a script is a forced
// (synchronous) one, which is the part a script can avoid.
const RENDERING: Record<string, string> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
};
const SCRIPT_KINDS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
]);

const file = (url: string | undefined) => (url ? (url.split('?')[0]?.split('/').pop() ?? url) : '');

interface Node {
  event: TraceEvent;
  end: number;
  label: string;
  inScript: boolean;
  childMs: number;
}

/**
 * Splits one task into the kinds of work it did: each event's own time (minus its children's) goes to its
 * label, or to the nearest labelled ancestor's. `modules` names the files of a module evaluation.
 */
export function taskParts(task: TraceEvent, thread: TraceEvent[], modules: (at: number) => string): TaskPart[] {
  const end = task.ts + (task.dur ?? 0);
  const inside = thread
    .filter((e) => e !== task && e.ph === 'X' && e.dur !== undefined && e.ts >= task.ts && e.ts + e.dur <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const add = (label: string, us: number) => totals.set(label, (totals.get(label) ?? 0) + us);
  const root: Node = { event: task, end, label: 'other', inScript: false, childMs: 0 };
  const stack: Node[] = [root];
  const close = (node: Node) => add(node.label, (node.event.dur ?? 0) - node.childMs);
  for (const event of inside) {
    while (stack.length > 1 && (stack.at(-1) as Node).end <= event.ts) close(stack.pop() as Node);
    const parent = stack.at(-1) as Node;
    parent.childMs += event.dur ?? 0;
    const rendering = RENDERING[event.name];
    const script = SCRIPT_KINDS.has(event.name);
    let label = parent.label;
    if (rendering) label = parent.inScript ? `${rendering} (forced by script)` : rendering;
    else if (event.name === 'ParseHTML') label = 'parse HTML';
    else if (event.args?.chrome_mojo_event_info?.mojo_interface_tag?.includes('NavigationClient'))
      label = NAVIGATION_COMMIT;
    else if (event.name === 'EvaluateScript') label = `eval ${file(event.args?.data?.url) || 'inline script'}`;
    else if (event.name === 'v8.evaluateModule') label = `evaluate modules ${modules(event.ts)}`.trim();
    else if (event.name === 'FunctionCall') label = `call into ${file(event.args?.data?.url) || 'script'}`;
    else if (event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') label = 'promise callbacks (microtasks)';
    else if (event.name === 'EventDispatch') label = `${event.args?.data?.type ?? ''} event`.trim();
    else if (event.name === 'TimerFire') label = 'timer';
    else if (event.name === 'FireAnimationFrame') label = 'animation frame callback';
    // Within a script, a nested call or microtask is still that script's work.
    if (script && parent.inScript && event.name !== 'EventDispatch') label = parent.label;
    stack.push({ event, end: event.ts + (event.dur ?? 0), label, inScript: parent.inScript || script, childMs: 0 });
  }
  while (stack.length > 0) close(stack.pop() as Node);
  return [...totals]
    .map(([label, us]) => ({ label, ms: us / 1000 }))
    .filter((p) => p.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms);
}

/** "X ms = parse HTML 3.1 ms + layout 28.0 ms + …": parts under 1 ms are summed as "other". */
export function describeParts(totalMs: number, parts: TaskPart[]): string {
  const shown = parts.filter((p) => p.ms >= 1 && p.label !== 'other');
  const rest = totalMs - shown.reduce((sum, p) => sum + p.ms, 0);
  const terms = shown.map((p) => `${p.label} ${p.ms.toFixed(1)} ms`);
  if (rest >= 0.05) terms.push(`other ${rest.toFixed(1)} ms`);
  return `${totalMs.toFixed(1)} ms = ${terms.join(' + ')}`;
}

/**
 * Reads a Chrome trace: finds the renderer main thread that recorded `endMark`, and measures its longest task
 * between the navigation to `urlPart` and that mark, and what that task did.
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
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);
  let longest: TraceEvent | undefined;
  const tasks: TraceEvent[] = [];
  for (const e of thread) {
    if (e.ph !== 'X' || e.dur === undefined || !TASK_EVENTS.has(e.name)) continue;
    // A task counts whole (not clipped) when it overlaps the window: a long task that straddles the mark still blocked input.
    if (e.ts + e.dur <= start.ts || e.ts >= end.ts) continue;
    tasks.push(e);
    if (e.dur > (longest?.dur ?? 0)) longest = e;
  }
  // A module graph is compiled (v8.compileModule, with its URL) before one v8.evaluateModule runs it, which has none.
  const compiled = events.filter((e) => e.pid === pid && e.name === 'v8.compileModule' && e.ts >= start.ts);
  const evaluations = thread.filter((e) => e.name === 'v8.evaluateModule').map((e) => e.ts);
  const modules = (at: number) => {
    const since = Math.max(start.ts, ...evaluations.filter((ts) => ts < at));
    const names = compiled.filter((e) => e.ts >= since && e.ts < at).map((e) => file(e.args?.data?.url));
    return names.length > 0 ? `(${[...new Set(names)].join(', ')})` : '';
  };
  // Chrome nests a task in another (RunTask inside ThreadControllerImpl::RunTask): only the outer one is a task.
  tasks.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let script: { ms: number; parts: TaskPart[] } = { ms: 0, parts: [] };
  let longScriptTasks = 0;
  let outerEnd = -1;
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    if (taskEnd <= outerEnd) continue;
    outerEnd = taskEnd;
    if ((task.dur ?? 0) < SCRIPT_TASK_MIN_US) continue;
    const parts = taskParts(task, thread, modules);
    if (!parts.some((p) => SCRIPT_PART.test(p.label)) || parts.some((p) => p.label === NAVIGATION_COMMIT)) continue;
    const ms = (task.dur ?? 0) / 1000;
    if (ms >= 50) longScriptTasks += 1;
    if (ms > script.ms) script = { ms, parts };
  }
  return {
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    longestTaskParts: longest ? taskParts(longest, thread, modules) : [],
    longestScriptTaskMs: script.ms,
    longestScriptTaskParts: script.parts,
    longScriptTasks,
    windowMs: (end.ts - start.ts) / 1000,
  };
}
