import { describe, expect, it } from 'vitest';
import { median } from '../src/table';
import { mainThreadCost, type TraceEvent } from '../src/trace';

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

describe('mainThreadCost', () => {
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

  it('counts nested script events once, clips to the window and ignores other threads', () => {
    const events = [
      meta(7, 1, 'CrRendererMain'),
      nav,
      mark,
      x('RunTask', 1_500, 3_000),
      x('EvaluateScript', 2_000, 2_000),
      x('FunctionCall', 2_500, 500), // inside EvaluateScript: adds nothing
      x('v8.compile', 500, 1_000), // half before navigation: 500 µs count
      x('TimerFire', 10_500, 2_000), // crosses the mark: 500 µs count
      x('FunctionCall', 3_000, 9_000, 2), // a worker thread
      x('Layout', 5_000, 1_000), // not script
    ];
    const cost = mainThreadCost(events, '/page', 'visible');
    expect(cost.scriptMs).toBeCloseTo(3, 5);
    expect(cost.longestTaskMs).toBeCloseTo(3, 5);
    expect(cost.windowMs).toBeCloseTo(10, 5);
  });

  it('says so when the page never reached the mark', () => {
    expect(() => mainThreadCost([meta(7, 1, 'CrRendererMain'), nav], '/page', 'visible')).toThrow(/never reached/);
  });
});

describe('median', () => {
  it('takes the middle of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
