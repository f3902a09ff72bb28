import { describeValue as describe } from './describe-value';
import type { NpsCategory, NpsScore } from './types';

/**
 * Whether a value is a valid Net Promoter answer: an integer from 0 to 10 (numbers only, so `'9'` is not).
 * @example
 * isScore(9); // true
 * isScore(7.5); // false
 */
export function isScore(value: unknown): value is NpsScore {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

/**
 * The category of an answer: 9–10 promoter, 7–8 passive, 0–6 detractor; throws for anything that is not an integer 0–10.
 * @throws {TypeError} when `score` is not a number (e.g. the string `'9'` or `null`).
 * @throws {RangeError} when `score` is a number but not an integer from 0 to 10 (e.g. `-1`, `11`, `7.5`, `NaN`).
 * @example
 * classify(10); // 'promoter'
 * classify(7); // 'passive'
 * classify(6); // 'detractor'
 */
export function classify(score: number): NpsCategory {
  if (typeof score !== 'number') {
    throw new TypeError(`score must be a number, an integer from 0 to 10, got ${describe(score)}`);
  }
  if (!isScore(score)) {
    throw new RangeError(`score must be an integer from 0 to 10, got ${describe(score)}`);
  }
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}
