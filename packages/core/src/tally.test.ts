import { describe, expect, it } from 'vitest';
import { summarize } from './stats';
import { addScore, createTally, mergeTallies, type NpsTally } from './tally';

function tallyOf(scores: number[], weights?: number[]): NpsTally {
  return scores.reduce((t, s, i) => addScore(t, s, weights?.[i]), createTally());
}

describe('tally', () => {
  it('counts like summarize does', () => {
    const scores = [10, 9, 8, 7, 6, 0, 3, 10, 9];
    expect(summarize(tallyOf(scores))).toEqual(summarize(scores));
    expect(tallyOf([])).toEqual(createTally());
  });

  it('is immutable: addScore returns a new tally', () => {
    const empty = createTally();
    const one = addScore(empty, 9);
    expect(empty.promoters).toBe(0);
    expect(one.promoters).toBe(1);
  });

  it('merging is associative and commutative, with or without weights', () => {
    const a = tallyOf([10, 2, 7], [2, 1, 0.5]);
    const b = tallyOf([9, 9, 0, 8], [1, 4, 4, 1]);
    const c = tallyOf([5, 10]);
    const left = mergeTallies(mergeTallies(a, b), c);
    const right = mergeTallies(a, mergeTallies(b, c));
    expect(left).toEqual(right);
    expect(mergeTallies(c, b, a)).toEqual(mergeTallies(a, b, c));
    expect(mergeTallies(a, createTally())).toEqual(a);
    expect(summarize(left)).toEqual(
      summarize([10, 2, 7, 9, 9, 0, 8, 5, 10], { weights: [2, 1, 0.5, 1, 4, 4, 1, 1, 1] }),
    );
  });

  it('merges plain counts such as SQL GROUP BY rows', () => {
    const rows = [
      { promoters: 40, passives: 30, detractors: 30 },
      { promoters: 60, passives: 30, detractors: 10 },
    ];
    const total = mergeTallies(...rows);
    expect(summarize(total).nps).toBe(30);
    expect(summarize(total).weighted).toBeNull();
  });

  it('rejects bad scores, weights and counts, naming them', () => {
    expect(() => addScore(createTally(), 11)).toThrow('score must be an integer from 0 to 10, got 11');
    expect(() => addScore(createTally(), 9, -1)).toThrow(
      'weight must be a positive finite number (e.g. 1 / sampleRate), got -1',
    );
    expect(() => mergeTallies(createTally(), { promoters: '4', passives: 0, detractors: 0 } as never)).toThrow(
      'tallies[1].promoters must be a whole number of answers (0 or more), got "4" (convert database counts with Number())',
    );
  });
});
