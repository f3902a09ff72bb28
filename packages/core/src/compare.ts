import { twoSidedP } from './normal';
import { adjustedWald, type NpsCounts, type NpsInterval, type NpsSummary, summarize, zFor } from './stats';

/** Options of {@link compare}. */
export interface CompareOptions {
  /** Confidence level of the test and of the interval of the difference. @default 0.95 */
  confidence?: number;
}

/** The difference between two independent NPS results and whether it is more than noise. */
export interface NpsComparison {
  /** `a.nps − b.nps` in points; null when either side has no answers. */
  difference: number | null;
  /** Adjusted-Wald interval of the difference, clamped to [−200, 200]. */
  interval: NpsInterval | null;
  /** z statistic of the adjusted difference. */
  z: number | null;
  /** Two-sided p-value: the chance of a difference at least this large if both groups had the same score. */
  p: number | null;
  /** True when p < 1 − confidence. */
  significant: boolean;
}

/**
 * Compares two independent results (two periods, two segments): difference, z, two-sided p-value and significance.
 * Uses the weighted estimates when both sides were weighted; accepts summaries or counts.
 * @example
 * compare({ promoters: 250, passives: 150, detractors: 100 }, { promoters: 200, passives: 150, detractors: 150 });
 * // { difference: 20, z: 3.91…, p: 0.000091…, significant: true, interval: { low: 9.9…, high: 29.8…, confidence: 0.95 } }
 */
export function compare(
  a: NpsSummary | NpsCounts,
  b: NpsSummary | NpsCounts,
  options: CompareOptions = {},
): NpsComparison {
  const confidence = options.confidence ?? 0.95;
  const zCrit = zFor(options.confidence);
  const sa = toSummary(a);
  const sb = toSummary(b);
  const useWeights = sa.weighted !== null && sb.weighted !== null;
  const ea = terms(sa, useWeights);
  const eb = terms(sb, useWeights);
  if (!ea || !eb) return { difference: null, interval: null, z: null, p: null, significant: false };
  const diff = ea.centre - eb.centre;
  const se = Math.sqrt(ea.se * ea.se + eb.se * eb.se);
  const z = diff / se;
  const p = twoSidedP(z);
  const clamp = (v: number) => Math.min(200, Math.max(-200, v));
  return {
    difference: ea.nps - eb.nps,
    interval: { low: clamp(100 * (diff - zCrit * se)), high: clamp(100 * (diff + zCrit * se)), confidence },
    z,
    p,
    significant: p < 1 - confidence,
  };
}

function toSummary(value: NpsSummary | NpsCounts): NpsSummary {
  return 'n' in value && 'weighted' in value && typeof value.n === 'number'
    ? (value as NpsSummary)
    : summarize(value as NpsCounts);
}

function terms(s: NpsSummary, weighted: boolean): { centre: number; se: number; nps: number } | null {
  const e = weighted ? s.weighted! : s;
  if (e.shares === null || e.nps === null) return null;
  const n = weighted ? s.weighted!.effectiveN : s.n;
  return { ...adjustedWald(e.shares.promoters, e.shares.detractors, n), nps: e.nps };
}
