import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, twoSidedP } from './normal';
import { summarize } from './stats';

/**
 * The adjusted-Wald interval written a second, independent way: as the mean and variance of a pseudo-sample of
 * +1 / 0 / −1 values with ¾ promoter, 1½ passive and ¾ detractor added (Rocks 2016), not with the p′/d′ shortcut.
 */
function independentInterval(P: number, A: number, D: number, z: number) {
  const values: [x: number, count: number][] = [
    [1, P + 0.75],
    [0, A + 1.5],
    [-1, D + 0.75],
  ];
  const m = values.reduce((s, [, c]) => s + c, 0);
  const mean = values.reduce((s, [x, c]) => s + x * c, 0) / m;
  const variance = values.reduce((s, [x, c]) => s + c * (x - mean) ** 2, 0) / m;
  const half = z * Math.sqrt(variance / m) * 100;
  return { low: Math.max(-100, mean * 100 - half), high: Math.min(100, mean * 100 + half), moe: half };
}

// Values computed separately in Python 3.11 (statistics.NormalDist, math.sqrt) from the field-notes formula.
const PYTHON: [P: number, A: number, D: number, confidence: number, low: number, high: number, moe: number][] = [
  [100, 60, 40, 0.95, 18.815451611355996, 40.297848881254836, 10.74119863494942],
  [250, 150, 100, 0.95, 22.99634458389561, 36.64580253340062, 6.824728974752507],
  [3, 0, 0, 0.95, -6.579286703808574, 100, 56.57928670380857],
  [0, 0, 5, 0.95, -100, -17.49145303416898, 45.00854696583102],
  [1, 0, 0, 0.95, -48.498649420252015, 98.49864942025202, 73.49864942025201],
  [100, 60, 40, 0.9, 20.542352191921093, 38.570948300689736, 9.014298054384323],
  [100, 60, 40, 0.99, 15.440322386518282, 43.67297810609255, 14.116327859787134],
  [7, 2, 3, 0.95, -15.538767613543348, 68.87210094687669, 42.20543428021002],
  [5000, 3000, 2000, 0.95, 28.46045899237415, 31.52154640600634, 1.5305437068160928],
];

describe('normal distribution', () => {
  it('gives the textbook z values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
  });

  it('inverts the CDF and gives two-sided p-values matching Python math.erfc', () => {
    for (const p of [0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999])
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
    expect(twoSidedP(1.96)).toBeCloseTo(0.04999579029644087, 14);
    expect(twoSidedP(-3)).toBeCloseTo(0.0026997960632601913, 15);
    expect(twoSidedP(8) / 1.2441921148543639e-15).toBeCloseTo(1, 12);
    expect(twoSidedP(0)).toBe(1);
  });
});

