import { describeValue } from './describe-value';
import { normalQuantile } from './normal';

/** How many answers fell in each category (e.g. one row of an SQL `GROUP BY`). */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
  /** Sums of response weights (e.g. 1 / sampleRate) per category, for a weighted NPS; absent means every weight is 1. */
  weighted?: WeightSums;
}

/** Sums of weights per category plus the sum of squared weights (needed for the effective sample size). */
export interface WeightSums {
  promoters: number;
  passives: number;
  detractors: number;
  /** Σ w² over every answer. */
  squares: number;
}

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /** Confidence level of the interval, between 0 and 1. @default 0.95 */
  confidence?: number;
  /** One weight per score (same order), e.g. `1 / sampleRate`; only with a list of scores. @default undefined (unweighted) */
  weights?: ArrayLike<number> | Iterable<number>;
}

/** The share (0–1) of answers in each category. */
export interface NpsShares {
  promoters: number;
  passives: number;
  detractors: number;
}

/** A confidence interval in NPS points, clamped to [−100, 100]. */
export interface NpsInterval {
  low: number;
  high: number;
  /** The confidence level it was computed at, e.g. 0.95. */
  confidence: number;
}

/** A score with its uncertainty; every field is null when there are no answers. */
export interface NpsEstimate {
  shares: NpsShares | null;
  /** Net Promoter Score, −100 to 100: 100 × (promoter share − detractor share). */
  nps: number | null;
  /** Adjusted-Wald interval (Rocks 2016): see docs/statistics.md. */
  interval: NpsInterval | null;
  /** Half-width of the interval in NPS points, before clamping. */
  marginOfError: number | null;
  /** Adjusted-Wald standard error in NPS points. */
  standardError: number | null;
}

/** A weighted estimate plus what the weights cost in precision. */
export interface WeightedNpsEstimate extends NpsEstimate {
  /** Σ w: the population the answers stand for. */
  totalWeight: number;
  /** Kish's effective sample size (Σ w)² / Σ w²; the interval uses it in place of n. */
  effectiveN: number;
}

/** What {@link summarize} returns: counts, shares, the score and its interval, and the weighted estimate if any. */
export interface NpsSummary extends NpsEstimate {
  /** Number of answers. Always show it next to the score. */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Present when weights other than 1 were given. */
  weighted: WeightedNpsEstimate | null;
}

/**
 * Summarises answers — a list of scores 0–10, or counts per category — into n, shares, the NPS and an adjusted-Wald interval.
 * With no answers it returns `nps: null` (and null shares and interval), never NaN.
 * @throws {RangeError} for a score that is not an integer 0–10, negative or fractional counts, a bad weight or confidence.
 * @example
 * summarize([10, 9, 8, 6, 10]).nps; // 40
 * summarize({ promoters: 100, passives: 60, detractors: 40 });
 * // { n: 200, nps: 30, interval: { low: 18.8…, high: 40.3…, confidence: 0.95 }, marginOfError: 10.7…, … }
 */
export function summarize(input: Iterable<number> | NpsCounts, options: SummarizeOptions = {}): NpsSummary {
  const z = zFor(options.confidence);
  const confidence = options.confidence ?? 0.95;
  const counts = isIterable(input) ? countScores(input, options.weights) : checkCounts(input, options.weights);
  const { promoters, passives, detractors } = counts;
  const n = promoters + passives + detractors;
  const summary: NpsSummary = {
    n,
    promoters,
    passives,
    detractors,
    ...estimate(promoters, detractors, n, n, z, confidence),
    weighted: null,
  };
  const w = counts.weighted;
  if (w && !(w.promoters === promoters && w.passives === passives && w.detractors === detractors && w.squares === n)) {
    const total = w.promoters + w.passives + w.detractors;
    if (total > 0) {
      const effectiveN = (total * total) / w.squares;
      summary.weighted = {
        totalWeight: total,
        effectiveN,
        ...estimate(w.promoters, w.detractors, total, effectiveN, z, confidence),
      };
    }
  }
  return summary;
}

/**
 * Adjusted-Wald estimate (Rocks 2016; Sauro & Lewis): add ¾ promoter and ¾ detractor (3 answers in all, so ¾ passive too)
 * before computing the variance, which keeps the interval honest at small n and at extreme shares.
 * `pSum`/`dSum` are (weighted) counts out of `total`; `n` is the sample size the variance uses (n, or the effective n).
 */
function estimate(pSum: number, dSum: number, total: number, n: number, z: number, confidence: number): NpsEstimate {
  if (total === 0) return { shares: null, nps: null, interval: null, marginOfError: null, standardError: null };
  const p = pSum / total;
  const d = dSum / total;
  const { centre, se } = adjustedWald(p, d, n);
  const moe = 100 * z * se;
  return {
    shares: { promoters: p, passives: (total - pSum - dSum) / total, detractors: d },
    // Computed from the counts, not the shares, so 60 − 20 out of 200 gives exactly 20 (0.3 × 100 would give 30.000000000000004).
    nps: (100 * (pSum - dSum)) / total,
    interval: { low: clamp(100 * centre - moe), high: clamp(100 * centre + moe), confidence },
    marginOfError: moe,
    standardError: 100 * se,
  };
}

