import { describeValue } from './describe-value';
import { latestRecords, type RecordOptions } from './records';
import { type NpsSummary, type SummarizeOptions, summarize } from './stats';
import type { AttributeValue, ResponseRecord } from './types';

/** Options of {@link groupBy} and {@link trend}. */
export interface SegmentOptions extends RecordOptions {
  /** Confidence level of each summary's interval. @default 0.95 */
  confidence?: number;
  /** Weight each answer by 1 / its `sampleRate`, giving each summary a `weighted` estimate. @default false */
  weighted?: boolean;
}

/** How {@link groupBy} picks a record's segment: an attribute name (`'city'`) or a function of the record. */
export type SegmentKey = string | ((record: ResponseRecord) => AttributeValue | null | undefined);

/**
 * Summarises answered records per segment — any attribute (city, region, department, touchpoint, plan…) or a function.
 * Records without the attribute are grouped under `null`; records without a score are left out.
 * @example
 * const byCity = groupBy(records, 'city');
 * byCity.get('İzmir')?.nps;
 * groupBy(records, (r) => r.locale); // a top-level field
 */
export function groupBy(
  records: Iterable<ResponseRecord>,
  by: SegmentKey,
  options: SegmentOptions = {},
): Map<AttributeValue | null, NpsSummary> {
  const keyOf = segmentKeyOf(by);
  const groups = new Map<AttributeValue | null, ResponseRecord[]>();
  for (const record of latestRecords(records, options)) {
    if (record.score === undefined) continue;
    const key = keyOf(record) ?? null;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const result = new Map<AttributeValue | null, NpsSummary>();
  for (const [key, group] of groups) result.set(key, summarizeRecords(group, options));
  return result;
}

/** Display and answer counts: how many people who saw the survey gave a score. */
export interface ResponseRate {
  /** Distinct survey displays (latest revision of each record id). */
  displays: number;
  /** Displays that got a score. */
  answers: number;
  /** Displays closed without a score. */
  dismissals: number;
  /** Displays where the follow-up was sent too. */
  completions: number;
  /** answers / displays, 0–1; null with no displays. */
  rate: number | null;
}

/**
 * Counts displays against answers (one record per display, latest revision wins; previews left out).
 * @example
 * responseRate(records); // { displays: 1200, answers: 300, dismissals: 700, completions: 120, rate: 0.25 }
 */
export function responseRate(records: Iterable<ResponseRecord>, options: RecordOptions = {}): ResponseRate {
  let displays = 0;
  let answers = 0;
  let dismissals = 0;
  let completions = 0;
  for (const record of latestRecords(records, options)) {
    displays++;
    if (record.score !== undefined) answers++;
    else if (record.status === 'dismissed') dismissals++;
    if (record.status === 'completed') completions++;
  }
  return { displays, answers, dismissals, completions, rate: displays ? answers / displays : null };
}

/** Summarises records that all have a score. */
export function summarizeRecords(records: ResponseRecord[], options: SegmentOptions): NpsSummary {
  const scores = records.map((r) => r.score!);
  const summarizeOptions: SummarizeOptions = { confidence: options.confidence };
  if (options.weighted) summarizeOptions.weights = records.map((r) => 1 / r.sampleRate);
  return summarize(scores, summarizeOptions);
}

function segmentKeyOf(by: SegmentKey): (record: ResponseRecord) => AttributeValue | null | undefined {
  if (typeof by === 'function') return by;
  if (typeof by !== 'string' || by === '') {
    throw new TypeError(`groupBy expects an attribute name or a function, got ${describeValue(by)}`);
  }
  // Own properties only: an attribute called `constructor` must not find Object.prototype.constructor.
  return (record) => (record.attributes && Object.hasOwn(record.attributes, by) ? record.attributes[by] : undefined);
}