describe('summarize', () => {
  it('computes the score from counts (100/60/40 → 30, 250/150/100 → 30)', () => {
    expect(summarize({ promoters: 100, passives: 60, detractors: 40 }).nps).toBe(30);
    expect(summarize({ promoters: 250, passives: 150, detractors: 100 }).nps).toBe(30);
    expect(summarize({ promoters: 60, passives: 120, detractors: 20 }).nps).toBe(20);
    expect(summarize({ promoters: 0, passives: 0, detractors: 7 }).nps).toBe(-100);
  });

  it('returns n, counts and shares', () => {
    const s = summarize([10, 9, 8, 7, 6, 0, 10, 3]);
    expect(s).toMatchObject({ n: 8, promoters: 3, passives: 2, detractors: 3, nps: 0, weighted: null });
    expect(s.shares).toEqual({ promoters: 3 / 8, passives: 2 / 8, detractors: 3 / 8 });
  });

  it.each(PYTHON)(
    'adjusted-Wald for %i/%i/%i at %s matches Python and an independent formula to 1e-9',
    (P, A, D, confidence, low, high, moe) => {
      const s = summarize({ promoters: P, passives: A, detractors: D }, { confidence });
      expect(s.interval!.confidence).toBe(confidence);
      expect(Math.abs(s.interval!.low - low)).toBeLessThan(1e-9);
      expect(Math.abs(s.interval!.high - high)).toBeLessThan(1e-9);
      expect(Math.abs(s.marginOfError! - moe)).toBeLessThan(1e-9);
      const other = independentInterval(P, A, D, normalQuantile(1 - (1 - confidence) / 2));
      expect(Math.abs(s.interval!.low - other.low)).toBeLessThan(1e-9);
      expect(Math.abs(s.interval!.high - other.high)).toBeLessThan(1e-9);
      expect(Math.abs(s.marginOfError! - other.moe)).toBeLessThan(1e-9);
    },
  );

  it('clamps the interval to [−100, 100] but reports the unclamped margin', () => {
    const s = summarize([10, 10, 10]);
    expect(s.interval!.high).toBe(100);
    expect(s.marginOfError).toBeGreaterThan(50);
    expect(summarize([0, 0, 0, 0, 0]).interval!.low).toBe(-100);
  });

  it('returns null results, not NaN, with no answers', () => {
    const empty = {
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      shares: null,
      nps: null,
      interval: null,
      marginOfError: null,
      standardError: null,
      weighted: null,
    };
    expect(summarize([])).toEqual(empty);
    expect(summarize({ promoters: 0, passives: 0, detractors: 0 })).toEqual(empty);
    expect(summarize([], { weights: [] })).toEqual(empty);
  });

  it('accepts arrays, typed arrays, generators and counts alike', () => {
    const scores = [10, 9, 9, 8, 7, 6, 5, 0, 10, 2];
    const expected = summarize({ promoters: 4, passives: 2, detractors: 4 });
    expect(summarize(scores)).toEqual(expected);
    expect(summarize(Uint8Array.from(scores))).toEqual(expected);
    expect(
      summarize(
        (function* () {
          yield* scores;
        })(),
      ),
    ).toEqual(expected);
  });

  it.each([
    [[10, 11], 'score at index 1 must be an integer from 0 to 10, got 11'],
    [[7.5], 'score at index 0 must be an integer from 0 to 10, got 7.5'],
    [[-1], 'got -1'],
    [[Number.NaN], 'got NaN'],
    [['9'], 'score at index 0 must be an integer from 0 to 10, got "9"'],
    [['3'], 'got "3"'],
    [[null], 'got null'],
    [[9, undefined], 'score at index 1 must be an integer from 0 to 10, got undefined'],
  ])('rejects %j', (scores, message) => {
    expect(() => summarize(scores as number[])).toThrow(RangeError);
    expect(() => summarize(scores as number[])).toThrow(message);
  });

  it.each([
    [
      { promoters: -1, passives: 0, detractors: 0 },
      'counts.promoters must be a whole number of answers (0 or more), got -1',
    ],
    [{ promoters: 1.5, passives: 0, detractors: 0 }, 'got 1.5'],
    [
      { promoters: 1, passives: '3', detractors: 0 },
      'counts.passives must be a whole number of answers (0 or more), got "3" (convert database counts with Number())',
    ],
    [{ promoters: 1, passives: 2 }, 'counts.detractors must be a whole number of answers (0 or more), got undefined'],
  ])('rejects bad counts %j', (counts, message) => {
    expect(() => summarize(counts as never)).toThrow(message);
  });

  it.each([0, 1, 1.5, -0.95, Number.NaN, '0.95'])('rejects confidence %s', (confidence) => {
    expect(() => summarize([9], { confidence: confidence as number })).toThrow(
      /confidence must be a number between 0 and 1 \(e.g. 0.95\), got/,
    );
  });
});

describe('summarize with weights', () => {
  const scores = [10, 9, 8, 6, 0, 10, 7, 3];
  const weights = [4, 4, 1, 1, 2, 1, 1, 2];

  it('gives a weighted NPS, Kish effective n and an interval from it (checked in Python)', () => {
    const s = summarize(scores, { weights });
    expect(s.nps).toBe(0);
    const w = s.weighted!;
    expect(w.totalWeight).toBe(16);
    expect(w.effectiveN).toBeCloseTo(5.818181818181818, 12);
    expect(w.nps).toBe(25);
    expect(Math.abs(w.interval!.low - -39.51824748348059)).toBeLessThan(1e-9);
    expect(Math.abs(w.interval!.high - 72.50793820513009)).toBeLessThan(1e-9);
  });

  it('equal weights change nothing but the total', () => {
    const s = summarize(scores, { weights: scores.map(() => 4) });
    expect(s.weighted!.nps).toBe(s.nps);
    expect(s.weighted!.effectiveN).toBe(8);
    expect(s.weighted!.interval).toEqual(s.interval);
    expect(summarize(scores, { weights: scores.map(() => 1) }).weighted).toBeNull();
  });

  it('takes weight sums with counts, e.g. from SQL', () => {
    const s = summarize({
      promoters: 3,
      passives: 2,
      detractors: 3,
      weighted: { promoters: 9, passives: 2, detractors: 5, squares: 44 },
    });
    expect(s.weighted).toEqual(summarize(scores, { weights }).weighted);
  });

  it.each<[unknown, string]>([
    [[1, 2], 'weights must have one weight per score: got 2 weights for 8 scores'],
    [[1, 1, 1, 0, 1, 1, 1, 1], 'weight at index 3 must be a positive finite number (e.g. 1 / sampleRate), got 0'],
    [[1, 1, 1, 1, 1, 1, 1, Number.POSITIVE_INFINITY], 'weight at index 7 must be a positive finite number'],
  ])('rejects bad weights %j', (bad, message) => {
    expect(() => summarize(scores, { weights: bad as number[] })).toThrow(message);
  });

  it('refuses weights with counts, pointing to counts.weighted', () => {
    expect(() => summarize({ promoters: 1, passives: 0, detractors: 0 }, { weights: [1] })).toThrow(/counts\.weighted/);
  });
});