/** The adjusted centre p′ − d′ and its standard error (as fractions, not points) for shares p, d out of n answers. */
export function adjustedWald(p: number, d: number, n: number): { centre: number; se: number } {
  const n1 = n + 3;
  const p1 = (p * n + 0.75) / n1;
  const d1 = (d * n + 0.75) / n1;
  const centre = p1 - d1;
  return { centre, se: Math.sqrt((p1 + d1 - centre * centre) / n1) };
}

/** The two-sided z for a confidence level, validated. */
export function zFor(confidence = 0.95): number {
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be a number between 0 and 1 (e.g. 0.95), got ${describeValue(confidence)}`);
  }
  return normalQuantile(1 - (1 - confidence) / 2);
}

function clamp(points: number): number {
  return Math.min(100, Math.max(-100, points));
}

function isIterable(input: unknown): input is Iterable<number> {
  return (
    typeof input === 'object' && input !== null && typeof (input as Iterable<number>)[Symbol.iterator] === 'function'
  );
}

/** Counts a list of scores. Arrays take a tight indexed loop with the integer check inlined: it runs per answer. */
function countScores(scores: Iterable<number>, weights: SummarizeOptions['weights']): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  const list = Array.isArray(scores) || ArrayBuffer.isView(scores) ? (scores as ArrayLike<number>) : Array.from(scores);
  const length = list.length;
  for (let i = 0; i < length; i++) {
    const s = list[i]!;
    if (s === 9 || s === 10) promoters++;
    else if (s === 7 || s === 8) passives++;
    // `(s | 0) === s` rejects fractions, NaN and non-numbers ('3' >= 0 is true, but '3' | 0 is the number 3).
    else if (s >= 0 && s <= 6 && (s | 0) === s) detractors++;
    else throw new RangeError(`score at index ${i} must be an integer from 0 to 10, got ${describeValue(s)}`);
  }
  const counts: NpsCounts = { promoters, passives, detractors };
  if (weights !== undefined) counts.weighted = sumWeights(list, weights);
  return counts;
}

function sumWeights(scores: ArrayLike<number>, weights: NonNullable<SummarizeOptions['weights']>): WeightSums {
  const list: ArrayLike<number> =
    Array.isArray(weights) || ArrayBuffer.isView(weights)
      ? (weights as ArrayLike<number>)
      : Array.from(weights as Iterable<number>);
  if (list.length !== scores.length) {
    throw new RangeError(
      `weights must have one weight per score: got ${list.length} weights for ${scores.length} scores`,
    );
  }
  const sums: WeightSums = { promoters: 0, passives: 0, detractors: 0, squares: 0 };
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    if (typeof w !== 'number' || !(w > 0 && w < Number.POSITIVE_INFINITY)) {
      throw new RangeError(
        `weight at index ${i} must be a positive finite number (e.g. 1 / sampleRate), got ${describeValue(w)}`,
      );
    }
    const s = scores[i]!;
    if (s >= 9) sums.promoters += w;
    else if (s >= 7) sums.passives += w;
    else sums.detractors += w;
    sums.squares += w * w;
  }
  return sums;
}

function checkCounts(counts: NpsCounts, weights: unknown): NpsCounts {
  if (weights !== undefined) {
    throw new TypeError(
      'options.weights applies to a list of scores; with counts, pass the weight sums as counts.weighted',
    );
  }
  assertCounts(counts, 'counts');
  return counts;
}

const COUNT_KEYS = ['promoters', 'passives', 'detractors'] as const;
const WEIGHT_KEYS = ['promoters', 'passives', 'detractors', 'squares'] as const;

/** Throws a RangeError/TypeError naming the field unless `counts` holds whole counts and finite weight sums. */
export function assertCounts(counts: NpsCounts, label: string): void {
  if (typeof counts !== 'object' || counts === null) {
    throw new TypeError(
      `${label} must be a list of scores or { promoters, passives, detractors }, got ${describeValue(counts)}`,
    );
  }
  for (const key of COUNT_KEYS) {
    const v = counts[key];
    if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)) {
      // SQL drivers often return count(*) as a string (Postgres bigint): say so, since that is the usual cause.
      const hint = typeof v === 'string' ? ' (convert database counts with Number())' : '';
      throw new RangeError(
        `${label}.${key} must be a whole number of answers (0 or more), got ${describeValue(v)}${hint}`,
      );
    }
  }
  const w = counts.weighted;
  if (w === undefined) return;
  for (const key of WEIGHT_KEYS) {
    const v = w?.[key];
    if (!(typeof v === 'number' && v >= 0 && v < Number.POSITIVE_INFINITY)) {
      throw new RangeError(`${label}.weighted.${key} must be a finite number (0 or more), got ${describeValue(v)}`);
    }
  }
  if (w.promoters + w.passives + w.detractors > 0 && !(w.squares > 0)) {
    throw new RangeError(
      `${label}.weighted.squares must be the sum of squared weights, greater than 0 when there are weights`,
    );
  }
}
