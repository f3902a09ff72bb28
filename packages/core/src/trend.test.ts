import { describe, expect, it } from 'vitest';
import { makeRecord } from '../test/make-record';
import { trend } from './trend';

const at = (answeredAt: string, score = 10) => makeRecord(score, { answeredAt });
const starts = (points: { start: string; summary: { n: number } }[]) => points.map((p) => [p.start, p.summary.n]);

describe('trend', () => {
  it('buckets by calendar day in the time zone, across the spring DST change (Europe/Warsaw, 29 March 2026)', () => {
    const records = [
      at('2026-03-28T22:30:00Z'), // 23:30 CET on the 28th
      at('2026-03-28T23:30:00Z'), // 00:30 CET on the 29th
      at('2026-03-29T21:30:00Z'), // 23:30 CEST on the 29th: a fixed +01:00 offset would also say the 29th
      at('2026-03-29T22:30:00Z'), // 00:30 CEST on the 30th: a fixed +01:00 offset would wrongly say the 29th
    ];
    expect(starts(trend(records, { interval: 'day', timeZone: 'Europe/Warsaw' }))).toEqual([
      ['2026-03-28', 1],
      ['2026-03-29', 2],
      ['2026-03-30', 1],
    ]);
    expect(starts(trend(records, { interval: 'day' }))).toEqual([
      ['2026-03-28', 2],
      ['2026-03-29', 2],
    ]);
  });

  it('handles the autumn change (America/New_York, 1 November 2026) and week starts on Monday', () => {
    const records = [
      at('2026-11-01T03:30:00Z'), // Sat 31 Oct 23:30 EDT
      at('2026-11-02T04:30:00Z'), // Sun 1 Nov 23:30 EST: a fixed −04:00 offset would say Monday
      at('2026-11-02T05:30:00Z'), // Mon 2 Nov 00:30 EST
    ];
    expect(starts(trend(records, { interval: 'day', timeZone: 'America/New_York' }))).toEqual([
      ['2026-10-31', 1],
      ['2026-11-01', 1],
      ['2026-11-02', 1],
    ]);
    expect(starts(trend(records, { interval: 'week', timeZone: 'America/New_York' }))).toEqual([
      ['2026-10-26', 2],
      ['2026-11-02', 1],
    ]);
  });

  it('buckets by month in the time zone', () => {
    const records = [at('2026-03-01T03:00:00Z', 0), at('2026-03-01T06:00:00Z', 9), at('2026-05-15T12:00:00Z')];
    const points = trend(records, { interval: 'month', timeZone: 'America/New_York' });
    expect(starts(points)).toEqual([
      ['2026-02-01', 1],
      ['2026-03-01', 1],
      ['2026-04-01', 0],
      ['2026-05-01', 1],
    ]);
    expect(points[0]!.summary.nps).toBe(-100);
    expect(points[2]!.summary.nps).toBeNull();
    expect(starts(trend(records, { interval: 'month', timeZone: 'America/New_York', fillGaps: false }))).toHaveLength(
      3,
    );
  });

  it('fills empty days, defaults to ISO weeks in UTC, and returns nothing for no answers', () => {
    const records = [at('2026-01-05T10:00:00Z'), at('2026-01-08T10:00:00Z'), at('2026-01-04T23:59:59Z')];
    expect(starts(trend(records, { interval: 'day' }))).toEqual([
      ['2026-01-04', 1],
      ['2026-01-05', 1],
      ['2026-01-06', 0],
      ['2026-01-07', 0],
      ['2026-01-08', 1],
    ]);
    expect(starts(trend(records))).toEqual([
      ['2025-12-29', 1],
      ['2026-01-05', 2],
    ]);
    expect(trend([makeRecord(undefined)])).toEqual([]);
  });

  it('rejects an unknown time zone or interval with a clear message', () => {
    expect(() => trend([], { timeZone: 'Mars/Olympus' })).toThrow(
      'timeZone must be an IANA time zone such as "Europe/Istanbul" or "UTC", got "Mars/Olympus"',
    );
    expect(() => trend([], { interval: 'year' as never })).toThrow(
      'interval must be "day", "week" or "month", got "year"',
    );
  });
});
