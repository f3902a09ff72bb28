import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { surveysResponse } from './posthog-fixtures';

const here = dirname(fileURLToPath(import.meta.url));

/** The widget's build output (`pnpm --filter @npskit/widget run build`), served under /npskit/; NPSKIT_WIDGET_DIST overrides it. */
export const WIDGET_DIST = resolve(process.env.NPSKIT_WIDGET_DIST ?? resolve(here, '../../../packages/widget/dist'));
/** posthog-js's own published files, served under /static/ exactly as its assets host would. */
export const POSTHOG_DIST = resolve(here, '../node_modules/posthog-js/dist');

/** One request the page made, as the server saw it. */
export interface Served {
  path: string;
  /** Bytes of the response body sent. */
  bytes: number;
  /** The body of every JavaScript response, so its compressed sizes can be measured. */
  script?: Buffer;
  /** Paths nothing in the benchmark answers: blocked with a 404 so no library gets extra work. */
  blocked: boolean;
}

export interface BenchServer {
  origin: string;
  /** Registers an HTML page and returns its URL. */
  page(path: string, html: string): string;
  /** Requests since the last `reset()`. */
  log: Served[];
  reset(): void;
  close(): Promise<void>;
}

const JS = 'text/javascript; charset=utf-8';

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((ok) => {
    req.on('data', () => {});
    req.on('end', ok);
    req.on('error', () => ok());
  });
}

/**
 * A localhost server that stands in for both vendors' CDNs and APIs, so the benchmark runs
 * offline and each library does exactly the work its production setup would.
 */
export async function startBenchServer(): Promise<BenchServer> {
  const pages = new Map<string, string>();
  const log: Served[] = [];

  const send = (res: ServerResponse, entry: Served, status: number, type: string, body: string | Buffer) => {
    entry.bytes = Buffer.byteLength(body);
    if (type === JS && status === 200) entry.script = Buffer.from(body);
    res.writeHead(status, {
      'Content-Type': type,
      // Every run is a first visit: the benchmark measures a cold load, never Chrome's code cache.
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Content-Type',
    });
    res.end(body);
  };

  const serveFile = async (root: string, rel: string, res: ServerResponse, entry: Served) => {
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) return send(res, entry, 403, 'text/plain', 'forbidden');
    try {
      const data = await readFile(file);
      send(res, entry, 200, file.endsWith('.js') ? JS : 'application/octet-stream', data);
    } catch {
      entry.blocked = true;
      send(res, entry, 404, 'text/plain', 'not found');
    }
  };

  const posthogApi = (path: string, query: URLSearchParams, res: ServerResponse, entry: Served): boolean => {
    // Remote config, as PostHog serves it per project token: the "show" project has the NPS survey
    // running with no conditions, the "none" project has it limited to a URL this page never has.
    const config = path.match(/^\/array\/([\w-]+)\/config(\.js)?$/);
    if (config) {
      const token = config[1] ?? '';
      const body = {
        token,
        supportedCompression: ['gzip', 'gzip-js'],
        hasFeatureFlags: false,
        captureDeadClicks: false,
        capturePerformance: false,
        autocapture_opt_out: true,
        autocaptureExceptions: false,
        analytics: { endpoint: '/i/v0/e/' },
        elementsChainAsString: true,
        sessionRecording: false,
        heatmaps: false,
        surveys: true,
        defaultIdentifiedOnly: true,
      };
      if (config[2]) {
        const js = `(function(){window._POSTHOG_REMOTE_CONFIG=window._POSTHOG_REMOTE_CONFIG||{};window._POSTHOG_REMOTE_CONFIG[${JSON.stringify(token)}]={config:${JSON.stringify(body)},siteApps:[]}})();`;
        send(res, entry, 200, JS, js);
      } else send(res, entry, 200, 'application/json', JSON.stringify(body));
      return true;
    }
    if (path === '/flags/' || path === '/flags' || path === '/decide/' || path === '/decide') {
      send(
        res,
        entry,
        200,
        'application/json',
        JSON.stringify({ flags: {}, featureFlags: {}, featureFlagPayloads: {}, errorsWhileComputingFlags: false }),
      );
      return true;
    }
    if (path === '/api/surveys/' || path === '/api/surveys') {
      send(res, entry, 200, 'application/json', JSON.stringify(surveysResponse(query.get('token') ?? '')));
      return true;
    }
    // Event capture: answered as PostHog does, so the SDK has no retry work to do.
    if (path === '/e/' || path === '/i/v0/e/' || path === '/s/' || path === '/batch/') {
      send(res, entry, 200, 'application/json', '{"status":1}');
      return true;
    }
    return false;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const entry: Served = { path: url.pathname, bytes: 0, blocked: false };
    log.push(entry);
    if (req.method === 'OPTIONS') return void send(res, entry, 204, 'text/plain', '');
    if (url.pathname === '/collect') {
      return void drain(req).then(() => send(res, entry, 200, 'application/json', '{"ok":true}'));
    }
    if (url.pathname.startsWith('/npskit/'))
      return void serveFile(WIDGET_DIST, url.pathname.slice('/npskit/'.length), res, entry);
    // posthog-js asks for `/static/<version>/<chunk>.js` first (immutable, versioned) and falls back
    // to `/static/<chunk>.js`; its CDN serves both, so this server does too.
    if (url.pathname.startsWith('/static/'))
      return void serveFile(
        POSTHOG_DIST,
        url.pathname.slice('/static/'.length).replace(/^\d+\.\d+\.\d+\//, ''),
        res,
        entry,
      );
    if (posthogApi(url.pathname, url.searchParams, res, entry)) return void drain(req);
    const html = pages.get(url.pathname);
    if (html !== undefined) return void send(res, entry, 200, 'text/html; charset=utf-8', html);
    entry.blocked = true;
    send(res, entry, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    log,
    reset() {
      log.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
