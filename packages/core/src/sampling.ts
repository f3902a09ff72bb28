import { describeValue } from './describe-value';
import { murmur3 } from './hash';

/**
 * Maps a key to a number in [0, 1) that never changes for that key: MurmurHash3 x86_32 (seed 0) of the key's UTF-8 bytes, divided by 2³².
 *
 * Salt the key with the survey id (`${surveyId}:${userId}`) so that one survey's sample is independent of another's.
 * The same value can be computed anywhere MurmurHash3 exists, e.g. Python `mmh3.hash(key, 0, signed=False) / 2**32`.
 * @example
 * bucket('website-nps:user-42'); // same number on every device, page load and version
 */
export function bucket(key: string): number {
  if (typeof key !== 'string') {
    throw new TypeError(`bucket key must be a string, got ${describeValue(key)}`);
  }
  return murmur3(key) / 4294967296;
}

/**
 * Whether a key falls in the sample at `rate` (`bucket(key) < rate`); sticky, so a user sampled once stays sampled while the rate holds or grows.
 * @throws {RangeError} when `rate` is not a number from 0 to 1.
 * @example
 * isSampled('website-nps:user-42', 0.1); // true for about 10 % of keys, always the same ones
 */
export function isSampled(key: string, rate: number): boolean {
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
    throw new RangeError(`sample rate must be a number between 0 and 1, got ${describeValue(rate)}`);
  }
  return bucket(key) < rate;
}
