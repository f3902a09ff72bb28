import { describeValue } from './describe-value';
import { latestRecords } from './records';
import { type SegmentOptions, summarizeRecords } from './segments';
import { type NpsSummary, summarize } from './stats';
import type { ResponseRecord } from './types';

/** Options of {@link trend}. */
export interface TrendOptions extends SegmentOptions {
  /** Bucket size; weeks start on Monday (ISO 8601). @default 'week' */
  interval?: 'day' | 'week' | 'month';
  /** IANA time zone the buckets follow, e.g. `Europe/Istanbul`; a day is that zone's calendar day, 23 or 25 hours long on DST changes. @default 'UTC' */
  timeZone?: string;
  /** Include buckets with no answers between the first and the last, so a chart's x axis has no holes. @default true */
  fillGaps?: boolean;
}

/** One time bucket of a {@link trend}. */
export interface TrendPoint {
  /** First calendar day of the bucket in the time zone, `YYYY-MM-DD`. */
  start: string;
  summary: NpsSummary;
}

/**
 * Summarises answered records per day, week or month of their `answeredAt` time, in an IANA time zone.
 * @throws {RangeError} for an unknown interval or time zone.
 * @example
 * trend(records, { interval: 'month', timeZone: 'Europe/Istanbul' });
 * // [{ start: '2026-01-01', summary: { n: 412, nps: 31, … } }, { start: '2026-02-01', … }]
 */
export function trend(records: Iterable<ResponseRecord>, options: TrendOptions = {}): TrendPoint[] {
  const interval = options.interval ?? 'week';
  if (interval !== 'day' && interval !== 'week' && interval !== 'month') {
    throw new RangeError(`interval must be "day", "week" or "month", got ${describeValue(interval)}`);
  }
  const dayOf = calendarDay(options.timeZone ?? 'UTC');
  const buckets = new Map<number, ResponseRecord[]>();
  for (const record of latestRecords(records, options)) {
    if (record.score === undefined) continue;
    const time = Date.parse(record.answeredAt ?? record.updatedAt);
    if (Number.isNaN(time)) continue;
    const start = bucketStart(dayOf(time), interval);
    const bucket = buckets.get(start);
    if (bucket) bucket.push(record);
    else buckets.set(start, [record]);
  }
  const starts = [...buckets.keys()].sort((a, b) => a - b);
  if (options.fillGaps !== false && starts.length > 1) {
    const last = starts[starts.length - 1]!;
    starts.length = 0;
    for (let s = [...buckets.keys()].reduce((a, b) => Math.min(a, b)); s <= last; s = next(s, interval)) starts.push(s);
  }
  const empty = summarize([], { confidence: options.confidence });
  return starts.map((s) => {
    const bucket = buckets.get(s);
    return {
      start: new Date(s).toISOString().slice(0, 10),
      summary: bucket ? summarizeRecords(bucket, options) : empty,
    };
  });
}

/**
 * Maps an instant to its calendar day in `timeZone`, as a UTC-midnight timestamp of that date (so date arithmetic
 * is plain UTC arithmetic and never meets a DST jump).
 */
function calendarDay(timeZone: string): (time: number) => number {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  } catch {
    throw new RangeError(
      `timeZone must be an IANA time zone such as "Europe/Istanbul" or "UTC", got ${describeValue(timeZone)}`,
    );
  }
  return (time) => {
    let year = 0;
    let month = 0;
    let day = 0;
    for (const part of format.formatToParts(time)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'day') day = Number(part.value);
    }
    return Date.UTC(year, month - 1, day);
  };
}

function bucketStart(day: number, interval: 'day' | 'week' | 'month'): number {
  const date = new Date(day);
  if (interval === 'day') return day;
  if (interval === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  return day - ((date.getUTCDay() + 6) % 7) * 86_400_000;
}

function next(start: number, interval: 'day' | 'week' | 'month'): number {
  if (interval === 'month') {
    const date = new Date(start);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  return start + (interval === 'day' ? 1 : 7) * 86_400_000;
}
