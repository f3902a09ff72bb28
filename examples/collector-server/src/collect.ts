import { parseBatch } from '@npskit/core';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Database } from './db.js';
import type { RateLimiter } from './rate-limit.js';
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
  /** Identifies the client for rate limiting (an IP address where the runtime gives one). */
  clientKey: (c: Context) => string;
  now: () => number;
}

/** One failed check, as the 400 body lists them. */
interface Issue {
  path: string;
  message: string;
}

function problem(c: Context, status: 400 | 403 | 413 | 429, error: string, issues: Issue[] = []) {
  return c.json({ error, issues }, status);
}

/**
 * Mounts POST (and the CORS preflight) of the collector protocol at `path`. The body is JSON sent as
 * `text/plain` by default (a simple request: no preflight, works with sendBeacon), so it is parsed as JSON
 * whatever the Content-Type says.
 */
export function mountCollect(app: Hono, path: string, options: CollectOptions): void {
  const { allowedOrigins } = options;
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
      if (options.limiter) {
        const decision = options.limiter.take(options.clientKey(c));
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
      const parsed = parseBatch(body);
      if (!parsed.ok) return problem(c, 400, 'Invalid batch', parsed.issues);
      const receivedAt = options.now();
      const sentAt = Date.parse(parsed.value.sentAt);
      const skew = Math.round(receivedAt - sentAt);
      // Beyond ±24 days the client clock is simply wrong; the column (integer ms) keeps only plausible skews.
      const clockSkewMs = Number.isFinite(skew) && Math.abs(skew) < 2 ** 31 ? skew : null;
      const result = await upsertRecords(options.db, parsed.value.records, new Date(receivedAt), clockSkewMs);
      return c.json({ accepted: parsed.value.records.length, stored: result.stored.length });
    },
  );
}
