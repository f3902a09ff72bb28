import { readFileSync } from 'node:fs';
import { parseBatch, RECORD_LIMITS, type ResponseRecord } from '@npskit/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from './options';

// The JSON Schema published for receivers (docs/) must agree with core's types and validator.
const schema = JSON.parse(
  readFileSync(new URL('../../../docs/collector-protocol.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateFormats: false });
const validate = ajv.compile(schema);

const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
const base: ResponseRecord = {
  id: uuid,
  revision: 1,
  surveyId: 'website-nps',
  status: 'shown',
  anonymousId: 'anon-1',
  locale: 'pt-BR',
  direction: 'ltr',
  orientation: 'left-to-right',
  sampleRate: 0.5,
  shownAt: '2026-11-24T12:00:00.000Z',
  updatedAt: '2026-11-24T12:00:00.000Z',
  sdk: { name: '@npskit/widget', version: '0.1.0' },
};
const answered = {
  ...base,
  revision: 2,
  status: 'completed',
  score: 6,
  category: 'detractor',
  comment: 'Slow checkout',
  reasons: ['speed'],
  contact: { consent: true, email: 'a@example.com' },
  userId: 'u-1',
  page: { url: 'https://shop.example/checkout', title: '', referrer: '' },
  attributes: { city: 'Porto', plan: 'pro', seats: 3, trial: false },
  trigger: 'event:order_completed',
  preview: false,
  answeredAt: '2026-11-24T12:00:05.000Z',
  completedAt: '2026-11-24T12:00:20.000Z',
  updatedAt: '2026-11-24T12:00:20+01:00',
};

const cases: [string, unknown, boolean][] = [
  ['a shown record', base, true],
  ['a completed detractor with every field', answered, true],
  ['a dismissal after a score', { ...answered, status: 'dismissed', dismissedAt: '2026-11-24T12:01:00Z' }, true],
  ['an empty trigger', { ...base, trigger: '' }, true],
  ['a comment with line breaks', { ...answered, comment: 'Line one\nLine two' }, true],
  ['a v7 UUID', { ...base, id: '01936d1c-7a2b-7cde-8f00-0123456789ab' }, true],
  ['too many reason tags', { ...answered, reasons: Array(RECORD_LIMITS.reasons + 1).fill('tag') }, false],
  ['an attribute name over the limit', { ...answered, attributes: { ['k'.repeat(65)]: 1 } }, false],
  ['a page without url', { ...answered, page: { title: 'Checkout' } }, false],
  ['an id that is not a UUID', { ...base, id: 'display-1' }, false],
  ['revision 0', { ...base, revision: 0 }, false],
  ['a fractional revision', { ...base, revision: 1.5 }, false],
  ['an unknown status', { ...base, status: 'clicked' }, false],
  ['score 11', { ...answered, score: 11 }, false],
  ['a category that does not match the score', { ...answered, category: 'promoter' }, false],
  ['a score without a category', { ...answered, category: undefined }, false],
  ['a category without a score', { ...base, category: 'passive' }, false],
  ['a score on a shown record', { ...base, score: 9, category: 'promoter' }, false],
  ['answered without answeredAt', { ...answered, status: 'answered', answeredAt: undefined }, false],
  ['a timestamp without a time zone', { ...base, shownAt: '2026-11-24T12:00:00' }, false],
  ['sampleRate 0', { ...base, sampleRate: 0 }, false],
  ['sampleRate above 1', { ...base, sampleRate: 1.5 }, false],
  ['an unknown field', { ...base, extra: 1 }, false],
  ['a control character in surveyId', { ...base, surveyId: 'nps\n' }, false],
  ['a comment over the limit', { ...answered, comment: 'x'.repeat(RECORD_LIMITS.comment + 1) }, false],
  ['an object attribute', { ...answered, attributes: { nested: {} } }, false],
  ['a malformed locale', { ...base, locale: 'english language' }, false],
  ['an e-mail without @', { ...answered, contact: { consent: true, email: 'nope' } }, false],
  ['sdk without version', { ...base, sdk: { name: 'x' } }, false],
];

const batch = (record: unknown) => ({ protocol: 1, sentAt: '2026-11-24T12:00:30.000Z', records: [record] });
const clean = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('docs/collector-protocol.schema.json', () => {
  it.each(cases)('agrees with core parseBatch on %s', (_, record, ok) => {
    const body = clean(batch(record));
    expect(parseBatch(body).ok).toBe(ok);
    expect(validate(body)).toBe(ok);
  });

  it('rejects batches the receiver must reject', () => {
    for (const body of [
      { protocol: 2, sentAt: base.shownAt, records: [base] },
      { protocol: 1, sentAt: base.shownAt, records: [] },
      { protocol: 1, records: [base] },
      { protocol: 1, sentAt: base.shownAt, records: Array(RECORD_LIMITS.batchRecords + 1).fill(base) },
    ]) {
      expect(parseBatch(body).ok).toBe(false);
      expect(validate(body)).toBe(false);
    }
  });

  it('lists exactly the fields of ResponseRecord, with core limits', () => {
    const fields: Record<keyof ResponseRecord, true> = {
      id: true,
      revision: true,
      surveyId: true,
      status: true,
      score: true,
      category: true,
      comment: true,
      reasons: true,
      contact: true,
      userId: true,
      anonymousId: true,
      locale: true,
      direction: true,
      orientation: true,
      page: true,
      attributes: true,
      sampleRate: true,
      trigger: true,
      preview: true,
      shownAt: true,
      answeredAt: true,
      completedAt: true,
      dismissedAt: true,
      updatedAt: true,
      sdk: true,
    };
    const record = schema.$defs.ResponseRecord;
    expect(Object.keys(record.properties).sort()).toEqual(Object.keys(fields).sort());
    expect(record.properties.comment.maxLength).toBe(RECORD_LIMITS.comment);
    expect(record.properties.surveyId.maxLength).toBe(RECORD_LIMITS.surveyId);
    expect(record.properties.anonymousId.maxLength).toBe(RECORD_LIMITS.id);
    expect(record.properties.attributes.maxProperties).toBe(RECORD_LIMITS.attributes);
    expect(schema.properties.records.maxItems).toBe(RECORD_LIMITS.batchRecords);
  });

  it('caps batch.maxRecords at what a receiver accepts in one batch', () => {
    const options = {
      endpoint: 'https://example.com/nps',
      storage: { getItem: () => null, setItem() {}, removeItem() {} },
    };
    expect(resolveOptions({ ...options, batch: { maxRecords: RECORD_LIMITS.batchRecords } }).maxRecords).toBe(500);
    expect(() => resolveOptions({ ...options, batch: { maxRecords: RECORD_LIMITS.batchRecords + 1 } })).toThrow(
      /batch.maxRecords must be an integer from 1 to 500/,
    );
  });
});
