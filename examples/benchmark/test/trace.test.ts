import { describe, expect, it } from 'vitest';
import { median } from '../src/table';
import { mainThreadTasks, type TraceEvent } from '../src/trace';

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
