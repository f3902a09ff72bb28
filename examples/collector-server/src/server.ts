import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createApp } from './app.js';
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
  /** Trust X-Forwarded-For for rate limiting (behind a proxy you run). @default false */
  trustProxy?: boolean;
  dashboardAuth?: { username: string; password: string };
  /** Folder of the embed build. @default packages/widget/dist/cdn */
  widgetDir?: string;
}

/** The running servers. */
export interface RunningServers {
  db: Database;
  collectorOrigin: string;
  demoOrigin: string;
  seeded: number;
  /** Stops both servers and closes the database; calling it again returns the same promise. */
  close(): Promise<void>;
}

function clientAddress(trustProxy: boolean) {
  return (c: Context) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    return getConnInfo(c).remote.address ?? 'unknown';
  };
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
  const host = options.host ?? 'localhost';
  const db = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
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
    clientKey: clientAddress(options.trustProxy ?? false),
    dashboardAuth: options.dashboardAuth,
  });
  const collector = await listen(app.fetch, options.port ?? 8787, host);
  const widgetDir = options.widgetDir ?? WIDGET_CDN_DIR;
  const site = createDemoSite({
    widgetDir,
    endpoint: `${collector.origin}/collect`,
    dashboardUrl: `${collector.origin}/dashboard`,
  });
  const demo = await listen(site.fetch, options.demoPort ?? 8788, host);
  if (origins !== '*') origins.push(demo.origin);
  let closing: Promise<void> | undefined;
  return {
    db,
    collectorOrigin: collector.origin,
    demoOrigin: demo.origin,
    seeded,
    // Idempotent: a signal handler and a test teardown may both ask.
    close() {
      closing ??= Promise.all([collector.close(), demo.close()]).then(() => db.close());
      return closing;
    },
  };
}

/** True when the embed has been built (the demo page needs it). */
export function widgetBuilt(widgetDir = WIDGET_CDN_DIR): boolean {
  return existsSync(resolve(widgetDir, 'npskit.js'));
}
