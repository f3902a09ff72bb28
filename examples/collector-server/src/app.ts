import { type Context, Hono } from 'hono';
import { type AuthOptions, createAuth } from './auth.js';
import { checkHops, clientAddress } from './client-address.js';
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
  /**
   * The TCP peer of a request (on Node: `getConnInfo(c).remote.address`). Without it the app cannot tell this
   * machine from the world, so the read routes need credentials, and rate limiting needs `clientKey`.
   * @default undefined
   */
  peerAddress?: (c: Context) => string | undefined;
  /** Proxies of yours in front that append to X-Forwarded-For; 0 never reads the header. @default 0 */
  trustedProxyHops?: number;
  /** Names the client for rate limiting; undefined means unknown. @default the peer, or the trusted proxies' hop */
  clientKey?: (c: Context) => string | undefined;
  /** Who may read personal data, and how they sign in. @default {} (closed; open to loopback when peerAddress says so) */
  auth?: AuthOptions;
  /** Clock in ms. @default Date.now */
  now?: () => number;
  /** Called when storing records fails (the client gets 503 + Retry-After and retries). @default console.error */
  onStoreError?: (error: unknown) => void;
  /** Told once when a request to POST /collect has no client address, so it is not rate limited. @default console.warn */
  onWarning?: (message: string) => void;
  /** Path of the collector endpoint. @default '/collect' */
  collectPath?: string;
}

/**
 * The collector, its JSON API and the dashboard as one Fetch-API app: `app.fetch` runs on Node
 * (@hono/node-server), Workers, Deno and Bun alike. Every route is guarded by `auth` unless marked public.
 */
export function createApp(options: AppOptions): Hono {
  if ('dashboardAuth' in options) {
    throw new TypeError(
      'dashboardAuth was replaced by auth: { users: [{ username, passwordHash: await hashPassword(password) }] }',
    );
  }
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024) {
    throw new RangeError(`maxBodyBytes must be an integer of at least 1024, got ${maxBodyBytes}`);
  }
  const address = { peerAddress: options.peerAddress, trustedProxyHops: checkHops(options.trustedProxyHops) };
  const collectPath = options.collectPath ?? '/collect';
  const auth = createAuth(options.auth ?? {}, { db: options.db, now, ...address });
  auth.allowPublic(collectPath, '/health', '/', '/favicon.ico', '/dashboard.css', '/dashboard.js');

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', auth.guard);
  auth.mount(app);
  mountCollect(app, collectPath, {
    db: options.db,
    allowedOrigins: options.allowedOrigins ?? '*',
    maxBodyBytes,
    limiter: options.rateLimit === false ? null : createRateLimiter({ now, ...options.rateLimit }),
    clientKey: options.clientKey ?? ((c) => clientAddress(c, address)),
    now,
    onStoreError: options.onStoreError ?? ((error) => console.error('npskit collector: storing records failed', error)),
    onWarning: options.onWarning ?? ((message) => console.warn(`npskit collector: ${message}`)),
  });
  mountApi(app, { db: options.db, now });
  mountDashboard(app, { db: options.db, now, auth });
  app.get('/health', async (c) => {
    await options.db.query('SELECT 1');
    return c.json({ ok: true, database: options.db.kind });
  });
  app.get('/', (c) => c.redirect('/dashboard'));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  return app;
}
