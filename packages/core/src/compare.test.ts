import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { sampleSizeForChange, sampleSizeForMargin } from './sample-size';
import { summarize } from './stats';

const counts = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });

describe('compare', () => {
  // z, p and the interval of the difference computed in Python 3.11 from the field-notes formula.
  it.each([
    [
      counts(250, 150, 100),
      counts(200, 150, 150),
      0.95,
      20,
      3.9124091473477933,
      9.13799208740071e-5,
      9.921254590458863,
      29.840176821071964,
      true,
    ],
    [
      counts(30, 40, 30),
      counts(25, 40, 35),
      0.95,
      10,
      0.9052494074985271,
      0.3653332723734086,
      -11.311741565469507,
      30.72921729362485,
      false,
    ],
    [
      counts(60, 20, 20),
      counts(50, 20, 30),
      0.9,
      20,
      1.6690878800132052,
      0.09509996489365205,
      0.2819312429567594,
      38.5530202133539,
      true,
    ],
  ])('%j vs %j at %s', (a, b, confidence, difference, z, p, low, high, significant) => {
    const result = compare(a, b, { confidence });
    expect(result.difference).toBe(difference);
    expect(Math.abs(result.z! - z)).toBeLessThan(1e-9);
    expect(Math.abs(result.p! - p) / p).toBeLessThan(1e-9);
    expect(Math.abs(result.interval!.low - low)).toBeLessThan(1e-9);
    expect(Math.abs(result.interval!.high - high)).toBeLessThan(1e-9);
    expect(result.interval!.confidence).toBe(confidence);
    expect(result.significant).toBe(significant);
  });

  it('accepts summaries as well as counts, and is antisymmetric', () => {
    const a = summarize(counts(250, 150, 100));
    const b = summarize(counts(200, 150, 150));
    const ab = compare(a, b);
    const ba = compare(b, a);
    expect(ab).toEqual(compare(counts(250, 150, 100), counts(200, 150, 150)));
    expect(ba.z).toBeCloseTo(-ab.z!, 12);
    expect(ba.p).toBeCloseTo(ab.p!, 15);
    expect(ba.difference).toBe(-20);
  });

  it('the same score with the same n is no difference at all', () => {
    expect(compare(counts(50, 30, 20), counts(50, 30, 20))).toMatchObject({
      difference: 0,
      z: 0,
      p: 1,
      significant: false,
    });
  });

  it('says nothing when a side has no answers', () => {
    expect(compare(counts(0, 0, 0), counts(5, 0, 0))).toEqual({
      difference: null,
      interval: null,
      z: null,
      p: null,
      significant: false,
    });
  });

  it('uses the weighted estimates when both sides are weighted', () => {
    const a = summarize([10, 10, 0, 0], { weights: [3, 3, 1, 1] });
    const b = summarize([10, 10, 0, 0], { weights: [1, 1, 3, 3] });
    expect(compare(a, b).difference).toBe(100);
    expect(compare(summarize([10, 10, 0, 0]), b).difference).toBe(0);
  });
});

describe('sample sizes', () => {
  it('finds the smallest n whose adjusted-Wald margin is within the target', () => {
    const n = sampleSizeForMargin(10);
    expect(n).toBe(380);
    const share = (k: number) => ({ promoters: k / 2, passives: 0, detractors: k / 2 });
    expect(summarize(share(n)).marginOfError).toBeLessThanOrEqual(10);
    expect(summarize(share(n - 2)).marginOfError).toBeGreaterThan(10);
    const typical = sampleSizeForMargin(10, { promoters: 0.5, detractors: 0.15 });
    expect(typical).toBe(201);
  });

  it('a tighter margin or a higher confidence needs more answers', () => {
    expect(sampleSizeForMargin(5)).toBeGreaterThan(3 * sampleSizeForMargin(10));
    expect(sampleSizeForMargin(10, { confidence: 0.99 })).toBeGreaterThan(sampleSizeForMargin(10));
  });

  it('per period to detect a change: (z_α/2 + z_β)² · 2V / Δ²', () => {
    // (1.959963984540054 + 0.8416212335729143)² · 2 · 1 / 0.1² = 1569.78…
    expect(sampleSizeForChange(10)).toBe(1570);
    // V = 0.5 + 0.15 − 0.35² = 0.5275 → 828.05… → 829, close to the ~900 rule of thumb.
    expect(sampleSizeForChange(10, { promoters: 0.5, detractors: 0.15 })).toBe(829);
    expect(sampleSizeForChange(10, { power: 0.9 })).toBeGreaterThan(1570);
  });

  it.each<[() => unknown, RegExp]>([
    [() => sampleSizeForMargin(0), /margin must be a number of NPS points greater than 0 and at most 100, got 0/],
    [() => sampleSizeForMargin(Number.NaN), /got NaN/],
    [() => sampleSizeForChange(-5), /change must be .* got -5/],
    [() => sampleSizeForChange(10, { power: 1 }), /power must be a number between 0 and 1 \(e.g. 0.8\), got 1/],
    [() => sampleSizeForMargin(10, { promoters: 0.7, detractors: 0.5 }), /add up to more than 1/],
    [
      () => sampleSizeForMargin(10, { promoters: 2 }),
      /expected share of promoters must be a number from 0 to 1, got 2/,
    ],
    [() => sampleSizeForMargin(10, { promoters: 0, detractors: 0 }), /both 0/],
  ])('rejects bad input (%#)', (call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
