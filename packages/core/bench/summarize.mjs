// Plain Node benchmark of the BUILT package: `pnpm --filter @npskit/core run build && node bench/summarize.mjs`.
// Prints milliseconds per 1 000 000 scores; the goal is ≤ 20 ms. Not a test: it reports, it does not assert.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  console.error('bench: dist/index.js is missing; run `pnpm --filter @npskit/core run build` first');
  process.exit(1);
}
const { addScore, createTally, mergeTallies, summarize } = await import(dist.href);

const MILLION = 1_000_000;
const table = [0, 1, 2, 3, 4, 5, 6, 6, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10];
const scores = new Array(MILLION);
let state = 12345;
for (let i = 0; i < MILLION; i++) {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  scores[i] = table[state % table.length];
}
const bytes = Uint8Array.from(scores);
const shards = Array.from({ length: 1000 }, () => ({ promoters: 450, passives: 300, detractors: 250 }));

/** Median wall time of `runs` calls after `warmup` unmeasured calls, in ms. */
function measure(fn, runs = 30, warmup = 5) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1] };
}

const counts = summarize(scores);
const tally = mergeTallies({ promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors });
const rows = [
  ['summarize(array of 1 000 000 numbers)', measure(() => summarize(scores))],
  ['summarize(Uint8Array of 1 000 000)', measure(() => summarize(bytes))],
  ['summarize(tally of 1 000 000)', measure(() => summarize(tally), 1000, 100)],
  ['summarize(mergeTallies(1 000 shards))', measure(() => summarize(mergeTallies(...shards)), 200, 20)],
  [
    'addScore × 1 000 000 (build a tally)',
    measure(
      () => {
        let t = createTally();
        for (let i = 0; i < MILLION; i++) t = addScore(t, scores[i]);
      },
      5,
      1,
    ),
  ],
];

console.log(`@npskit/core summarize benchmark — Node ${process.version}, ${process.arch}`);
for (const [name, { median, min, max }] of rows) {
  console.log(
    `${name.padEnd(42)} median ${median.toFixed(3).padStart(8)} ms  (min ${min.toFixed(3)}, max ${max.toFixed(3)})`,
  );
}
console.log(`goal: ≤ 20 ms per 1 000 000 scores — array: ${rows[0][1].median <= 20 ? 'met' : 'NOT met'}`);
