import type { KeyValueStorage } from '@npskit/core';
import { CollectorError } from './errors';
import { browserStorage } from './storage';
import type { CollectorOptions } from './types';

/** Every option filled in and checked; what the rest of the collector reads. */
export interface ResolvedOptions {
  endpoint: string;
  headers: Record<string, string>;
  contentType: 'text/plain;charset=UTF-8' | 'application/json';
  maxRecords: number;
  maxBytes: number;
  delayMs: number;
  attempts: number;
  baseMs: number;
  capMs: number;
  jitter: boolean;
  maxRetryAfterMs: number;
  maxTotalMs: number;
  timeout: number;
  storage: KeyValueStorage;
  ttlMs: number;
  outboxMax: number;
  fetch: typeof globalThis.fetch;
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  random: () => number;
}

const CONTENT_TYPES = ['text/plain;charset=UTF-8', 'application/json'] as const;
// parseBatch in core (RECORD_LIMITS.batchRecords) rejects larger batches; a bigger cap would get records dropped.
const MAX_BATCH_RECORDS = 500;
// Timers take a signed 32-bit delay; anything above fires at once in browsers and Node.
const MAX_DELAY = 2_147_483_647;

function fail(message: string): never {
  throw new CollectorError('invalid-option', message);
}

function number(name: string, value: unknown, fallback: number, min: number, integer = false, max = MAX_DELAY): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    fail(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function fn<T>(name: string, value: unknown, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'function') fail(`${name} must be a function, got ${typeof value}`);
  return value as T;
}

function object(name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) fail(`${name} must be an object, got ${String(value)}`);
  return value as Record<string, unknown>;
}

function endpointOf(value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {}
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    fail(
      `endpoint must be an absolute http(s) URL such as "https://example.com/api/nps", got ${JSON.stringify(value)}`,
    );
  }
  return url.href;
}

function headersOf(value: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  // Own keys only: a polluted Object.prototype must not add headers.
  for (const [key, header] of Object.entries(object('headers', value))) {
    if (typeof header !== 'string') fail(`headers["${key}"] must be a string, got ${typeof header}`);
    if (key.toLowerCase() === 'content-type') fail('headers must not set content-type; use the contentType option');
    headers[key] = header;
  }
  return headers;
}

/** Checks the options and fills in defaults; throws a `CollectorError` (`invalid-option`) naming the bad option. */
export function resolveOptions(options: CollectorOptions): ResolvedOptions {
  const o = object('options', options);
  const batch = object('batch', o.batch);
  const retry = object('retry', o.retry);
  const outbox = object('outbox', o.outbox);
  const contentType = o.contentType ?? CONTENT_TYPES[0];
  if (!CONTENT_TYPES.includes(contentType as never)) {
    fail(`contentType must be one of ${CONTENT_TYPES.join(', ')}, got ${JSON.stringify(contentType)}`);
  }
  if (retry.jitter !== undefined && typeof retry.jitter !== 'boolean') fail(`retry.jitter must be a boolean`);
  const storage = o.storage as KeyValueStorage | undefined;
  if (
    storage !== undefined &&
    (typeof storage?.getItem !== 'function' ||
      typeof storage.setItem !== 'function' ||
      typeof storage.removeItem !== 'function')
  ) {
    fail('storage must have getItem, setItem and removeItem methods');
  }
  // Looked up at call time, so a fetch polyfilled after start-up is still used.
  const globalFetch = typeof fetch === 'function' ? (((input, init) => fetch(input, init)) as typeof fetch) : undefined;
  const resolvedFetch = fn('fetch', o.fetch, globalFetch);
  if (!resolvedFetch) fail('fetch is not available in this runtime; pass the fetch option');
  return {
    endpoint: endpointOf(o.endpoint),
    headers: headersOf(o.headers),
    contentType: contentType as ResolvedOptions['contentType'],
    maxRecords: number('batch.maxRecords', batch.maxRecords, 50, 1, true, MAX_BATCH_RECORDS),
    maxBytes: number('batch.maxBytes', batch.maxBytes, 60_000, 1024, true),
    delayMs: number('batch.delayMs', batch.delayMs, 1000, 0),
    attempts: number('retry.attempts', retry.attempts, 5, 1, true),
    baseMs: number('retry.baseMs', retry.baseMs, 500, 0),
    capMs: number('retry.capMs', retry.capMs, 30_000, 0),
    jitter: (retry.jitter as boolean | undefined) ?? true,
    maxRetryAfterMs: number('retry.maxRetryAfterMs', retry.maxRetryAfterMs, 60_000, 0),
    maxTotalMs: number('retry.maxTotalMs', retry.maxTotalMs, 120_000, 0),
    timeout: number('timeout', o.timeout, 10_000, 1),
    storage: storage ?? browserStorage(),
    ttlMs: number('outbox.ttlMs', outbox.ttlMs, 7 * 24 * 3600 * 1000, 0, false, Number.MAX_SAFE_INTEGER),
    outboxMax: number('outbox.maxRecords', outbox.maxRecords, 500, 1, true),
    fetch: resolvedFetch,
    now: fn('now', o.now, Date.now),
    setTimeout: fn('setTimeout', o.setTimeout, (callback: () => void, ms: number) => setTimeout(callback, ms)),
    clearTimeout: fn('clearTimeout', o.clearTimeout, (handle: unknown) => clearTimeout(handle as never)),
    random: fn('random', o.random, Math.random),
  };
}
