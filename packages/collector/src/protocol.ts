import type { ResponseRecord } from '@npskit/core';

/** The `protocol` field of every batch; bumped only for changes a receiver must handle. */
export const PROTOCOL_VERSION = 1;

/** A record with its JSON and UTF-8 size, computed once so batching and encoding agree byte for byte. */
export interface Encoded {
  record: ResponseRecord;
  json: string;
  bytes: number;
}

const encoder = new TextEncoder();
// `{"protocol":1,"sentAt":"<24-char ISO date>","records":[]}`: the envelope around the records.
const ENVELOPE = batchBody('0000-00-00T00:00:00.000Z', []).length;

/** UTF-8 byte length of a string. */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Serialises a record; undefined when it cannot be (a cycle, a BigInt). */
export function encodeRecord(record: ResponseRecord): Encoded | undefined {
  try {
    const json = JSON.stringify(record);
    return { record, json, bytes: byteLength(json) };
  } catch {
    return undefined;
  }
}

function batchBody(sentAt: string, jsons: string[]): string {
  return `{"protocol":${PROTOCOL_VERSION},"sentAt":${JSON.stringify(sentAt)},"records":[${jsons.join(',')}]}`;
}

/** The POST body `{ protocol: 1, sentAt, records }`, built from the already serialised records. */
export function encodeBatch(items: readonly Encoded[], sentAt: string): string {
  return batchBody(
    sentAt,
    items.map((item) => item.json),
  );
}

/** Body size of a batch of these items, in bytes. */
export function batchBytes(items: readonly Encoded[]): number {
  let bytes = ENVELOPE + Math.max(0, items.length - 1);
  for (const item of items) bytes += item.bytes;
  return bytes;
}

/**
 * Groups items, in order, into batches of at most `maxRecords` records and `maxBytes` body bytes.
 * An item that cannot fit even alone goes to `tooLarge`.
 */
export function planBatches(
  items: readonly Encoded[],
  maxRecords: number,
  maxBytes: number,
): { batches: Encoded[][]; tooLarge: Encoded[] } {
  const batches: Encoded[][] = [];
  const tooLarge: Encoded[] = [];
  let current: Encoded[] = [];
  let bytes = ENVELOPE;
  for (const item of items) {
    if (ENVELOPE + item.bytes > maxBytes) {
      tooLarge.push(item);
      continue;
    }
    const added = item.bytes + (current.length > 0 ? 1 : 0);
    if (current.length >= maxRecords || bytes + added > maxBytes) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE;
    }
    bytes += item.bytes + (current.length > 0 ? 1 : 0);
    current.push(item);
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}

/** What an HTTP status means for the records of the batch. */
export type StatusMeaning = 'accepted' | 'rejected' | 'retry' | 'split';

/** 2xx accepted; 413 split; 408, 429 and 5xx retry; any other 4xx rejected for good. */
export function statusMeaning(status: number): StatusMeaning {
  if (status >= 200 && status < 300) return 'accepted';
  if (status === 413) return 'split';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'rejected';
  return 'retry';
}

/** Milliseconds to wait from a `Retry-After` value (delta-seconds or HTTP-date); undefined when absent or invalid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form names the month; requiring a letter keeps V8's lenient Date.parse from reading "-5" as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why a record cannot be sent at all (the full validator, `parseRecord` in core, is for receivers); undefined if fine. */
export function recordProblem(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return 'record must be an object';
  const { id, revision } = record as { id?: unknown; revision?: unknown };
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return 'record.id must be a non-empty string';
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 1) {
    return `record.revision must be an integer ≥ 1, got ${String(revision)}`;
  }
  return undefined;
}
