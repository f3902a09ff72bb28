import { describe, expect, it } from 'vitest';
import { median } from '../src/table';
import { describeParts, mainThreadTasks, type TraceEvent, taskParts } from '../src/trace';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const x = (name: string, ts: number, dur: number, tid = 1, pid = 7): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
});

describe('mainThreadTasks', () => {
  const nav: TraceEvent = {
    name: 'navigationStart',
    cat: 'blink.user_timing',
    ph: 'R',
    pid: 7,
    tid: 1,
    ts: 1_000,
    args: { data: { documentLoaderURL: 'http://h/page' } },
  };
  const mark: TraceEvent = { name: 'visible', cat: 'blink.user_timing', ph: 'R', pid: 7, tid: 1, ts: 11_000 };

  it('finds the longest task on the page main thread that overlaps the window', () => {
    const events = [
      meta(7, 1, 'CrRendererMain'),
      nav,
      mark,
      x('RunTask', 1_500, 3_000),
      x('RunTask', 10_500, 4_000), // straddles the mark: counts whole
      x('RunTask', 200, 700), // ends before navigation: ignored
      x('RunTask', 3_000, 9_000, 2), // a worker thread: ignored
      x('RunTask', 2_000, 9_500, 1, 8), // another renderer: ignored
      x('Layout', 5_000, 6_000), // not a task
    ];
    const tasks = mainThreadTasks(events, '/page', 'visible');
    expect(tasks.longestTaskMs).toBeCloseTo(4, 5);
    expect(tasks.windowMs).toBeCloseTo(10, 5);
  });

  it('finds the longest task that ran script, leaving out the navigation commit and pure rendering', () => {
    const commit: TraceEvent = {
      ...x('ThreadControllerImpl::RunTask', 1_200, 4_000),
      args: { chrome_mojo_event_info: { mojo_interface_tag: 'blink.mojom.NavigationClient' } },
    };
    const events = [
      meta(7, 1, 'CrRendererMain'),
      nav,
      mark,
      x('ThreadControllerImpl::RunTask', 1_100, 4_200), // the commit's outer task, and the longest task
      commit,
      x('EvaluateScript', 1_300, 1_000), // the benchmark's init script, inside the commit
      x('ThreadControllerImpl::RunTask', 5_400, 4_000), // rendering only: no script
      x('Layout', 5_450, 3_000),
      x('ThreadControllerImpl::RunTask', 5_500, 500), // nested in the rendering task: not a task of its own
      x('FunctionCall', 5_550, 100), // the benchmark's own observer (no file): not the library's script
      x('ThreadControllerImpl::RunTask', 9_500, 200), // below the breakdown threshold
      x('ThreadControllerImpl::RunTask', 10_000, 3_000), // straddles the mark: counts whole
      x('BlinkScheduler_PerformMicrotaskCheckpoint', 10_100, 2_500),
    ];
    const tasks = mainThreadTasks(events, '/page', 'visible');
    expect(tasks.longestTaskMs).toBeCloseTo(4.2, 5);
    // The rendering task (4 ms) called into an unnamed script only: still not counted.
    expect(tasks.longestScriptTaskMs).toBeCloseTo(3, 5);
    expect(tasks.longestScriptTaskParts[0]).toEqual({ label: 'promise callbacks (microtasks)', ms: 2.5 });
    expect(tasks.longScriptTasks).toBe(0);
  });

  it('says so when the page never reached the mark', () => {
    expect(() => mainThreadTasks([meta(7, 1, 'CrRendererMain'), nav], '/page', 'visible')).toThrow(/never reached/);
  });
});

describe('median', () => {
  it('takes the middle of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('taskParts', () => {
  const data = (e: TraceEvent, d: NonNullable<TraceEvent['args']>['data']): TraceEvent => ({ ...e, args: { data: d } });
  it('gives each kind of work its own time, and names style and layout forced from script', () => {
    const task = x('RunTask', 0, 100_000);
    const thread = [
      task,
      x('ParseHTML', 1_000, 10_000),
      data(x('EvaluateScript', 2_000, 3_000), { url: 'http://h/npskit/cdn/npskit.js?v=1' }), // inside the parser
      x('v8.evaluateModule', 20_000, 10_000),
      x('BlinkScheduler_PerformMicrotaskCheckpoint', 30_000, 50_000),
      x('Layout', 60_000, 15_000), // read back by the script: forced
      x('UpdateLayoutTree', 85_000, 4_000),
      x('Layout', 89_000, 6_000),
      x('Paint', 95_000, 2_000),
    ];
    const parts = taskParts(task, thread, () => '(npskit-ui.js)');
    const ms = Object.fromEntries(parts.map((p) => [p.label, p.ms]));
    expect(ms).toEqual({
      'promise callbacks (microtasks)': 35,
      'layout (forced by script)': 15,
      'evaluate modules (npskit-ui.js)': 10,
      other: 18,
      layout: 6,
      'parse HTML': 7,
      'eval npskit.js': 3,
      style: 4,
      paint: 2,
    });
    expect(parts[0]?.label).toBe('promise callbacks (microtasks)');
    expect(describeParts(100, parts)).toBe(
      '100.0 ms = promise callbacks (microtasks) 35.0 ms + layout (forced by script) 15.0 ms + ' +
        'evaluate modules (npskit-ui.js) 10.0 ms + parse HTML 7.0 ms + layout 6.0 ms + style 4.0 ms + ' +
        'eval npskit.js 3.0 ms + paint 2.0 ms + other 18.0 ms',
    );
  });
});
