import { describeValue } from './describe-value';
import { isScore } from './score';
import { assertCounts, type NpsCounts, type WeightSums } from './stats';

/**
 * Counts per category plus weight sums: a tally can be built answer by answer, merged with others
 * (shards, days, SQL `GROUP BY` rows) in any order and grouping, and passed to `summarize`.
 */
export interface NpsTally extends NpsCounts {
  weighted: WeightSums;
}

/**
 * An empty tally.
 * @example
 * let tally = createTally();
 * tally = addScore(tally, 9);
 */
export function createTally(): NpsTally {
  return {
    promoters: 0,
    passives: 0,
    detractors: 0,
    weighted: { promoters: 0, passives: 0, detractors: 0, squares: 0 },
  };
}

/**
 * A new tally with one more answer (weight e.g. `1 / record.sampleRate`); the given tally is not changed.
 * @default weight 1
 * @throws {RangeError} for a score that is not an integer 0–10 or a weight that is not a positive finite number.
 * @example
 * summarize(addScore(addScore(createTally(), 10), 3)).nps; // 0
 */
export function addScore(tally: NpsCounts, score: number, weight = 1): NpsTally {
  if (!isScore(score)) throw new RangeError(`score must be an integer from 0 to 10, got ${describeValue(score)}`);
  if (typeof weight !== 'number' || !(weight > 0 && weight < Number.POSITIVE_INFINITY)) {
    throw new RangeError(`weight must be a positive finite number (e.g. 1 / sampleRate), got ${describeValue(weight)}`);
  }
  assertCounts(tally, 'tally');
  const w = weightsOf(tally);
  const p = score >= 9 ? 1 : 0;
  const d = score <= 6 ? 1 : 0;
  const a = 1 - p - d;
  // Built in one literal (no dynamic keys, no spreads): this runs once per answer.
  return {
    promoters: tally.promoters + p,
    passives: tally.passives + a,
    detractors: tally.detractors + d,
    weighted: {
      promoters: w.promoters + p * weight,
      passives: w.passives + a * weight,
      detractors: w.detractors + d * weight,
      squares: w.squares + weight * weight,
    },
  };
}

/**
 * Adds tallies or counts together (an unweighted count counts each answer with weight 1); the inputs are not changed.
 * @example
 * const total = mergeTallies(...rows); // rows from SELECT region, count(*) FILTER (WHERE score >= 9) AS promoters, …
 */
export function mergeTallies(...tallies: NpsCounts[]): NpsTally {
  const total = createTally();
  tallies.forEach((t, i) => {
    assertCounts(t, `tallies[${i}]`);
    const w = weightsOf(t);
    total.promoters += t.promoters;
    total.passives += t.passives;
    total.detractors += t.detractors;
    total.weighted.promoters += w.promoters;
    total.weighted.passives += w.passives;
    total.weighted.detractors += w.detractors;
    total.weighted.squares += w.squares;
  });
  return total;
}

function weightsOf(counts: NpsCounts): WeightSums {
  return (
    counts.weighted ?? {
      promoters: counts.promoters,
      passives: counts.passives,
      detractors: counts.detractors,
      squares: counts.promoters + counts.passives + counts.detractors,
    }
  );
}
