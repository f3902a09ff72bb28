import { bench, describe } from 'vitest';
import { addScore, createTally, mergeTallies, summarize } from '../src/index';
import { makeScores } from './scores';

const scores = makeScores();
const bytes = Uint8Array.from(scores);
const tally = mergeTallies(summarizeCounts(scores));
const shards = Array.from({ length: 1000 }, () => ({ promoters: 450, passives: 300, detractors: 250 }));

function summarizeCounts(list: number[]) {
  const { promoters, passives, detractors } = summarize(list);
  return { promoters, passives, detractors };
}

describe('summarize 1 000 000 scores', () => {
  bench('from an array of numbers', () => {
    summarize(scores);
  });
  bench('from a Uint8Array', () => {
    summarize(bytes);
  });
  bench('from a tally', () => {
    summarize(tally);
  });
  bench('merging 1 000 shard tallies, then summarize', () => {
    summarize(mergeTallies(...shards));
  });
});

describe('build a tally of 100 000 scores one answer at a time', () => {
  bench('addScore (immutable)', () => {
    let t = createTally();
    for (let i = 0; i < 100_000; i++) t = addScore(t, scores[i]!);
  });
});
