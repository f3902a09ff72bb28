import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
// The example collector (another example of this repository) receives the answers, as in `npm run demo`.
import { launchChromium } from '@npskit/test-chromium';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServers, startServers, widgetBuilt } from '../../collector-server/src/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let servers: RunningServers;
let browser: Browser;
let app: Server;
let appOrigin: string;
let work: string;

beforeAll(async () => {
  if (!widgetBuilt())
    throw new Error('packages/widget/dist/cdn/npskit.js is missing: run `pnpm run build` at the root first.');
  work = await mkdtemp(join(tmpdir(), 'npskit-in-app-'));
  servers = await startServers({ port: 0, demoPort: 0, dataDir: join(work, 'db') });
  // Vite reads VITE_* from the environment before .env: point the build at this run's random ports.
  process.env.VITE_NPSKIT_SRC = `${servers.demoOrigin}/npskit/npskit.js`;
  process.env.VITE_NPSKIT_ENDPOINT = `${servers.collectorOrigin}/collect`;
  const outDir = join(work, 'dist');
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  app = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(outDir, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => app.listen(0, 'localhost', ok));
  appOrigin = `http://localhost:${(app.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (app ? app.close(done) : done(undefined)));
  await servers?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the in-app example in Chromium', () => {
  it('asks only after track(order_completed), with the identified user and attributes on the answer', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appOrigin);
    await page.selectOption('select', 'u-1001');
    // Configured with an event trigger: nothing shows on load.
    await page.waitForTimeout(1500);
    expect(await page.locator('npskit-survey [role="radio"]').count()).toBe(0);

    await page.click('text=Complete order');
    await page.click('npskit-survey [role="radio"][data-score="10"]');
    await page.fill('npskit-survey #npskit-comment', 'Ordering was a breeze');
    await page.click('npskit-survey button[type="submit"]');
    // The app's own npskit:submitted listener.
    await expect.poll(() => page.locator('#app [role="status"]').textContent()).toContain('Thanks for your 10!');

    type Row = {
      survey_id: string;
      score: number;
      user_id: string;
      trigger: string;
      attributes: object;
      status: string;
    };
    let row: Row | undefined;
    await expect
      .poll(
        async () => {
          const res = await fetch(`${servers.collectorOrigin}/api/responses?limit=5`);
          row = ((await res.json()) as { responses: Row[] }).responses.find((r) => r.survey_id === 'in-app-nps');
          return row?.status;
        },
        { timeout: 10_000 },
      )
      .toBe('completed');
    expect(row).toMatchObject({ score: 10, user_id: 'u-1001', trigger: 'event:order_completed' });
    expect(row?.attributes).toMatchObject({ plan: 'pro', city: 'İzmir' });
    expect(errors).toEqual([]);
  });
});
