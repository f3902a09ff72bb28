import { performance } from 'node:perf_hooks';
import { summarize } from '@npskit/core';

/** Timing of core's `summarize` over a list of scores. */
export interface SummarizeTiming {
  scores: number;
  /** Median of the timed runs, in ms. */
  medianMs: number;
  runs: number;
  /** The result, so the work cannot be optimised away and the figure can be sanity-checked. */
  nps: number | null;
}

/**
 * Times `summarize` over `count` scores from a fixed pseudo-random sequence (so every run summarises the same
 * data), after one warm-up call that lets V8 optimise it.
 */
export function timeSummarize(count = 1_000_000, runs = 7): SummarizeTiming {
  let seed = 42;
  const scores = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    scores[i] = seed % 11;
  }
  let nps = summarize(scores).nps;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    nps = summarize(scores).nps;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { scores: count, medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN, runs, nps };
}
