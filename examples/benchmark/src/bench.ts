import { parseArgs } from 'node:util';
import { runBenchmark } from './run-benchmark';
import { timeSummarize } from './summarize-bench';
import { formatAttribution, formatTable } from './table';

// argv: node run.mjs src/bench.ts [--runs N]
const { values } = parseArgs({
  // `pnpm run bench -- --runs 20` passes the `--` on.
  args: process.argv.slice(3).filter((a) => a !== '--'),
  options: { runs: { type: 'string', default: '10' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`--runs must be a positive integer, got ${values.runs}`);

console.log(
  `npskit vs posthog-js 1.449.2 vs the same page with no library — ${runs} timed loads per row, fresh context each (cold, no cache)`,
);
const result = await runBenchmark({ runs, progress: (line) => console.log(line) });
console.log(`\nChromium ${result.chromium}, ${runs} runs, CPU ×${result.throttles.join(' and ×')} via CDP\n`);
console.log(formatTable(result));
console.log(`\n${formatAttribution(result)}`);

const summary = timeSummarize();
console.log(
  `\ncore summarize(): ${summary.scores.toLocaleString('en')} scores in ${summary.medianMs.toFixed(1)} ms ` +
    `(median of ${summary.runs}, Node ${process.version}; NPS ${summary.nps?.toFixed(2)})`,
);
