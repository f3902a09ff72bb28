import { describe, expect, it } from 'vitest';
import { makeRecord } from '../test/records';
import {
  batchBytes,
  type Encoded,
  encodeBatch,
  encodeRecord,
  parseRetryAfter,
  planBatches,
  recordProblem,
  statusMeaning,
} from './protocol';

const encoded = (id: string, comment = ''): Encoded => encodeRecord(makeRecord(id, 2, { comment }))!;

describe('encodeBatch', () => {
  it('builds { protocol: 1, sentAt, records } whose byte size batchBytes predicts exactly', () => {
    const items = [encoded('a', 'ünïcødé ✓ 😀'), encoded('b')];
    const body = encodeBatch(items, '2026-11-24T12:00:00.000Z');
    expect(JSON.parse(body)).toEqual({
      protocol: 1,
      sentAt: '2026-11-24T12:00:00.000Z',
      records: items.map((item) => item.record),
    });
    expect(Buffer.byteLength(body)).toBe(batchBytes(items));
    expect(Buffer.byteLength(encodeBatch([], '2026-11-24T12:00:00.000Z'))).toBe(batchBytes([]));
  });
});

describe('planBatches', () => {
  it('keeps order, respects maxRecords and maxBytes, and sets aside what cannot fit alone', () => {
    const items = Array.from({ length: 40 }, (_, i) => encoded(`r${i}`, 'ж'.repeat(i * 40)));
    const { batches, tooLarge } = planBatches(items, 6, 3000);
    expect(batches.flat().concat(tooLarge).length).toBe(40);
    expect(
      batches
        .flat()
        .map((item) => item.record.id)
        .join(),
    ).toBe(
      items
        .filter((item) => !tooLarge.includes(item))
        .map((item) => item.record.id)
        .join(),
    );
    for (const batch of batches) {
      expect(batch.length).toBeGreaterThan(0);
      expect(batch.length).toBeLessThanOrEqual(6);
      expect(Buffer.byteLength(encodeBatch(batch, new Date().toISOString()))).toBeLessThanOrEqual(3000);
    }
    expect(tooLarge.length).toBeGreaterThan(0);
    for (const item of tooLarge) expect(batchBytes([item])).toBeGreaterThan(3000);
  });
});

describe('statusMeaning', () => {
  it.each([
    [200, 'accepted'],
    [202, 'accepted'],
    [204, 'accepted'],
    [400, 'rejected'],
    [401, 'rejected'],
    [404, 'rejected'],
    [422, 'rejected'],
    [408, 'retry'],
    [429, 'retry'],
    [413, 'split'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
  ])('%i → %s', (status, meaning) => {
    expect(statusMeaning(status)).toBe(meaning);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 24, 12, 0, 0);
  it('reads delta-seconds and HTTP-dates, never negative', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or invalid values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('recordProblem', () => {
  it('accepts a record with an id and a positive integer revision, and names what is wrong otherwise', () => {
    expect(recordProblem(makeRecord('a'))).toBeUndefined();
    expect(recordProblem(null)).toMatch(/object/);
    expect(recordProblem({ ...makeRecord('a'), id: '' })).toMatch(/record\.id/);
    expect(recordProblem({ ...makeRecord('a'), revision: 0 })).toMatch(/record\.revision/);
    expect(recordProblem({ ...makeRecord('a'), revision: 1.5 })).toMatch(/record\.revision/);
  });
});
