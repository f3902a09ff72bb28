import { type Context, Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { mountCollect } from './collect/routes.js';
import { mountDashboard } from './dashboard/routes.js';
import type { Database } from './db.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { mountApi } from './report/api.js';

/** Options of the collector app. Every runtime-specific detail (client address, clock) arrives here. */
export interface AppOptions {
  /** Where responses are stored. */
  db: Database;
  /** Origins allowed to post responses; `'*'` accepts any page and echoes its Origin. @default '*' */
  allowedOrigins?: readonly string[] | '*';
  /** Largest accepted request body in bytes; 64 KiB is also the browsers' keepalive/beacon budget. @default 65536 */
  maxBodyBytes?: number;
  /** Per-client token bucket for POST /collect, or false to turn it off. @default { capacity: 60, refillPerSecond: 1 } */
  rateLimit?: RateLimitOptions | false;
  /** Names the client for rate limiting. @default the first X-Forwarded-For hop, else 'unknown' */
  clientKey?: (c: Context) => string;
  /** Clock in ms. @default Date.now */
  now?: () => number;
  /** Called when storing records fails (the client gets 503 + Retry-After and retries). @default console.error */
  onStoreError?: (error: unknown) => void;
  /** Path of the collector endpoint. @default '/collect' */
  collectPath?: string;
  /** Protects the dashboard, the read API and the export (comments and e-mail addresses) with HTTP Basic auth. @default undefined (open: fine on localhost only) */
  dashboardAuth?: { username: string; password: string };
}

function forwardedFor(c: Context): string {
  return c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

/**
 * The collector, its JSON API and the dashboard as one Fetch-API app: `app.fetch` runs on Node
 * (@hono/node-server), Workers, Deno and Bun alike.
 */
export function createApp(options: AppOptions): Hono {
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024) {
    throw new RangeError(`maxBodyBytes must be an integer of at least 1024, got ${maxBodyBytes}`);
  }
  const app = new Hono();
  mountCollect(app, options.collectPath ?? '/collect', {
    db: options.db,
    allowedOrigins: options.allowedOrigins ?? '*',
    maxBodyBytes,
    limiter: options.rateLimit === false ? null : createRateLimiter({ now, ...options.rateLimit }),
    clientKey: options.clientKey ?? forwardedFor,
    now,
    onStoreError: options.onStoreError ?? ((error) => console.error('npskit collector: storing records failed', error)),
  });
  if (options.dashboardAuth) {
    const guard = basicAuth(options.dashboardAuth);
    for (const path of ['/dashboard', '/api/*', '/export.csv']) app.use(path, guard);
  }
  mountApi(app, { db: options.db, now });
  mountDashboard(app, { db: options.db, now });
  app.get('/health', async (c) => {
    await options.db.query('SELECT 1');
    return c.json({ ok: true, database: options.db.kind });
  });
  app.get('/', (c) => c.redirect('/dashboard'));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  return app;
}
