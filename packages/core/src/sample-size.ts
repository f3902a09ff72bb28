import { describeValue } from './describe-value';
import { normalQuantile } from './normal';
import { adjustedWald, zFor } from './stats';

/** Expected shares of promoters and detractors; the defaults (½ and ½) are the worst case, so the answer is always enough. */
export interface ExpectedShares {
  /** Expected share of promoters, 0–1. @default 0.5 */
  promoters?: number;
  /** Expected share of detractors, 0–1. @default 0.5 */
  detractors?: number;
}

/** Options of {@link sampleSizeForMargin}. */
export interface MarginOptions extends ExpectedShares {
  /** Confidence level. @default 0.95 */
  confidence?: number;
}

/** Options of {@link sampleSizeForChange}. */
export interface ChangeOptions extends ExpectedShares {
  /** Confidence level of the two-sided test. @default 0.95 */
  confidence?: number;
  /** Chance of detecting a real change of that size. @default 0.8 */
  power?: number;
}

/**
 * How many answers give a margin of error of at most `margin` NPS points: the smallest n for which `summarize`
 * reports `marginOfError ≤ margin` when the shares come out as expected.
 * @example
 * sampleSizeForMargin(10); // 380 (worst case)
 * sampleSizeForMargin(10, { promoters: 0.5, detractors: 0.15 }); // 201
 */
export function sampleSizeForMargin(margin: number, options: MarginOptions = {}): number {
  checkPoints('margin', margin, 100);
  const z = zFor(options.confidence);
  const { p, d } = shares(options);
  const moe = (n: number) => 100 * z * adjustedWald(p, d, n).se;
  // moe(n) falls as n grows; bisect between a surely-too-small and a surely-large-enough n.
  let low = 0;
  let high = 1;
  while (moe(high) > margin) high *= 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (moe(mid) > margin) low = mid;
    else high = mid;
  }
  return Math.max(high, 1);
}

/**
 * How many answers per period detect a change of `change` NPS points between two periods with a two-sided test
 * (normal approximation: n = (z₁₋α/₂ + z_power)² · 2 · Var / (change/100)²).
 * @example
 * sampleSizeForChange(10); // 1570 per period (worst case)
 * sampleSizeForChange(10, { promoters: 0.5, detractors: 0.15 }); // 829 per period
 */
export function sampleSizeForChange(change: number, options: ChangeOptions = {}): number {
  checkPoints('change', change, 200);
  const zAlpha = zFor(options.confidence);
  const power = options.power ?? 0.8;
  if (typeof power !== 'number' || !(power > 0 && power < 1)) {
    throw new RangeError(`power must be a number between 0 and 1 (e.g. 0.8), got ${describeValue(power)}`);
  }
  const { p, d } = shares(options);
  const variance = p + d - (p - d) ** 2;
  const zSum = zAlpha + normalQuantile(power);
  return Math.max(1, Math.ceil((zSum * zSum * 2 * variance) / (change / 100) ** 2));
}

function checkPoints(name: string, value: unknown, max: number): void {
  if (typeof value !== 'number' || !(value > 0 && value <= max)) {
    throw new RangeError(
      `${name} must be a number of NPS points greater than 0 and at most ${max}, got ${describeValue(value)}`,
    );
  }
}

function shares(options: ExpectedShares): { p: number; d: number } {
  const p = options.promoters ?? 0.5;
  const d = options.detractors ?? 0.5;
  for (const [name, v] of [
    ['promoters', p],
    ['detractors', d],
  ] as const) {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      throw new RangeError(`expected share of ${name} must be a number from 0 to 1, got ${describeValue(v)}`);
    }
  }
  if (p + d > 1 + 1e-12)
    throw new RangeError(`expected shares of promoters and detractors add up to more than 1: ${p} + ${d}`);
  if (p + d === 0)
    throw new RangeError('expected shares of promoters and detractors are both 0: the score cannot vary');
  return { p, d };
}
