import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app.js';
import type { AuthOptions } from './auth.js';
import { isLoopbackHost } from './client-address.js';
import { type Database, openDatabase } from './db.js';
import { createDemoSite } from './demo/site.js';
import { seedDatabase } from './seed/seed.js';

/** The embed build of the widget package, served to the demo page under /npskit/. */
export const WIDGET_CDN_DIR = resolve(fileURLToPath(new URL('../../../packages/widget/dist/cdn', import.meta.url)));

/** How to start the collector (with dashboard) and the demo site. */
export interface ServerOptions {
  /** Collector + dashboard port; 0 picks a free one. @default 8787 */
  port?: number;
  /** Demo site port (another origin, like a customer's site); 0 picks a free one. @default 8788 */
  demoPort?: number;
  /** Interface to listen on. @default 'localhost' */
  host?: string;
  /** PGlite folder; ignored when databaseUrl is set. @default in memory */
  dataDir?: string;
  /** PostgreSQL URL. @default undefined (PGlite) */
  databaseUrl?: string;
  /** Seed the demo data set when the table is empty. @default false */
  seedIfEmpty?: boolean;
  /** Origins allowed to post; the demo site's own origin is always added. @default '*' */
  allowedOrigins?: readonly string[] | '*';
  /** Proxies of yours in front that append to X-Forwarded-For (1 for one load balancer). @default 0 */
  trustedProxyHops?: number;
  /**
   * Who may read personal data. Without users, the read routes answer only on loopback when `host` is a loopback
   * name, and are closed otherwise.
   * @default {}
   */
  auth?: AuthOptions;
  /** Folder of the embed build. @default packages/widget/dist/cdn */
  widgetDir?: string;
}

/** The running servers. */
export interface RunningServers {
  db: Database;
  collectorOrigin: string;
  demoOrigin: string;
  seeded: number;
  /** How the read routes are guarded: `credentials`, `loopback` or `closed`. */
  access: 'credentials' | 'loopback' | 'closed';
  /** Stops both servers and closes the database; calling it again returns the same promise. */
  close(): Promise<void>;
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, host: string) {
  return new Promise<{ origin: string; close: () => Promise<void> }>((ok, fail) => {
    const server = serve({ fetch, port, hostname: host }, (info: AddressInfo) => {
      const name = host.includes(':') ? `[${host}]` : host;
      ok({
        origin: `http://${name}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once('error', fail);
  });
}

/** Opens the database (seeding it if asked) and starts both servers. */
export async function startServers(options: ServerOptions = {}): Promise<RunningServers> {
  for (const renamed of ['trustProxy', 'dashboardAuth'] as const) {
    if (renamed in options) {
      throw new TypeError(
        `${renamed} was replaced: use trustedProxyHops (the number of your proxies in front) and auth.users (hashed passwords)`,
      );
    }
  }
  const host = options.host ?? 'localhost';
  const auth: AuthOptions = { openOnLoopback: isLoopbackHost(host), ...options.auth };
  const db = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
  const stops: (() => Promise<void>)[] = [];
  const stop = () => Promise.all(stops.map((close) => close())).then(() => db.close());
  try {
    let seeded = 0;
    if (options.seedIfEmpty) {
      const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM responses');
      if (n === 0) seeded = await seedDatabase(db);
    }
    const configured = options.allowedOrigins ?? '*';
    // Checked per request, so the demo origin can join the list once its port is known.
    const origins = configured === '*' ? '*' : [...configured];
    const app = createApp({
      db,
      allowedOrigins: origins,
      peerAddress: (c) => getConnInfo(c).remote.address,
      trustedProxyHops: options.trustedProxyHops,
      auth,
    });
    const collector = await listen(app.fetch, options.port ?? 8787, host);
    stops.push(collector.close);
    const site = createDemoSite({
      widgetDir: options.widgetDir ?? WIDGET_CDN_DIR,
      endpoint: `${collector.origin}/collect`,
      dashboardUrl: `${collector.origin}/dashboard`,
    });
    const demo = await listen(site.fetch, options.demoPort ?? 8788, host);
    stops.push(demo.close);
    if (origins !== '*') origins.push(demo.origin);
    let closing: Promise<void> | undefined;
    return {
      db,
      collectorOrigin: collector.origin,
      demoOrigin: demo.origin,
      seeded,
      access: auth.users?.length ? 'credentials' : auth.openOnLoopback ? 'loopback' : 'closed',
      // Idempotent: a signal handler and a test teardown may both ask.
      close() {
        closing ??= stop();
        return closing;
      },
    };
  } catch (error) {
    // A port in use or a bad option: release what was opened (the database, and with it the folder lock).
    await stop().catch(() => {});
    throw error;
  }
}

/** True when the embed has been built (the demo page needs it). */
export function widgetBuilt(widgetDir = WIDGET_CDN_DIR): boolean {
  return existsSync(resolve(widgetDir, 'npskit.js'));
}
