import { parseBatch, parseRecord, type ResponseRecord } from '@npskit/core';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Database } from '../db.js';
import type { RateLimiter } from '../rate-limit.js';
import { upsertRecords } from './store.js';

/** How the collector endpoint guards itself. */
export interface CollectOptions {
  db: Database;
  /** Origins allowed to post, or `'*'` to accept any page (the Origin is echoed back). */
  allowedOrigins: readonly string[] | '*';
  /** Largest accepted body in bytes. */
  maxBodyBytes: number;
  /** Per-client limiter, or null for none. */
  limiter: RateLimiter | null;
  /** Identifies the client for rate limiting (an IP address where the runtime gives one); undefined when unknown. */
  clientKey: (c: Context) => string | undefined;
  now: () => number;
  /** Told about storage failures (the client only sees a 503). */
  onStoreError: (error: unknown) => void;
  /** Told once that requests arrive without a client address. */
  onWarning: (message: string) => void;
}

/** One failed check, as the 400 body lists them. */
interface Issue {
  path: string;
  message: string;
}

function problem(c: Context, status: 400 | 403 | 413 | 429 | 503, error: string, issues: Issue[] = []) {
  return c.json({ error, issues }, status);
}

/** The outcome of checking a batch record by record. */
type Checked =
  | { kind: 'unusable'; issues: Issue[] }
  | { kind: 'checked'; sentAt: string; good: ResponseRecord[]; issues: Issue[] };

/**
 * A 4xx makes the client drop every record of the batch (docs/collector-protocol.md), so only a batch that is
 * unusable as a whole (wrong envelope, or no valid record at all) is refused; otherwise the valid records are
 * stored and the invalid ones reported in the answer.
 */
function check(body: unknown): Checked {
  const parsed = parseBatch(body);
  if (parsed.ok) return { kind: 'checked', sentAt: parsed.value.sentAt, good: parsed.value.records, issues: [] };
  if (parsed.issues.some((issue) => !/^records\[\d+\]/.test(issue.path)))
    return { kind: 'unusable', issues: parsed.issues };
  const records = (body as { records: unknown[] }).records;
  const good: ResponseRecord[] = [];
  const issues: Issue[] = [];
  records.forEach((input, i) => {
    const result = parseRecord(input);
    if (result.ok) good.push(result.value);
    else
      for (const issue of result.issues)
        issues.push({ path: `records[${i}]${issue.path ? `.${issue.path}` : ''}`, message: issue.message });
  });
  if (good.length === 0) return { kind: 'unusable', issues };
  return { kind: 'checked', sentAt: (body as { sentAt: string }).sentAt, good, issues };
}

/**
 * Mounts POST (and the CORS preflight) of the collector protocol at `path`. The body is JSON sent as
 * `text/plain` by default (a simple request: no preflight, works with sendBeacon), so it is parsed as JSON
 * whatever the Content-Type says.
 */
export function mountCollect(app: Hono, path: string, options: CollectOptions): void {
  const { allowedOrigins } = options;
  let warned = false;
  const isAllowed = (origin: string) => allowedOrigins === '*' || allowedOrigins.includes(origin);
  app.use(
    path,
    cors({
      origin: (origin) => (origin && isAllowed(origin) ? origin : null),
      allowMethods: ['POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Authorization'],
      maxAge: 86_400,
    }),
  );
  app.post(
    path,
    async (c, next) => {
      // CORS only stops a browser from reading the answer; text/plain posts still arrive, so refuse them here.
      const origin = c.req.header('origin');
      if (origin && !isAllowed(origin)) return problem(c, 403, `Origin ${origin} is not allowed to post here`);
      const client = options.limiter ? options.clientKey(c) : undefined;
      // One bucket for every client without an address would let one of them lock all the others out; so they
      // are not limited (the body limit and the batch cap still bound each request), and the operator is told.
      if (options.limiter && client === undefined && !warned) {
        warned = true;
        options.onWarning(
          'a request arrived without a client address, so POST /collect is not rate limited; pass peerAddress or clientKey to createApp',
        );
      }
      if (options.limiter && client !== undefined) {
        const decision = await options.limiter.take(client);
        if (!decision.allowed) {
          c.header('Retry-After', String(decision.retryAfterSeconds));
          return problem(c, 429, `Too many requests; retry after ${decision.retryAfterSeconds} s`);
        }
      }
      await next();
    },
    bodyLimit({
      maxSize: options.maxBodyBytes,
      onError: (c) => problem(c, 413, `Body larger than ${options.maxBodyBytes} bytes; send fewer records per batch`),
    }),
    async (c) => {
      const text = await c.req.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (error) {
        return problem(c, 400, 'Body is not valid JSON', [{ path: '', message: (error as Error).message }]);
      }
      const checked = check(body);
      if (checked.kind === 'unusable') return problem(c, 400, 'Invalid batch', checked.issues);
      const receivedAt = options.now();
      const sentAt = Date.parse(checked.sentAt);
      const skew = Math.round(receivedAt - sentAt);
      // Beyond ±24 days the client clock is simply wrong; the column (integer ms) keeps only plausible skews.
      const clockSkewMs = Number.isFinite(skew) && Math.abs(skew) < 2 ** 31 ? skew : null;
      let stored: string[];
      try {
        ({ stored } = await upsertRecords(options.db, checked.good, new Date(receivedAt), clockSkewMs));
      } catch (error) {
        // Retryable: the records stay in the client's outbox and come back after Retry-After.
        options.onStoreError(error);
        c.header('Retry-After', '30');
        return problem(c, 503, 'Could not store the records now; retry later');
      }
      const answer = { accepted: checked.good.length, stored: stored.length };
      return c.json(checked.issues.length ? { ...answer, rejected: checked.issues } : answer);
    },
  );
}
