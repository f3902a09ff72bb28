import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import { DEMO_CITIES, DEMO_CSS, DEMO_JS, DEMO_PLANS, demoPage } from './page.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/** Where the demo site finds things. */
export interface DemoSiteOptions {
  /** Folder holding the built embed (npskit.js and its chunks), served under /npskit/ as a CDN would. */
  widgetDir: string;
  /** Collector endpoint URL the snippet posts to. */
  endpoint: string;
  dashboardUrl: string;
}

/** The customer's site of the demo: the shop page and the embed files, on its own origin. */
export function createDemoSite(options: DemoSiteOptions): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const locale = c.req.query('locale');
    const city = c.req.query('city') ?? '';
    const plan = c.req.query('plan') ?? '';
    return c.html(
      demoPage({
        endpoint: options.endpoint,
        dashboardUrl: options.dashboardUrl,
        locale: locale && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(locale) ? locale : null,
        city: DEMO_CITIES.includes(city) ? city : DEMO_CITIES[0]!,
        plan: DEMO_PLANS.includes(plan) ? plan : DEMO_PLANS[0]!,
      }),
    );
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/demo.css', (c) => c.body(DEMO_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/demo.js', (c) => c.body(DEMO_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/npskit/*', async (c) => {
    const relative = normalize(decodeURIComponent(c.req.path.slice('/npskit/'.length)));
    const file = join(options.widgetDir, relative);
    if (relative.startsWith('..') || !file.startsWith(options.widgetDir + sep)) return c.notFound();
    try {
      const body = await readFile(file);
      return c.body(body, 200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Demo builds change between runs; a real CDN serves versioned, immutable files instead.
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
      });
    } catch {
      return c.text(`Not built: ${relative}. Run \`pnpm run build\` at the repository root.`, 404);
    }
  });
  return app;
}
