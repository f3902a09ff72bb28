import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResponseRecord } from '@npskit/core';

/**
 * The widget's build output, served under /npskit/ as a CDN would. NPSKIT_WIDGET_DIST points the suite at
 * another copy (a release candidate, or a snapshot that a concurrent rebuild cannot change mid-run).
 */
export const WIDGET_DIST = resolve(
  process.env.NPSKIT_WIDGET_DIST ?? fileURLToPath(new URL('../../../dist', import.meta.url)),
);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
};

/** What the collector endpoint does to a request instead of accepting it. */
export type FaultKind = '500' | '503' | '429' | 'hang' | 'drop' | 'drop-after-store';

export interface FaultConfig {
  /** Share of collector requests that fail, 0–1. */
  rate: number;
  kinds: FaultKind[];
  /** Seconds sent in Retry-After on 429/503. @default 1 */
  retryAfter?: number;
  /** How long a hanging request is held before its socket is destroyed, in ms. @default 15000 */
  hangMs?: number;
  /** Seed of the deterministic fault sequence. @default 1 */
  seed?: number;
}

/** One request the collector endpoint received. */
export interface CollectorRequest {
  at: number;
  contentType: string;
  origin: string | undefined;
  /** What the endpoint did: an HTTP status, or 'hang' / 'drop'. */
  outcome: number | 'hang' | 'drop';
  records: ResponseRecord[];
}

export interface PageOptions {
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  /** The collector endpoint: POST {origin}/collect. */
  collectorUrl: string;
  /** Registers an HTML page at `path`. */
  page(path: string, html: string, options?: PageOptions): string;
  /** Registers any other resource (a script for a CSP page, which may not run inline code). */
  asset(path: string, body: string, contentType: string): string;
  /** Highest revision per record id, as a receiver that follows the protocol keeps them. */
  store: Map<string, ResponseRecord>;
  requests: CollectorRequest[];
  /** Every path requested, in order (for "never downloaded" assertions). */
  served: string[];
  faults(config: FaultConfig | null): void;
  close(): Promise<void>;
}

// Mulberry32: a seeded sequence, so a failing fault run can be replayed exactly.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** Starts a localhost server with pages, the widget's dist files and a recording collector endpoint. */
export async function startServer(options: { staticRoot?: string } = {}): Promise<TestServer> {
  const staticRoot = options.staticRoot ?? WIDGET_DIST;
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const assets = new Map<string, { body: string; contentType: string }>();
  const store = new Map<string, ResponseRecord>();
  const requests: CollectorRequest[] = [];
  const served: string[] = [];
  const held = new Set<ServerResponse>();
  let fault: (FaultConfig & { next: () => number }) | null = null;

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
    res.setHeader('Access-Control-Max-Age', '600');
  };

  const collect = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    let records: ResponseRecord[] = [];
    try {
      records = (JSON.parse(body) as { records?: ResponseRecord[] }).records ?? [];
    } catch {
      res.writeHead(400).end('invalid JSON');
      return;
    }
    const entry: CollectorRequest = {
      at: Date.now(),
      contentType: String(req.headers['content-type'] ?? ''),
      origin: req.headers.origin,
      outcome: 200,
      records,
    };
    requests.push(entry);
    const upsert = () => {
      for (const r of records) {
        const known = store.get(r.id);
        if (!known || r.revision > known.revision) store.set(r.id, r);
      }
    };
    if (fault && fault.next() < fault.rate) {
      const kind = fault.kinds[Math.floor(fault.next() * fault.kinds.length)] ?? '500';
      if (kind === 'hang') {
        entry.outcome = 'hang';
        held.add(res);
        setTimeout(() => {
          held.delete(res);
          res.socket?.destroy();
        }, fault.hangMs ?? 15_000);
        return;
      }
      if (kind === 'drop' || kind === 'drop-after-store') {
        if (kind === 'drop-after-store') upsert();
        entry.outcome = 'drop';
        res.socket?.destroy();
        return;
      }
      const status = Number(kind);
      entry.outcome = status;
      if (status !== 500) res.setHeader('Retry-After', String(fault.retryAfter ?? 1));
      res.writeHead(status).end();
      return;
    }
    upsert();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  };

  const serveStatic = async (path: string, res: ServerResponse) => {
    const file = normalize(join(staticRoot, path));
    if (!file.startsWith(staticRoot)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const data = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(data);
    } catch {
      res.writeHead(404).end('not found');
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    served.push(url.pathname);
    if (url.pathname === '/collect') {
      cors(req, res);
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      if (req.method === 'POST') return void collect(req, res).catch(() => res.writeHead(500).end());
      return void res.writeHead(405).end();
    }
    if (url.pathname.startsWith('/npskit/')) return void serveStatic(url.pathname.slice('/npskit/'.length), res);
    const asset = assets.get(url.pathname);
    if (asset) {
      res.writeHead(200, { 'Content-Type': asset.contentType, 'Cache-Control': 'no-store' });
      return void res.end(asset.body);
    }
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
      return void res.end(page.html);
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    collectorUrl: `${origin}/collect`,
    page(path, html, pageOptions = {}) {
      pages.set(path, { html, headers: pageOptions.headers ?? {} });
      return origin + path;
    },
    asset(path, body, contentType) {
      assets.set(path, { body, contentType });
      return origin + path;
    },
    store,
    requests,
    served,
    faults(config) {
      fault = config ? { ...config, next: seeded(config.seed ?? 1) } : null;
    },
    close() {
      for (const res of held) res.socket?.destroy();
      server.closeAllConnections();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
