import { describe, expect, it } from 'vitest';
import { murmur3 } from './hash';
import { bucket, isSampled } from './sampling';

// Reference values from the Python `mmh3` 5.3.0 package (the C reference implementation):
// mmh3.hash(key.encode('utf-8'), 0, signed=False). These must NEVER change: a change re-samples every user.
const SEED_VECTORS: [key: string, hash: number][] = [
  ['', 0],
  ['a', 1009084850],
  ['abc', 3017643002],
  ['abcd', 1139631978],
  ['abcde', 3902511862],
  ['hello', 613153351],
  ['The quick brown fox jumps over the lazy dog', 776992547],
  ['website-nps:user-42', 2677547836],
  ['website-nps:0f8fad5b-d9cb-469f-a165-70867728950e', 4225970227],
  ['nps:Zoë', 2160143732],
  ['nps:東京', 3419866558],
  ['nps:😀', 2146992003],
];

/** Pearson's chi-square statistic of `keys` hashed into `bins` equal bins. */
function chiSquare(keys: string[], bins: number, toUnit: (key: string) => number): number {
  const counts = new Array<number>(bins).fill(0);
  for (const key of keys) counts[Math.floor(toUnit(key) * bins)]!++;
  const expected = keys.length / bins;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

const KEYS = Array.from({ length: 100_000 }, (_, i) => `website-nps:user-${i}`);
// 99.9th percentile of the chi-square distribution with 99 degrees of freedom.
const CHI2_99_DF_P999 = 148.23;

describe('murmur3 (sampling hash)', () => {
  it.each(SEED_VECTORS)('hashes %j to %i, as the reference implementation does', (key, hash) => {
    expect(murmur3(key)).toBe(hash);
  });

  it('encodes a lone surrogate as U+FFFD, like TextEncoder', () => {
    expect(murmur3('x\ud800')).toBe(3156671510);
    expect(murmur3('\udc00y')).toBe(735414016);
  });
});

describe('bucket', () => {
  it.each(SEED_VECTORS)('maps %j to hash / 2^32', (key, hash) => {
    expect(bucket(key)).toBe(hash / 2 ** 32);
  });

  it('pins a few buckets as decimals (the numbers a user would see in docs)', () => {
    expect(bucket('website-nps:user-42')).toBeCloseTo(0.6234151860699058, 15);
    expect(bucket('hello')).toBeCloseTo(0.14276088937185705, 15);
  });

  it('stays in [0, 1)', () => {
    for (const key of KEYS.slice(0, 5000)) {
      const b = bucket(key);
      expect(b >= 0 && b < 1).toBe(true);
    }
  });

  it('spreads 100 000 sequential keys uniformly over 100 bins (chi-square, p > 0.001)', () => {
    const stat = chiSquare(KEYS, 100, bucket);
    expect(stat).toBeLessThan(CHI2_99_DF_P999);
    // The statistic is near its expectation (99), not suspiciously perfect either.
    expect(stat).toBeGreaterThan(60);
  });

  it('the uniformity check does catch a poor hash', () => {
    const lastChar = (key: string) => (key.charCodeAt(key.length - 1) % 100) / 100;
    expect(chiSquare(KEYS, 100, lastChar)).toBeGreaterThan(CHI2_99_DF_P999);
  });

  it('rejects a non-string key with a clear TypeError', () => {
    expect(() => bucket(42 as unknown as string)).toThrow(/bucket key must be a string.*got 42/);
  });
});

describe('isSampled', () => {
  it('samples about `rate` of the keys', () => {
    for (const rate of [0.01, 0.1, 0.5, 0.9]) {
      const share = KEYS.filter((key) => isSampled(key, rate)).length / KEYS.length;
      // 4 standard deviations of a binomial share at n = 100 000.
      expect(Math.abs(share - rate)).toBeLessThan(4 * Math.sqrt((rate * (1 - rate)) / KEYS.length));
    }
  });

  it('is sticky: a key sampled at a rate stays sampled when the rate grows', () => {
    for (const key of KEYS.slice(0, 2000)) {
      if (isSampled(key, 0.1)) expect(isSampled(key, 0.2)).toBe(true);
    }
  });

  it('samples nobody at 0 and everybody at 1', () => {
    expect(KEYS.slice(0, 1000).some((key) => isSampled(key, 0))).toBe(false);
    expect(KEYS.slice(0, 1000).every((key) => isSampled(key, 1))).toBe(true);
    expect(isSampled('', 1)).toBe(true);
  });

  it('salting with the survey id gives independent samples', () => {
    const inA = KEYS.slice(0, 20_000).map((k) => isSampled(`a:${k}`, 0.5));
    const inB = KEYS.slice(0, 20_000).map((k) => isSampled(`b:${k}`, 0.5));
    const both = inA.filter((v, i) => v && inB[i]).length / inA.length;
    expect(Math.abs(both - 0.25)).toBeLessThan(0.015);
  });

  it.each([-0.1, 1.5, Number.NaN, '0.5', null])('throws a RangeError for rate %s', (rate) => {
    expect(() => isSampled('k', rate as number)).toThrow(RangeError);
    expect(() => isSampled('k', rate as number)).toThrow(/sample rate must be a number between 0 and 1, got/);
  });
});
