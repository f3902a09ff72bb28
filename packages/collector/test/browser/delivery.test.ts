import type { Batch, ResponseRecord } from '@npskit/core';
import { launchChromium } from '@npskit/test-chromium';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as Api from '../../src/index';
import { waitFor } from '../helpers';
import { type Receiver, startReceiver } from '../receiver';
import { makeRecord } from '../records';
import { browserBundle } from './browser-bundle';

declare global {
  interface Window {
    npskitCollector: typeof Api;
    collector: Api.Collector;
    dropped: string[];
  }
}

let browser: Browser;
let bundle: string;
let site: Receiver; // serves the pages (one origin)
let receiver: Receiver; // the collector endpoint (another origin)
let context: BrowserContext;

const PAGE = `<!doctype html><meta charset="utf-8"><title>npskit collector</title>
<script type="module">
  import * as api from '/collector.js';
  window.npskitCollector = api;
</script>`;

beforeAll(async () => {
  [browser, bundle] = await Promise.all([launchChromium(), browserBundle()]);
  site = await startReceiver({
    files: {
      '/': { type: 'text/html', body: PAGE },
      '/other': { type: 'text/html', body: '<!doctype html><title>elsewhere</title>' },
      '/collector.js': { type: 'text/javascript', body: bundle },
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  receiver = await startReceiver({ cors: true });
  context = await browser.newContext();
});
afterEach(async () => {
  await context.close();
  await receiver.close();
});

/** Opens the page and starts a collector on it with these options (JSON-serialisable ones). */
async function open(options: Partial<Api.CollectorOptions> = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  await page.waitForFunction(() => window.npskitCollector !== undefined);
  await page.evaluate(
    (options) => {
      window.dropped = [];
      window.collector = window.npskitCollector.createCollector(options as Api.CollectorOptions);
      window.collector.on('dropped', (event) => window.dropped.push(`${event.record.id}:${event.reason}`));
    },
    { endpoint: receiver.url, retry: { baseMs: 10, capMs: 50 }, ...options },
  );
  return page;
}

const send = (page: Page, records: ResponseRecord[]) =>
  page.evaluate((records) => {
    for (const record of records) window.collector.send(record);
  }, records);
const outbox = (page: Page) => page.evaluate(() => localStorage.getItem('npskit:outbox'));
const ids = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => makeRecord(`${prefix}${i}`));

describe('in Chromium', () => {
  it('POSTs cross-origin as text/plain with no CORS preflight, and empties the localStorage outbox', async () => {
    const page = await open({ batch: { delayMs: 0 } });
    await send(page, ids(3, 'a'));
    await waitFor(() => receiver.records.size === 3);
    await page.waitForFunction(() => window.collector.pending() === 0);
    expect(receiver.preflights).toBe(0);
    expect(receiver.requests[0]?.contentType).toBe('text/plain;charset=UTF-8');
    expect(await outbox(page)).toBeNull();
  });

  it('sends custom headers after a preflight', async () => {
    const page = await open({ batch: { delayMs: 0 }, headers: { authorization: 'Bearer t' } });
    await send(page, ids(1, 'h'));
    await waitFor(() => receiver.records.size === 1);
    expect(receiver.preflights).toBeGreaterThan(0);
    expect(receiver.requests[0]?.headers.authorization).toBe('Bearer t');
  });

  it('beacons pending records when the user leaves the page; the next visit replays them and empties the outbox', async () => {
    const page = await open({ batch: { delayMs: 60_000 } });
    await send(page, [...ids(4, 'u'), makeRecord('u0', 2)]);
    expect(await outbox(page)).toContain('"u3"');
    await page.goto(`${site.origin}/other`);
    await waitFor(() => receiver.records.size === 4);
    expect(receiver.records.get('u0')?.revision).toBe(2);
    // A beacon gets no answer, so the records were kept for the next page load…
    const raw = await page.evaluate(() => localStorage.getItem('npskit:outbox'));
    expect((JSON.parse(raw ?? '{}') as { entries: unknown[] }).entries).toHaveLength(4);
    // …which replays them (the upsert absorbs the duplicates) and empties the outbox.
    const next = await open({ batch: { delayMs: 0 } });
    await next.waitForFunction(() => window.collector.pending() === 0);
    expect(receiver.records.size).toBe(4);
    expect(receiver.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps what a failing endpoint did not take across a reload, and delivers it on the next load', async () => {
    receiver.answer = () => ({ status: 503 });
    const page = await open({ batch: { delayMs: 0 }, retry: { attempts: 2, baseMs: 1, capMs: 2 } });
    await send(page, ids(2, 'r'));
    await waitFor(() => receiver.requests.length === 2);
    await page.evaluate(() => window.collector.flush());
    receiver.answer = () => ({ status: 200 });
    await page.reload();
    await page.waitForFunction(() => window.npskitCollector !== undefined);
    await page.evaluate((endpoint) => {
      window.collector = window.npskitCollector.createCollector({ endpoint, batch: { delayMs: 0 } });
    }, receiver.url);
    await waitFor(() => receiver.records.size === 2);
    await page.waitForFunction(() => window.collector.pending() === 0);
  });

  it('lets one of two tabs deliver the shared outbox at a time', async () => {
    receiver.answer = () => ({ status: 200, delayMs: 300 });
    const tabA = await open({ batch: { delayMs: 60_000 } });
    const tabB = await open({ batch: { delayMs: 60_000 } });
    await send(tabA, ids(5, 'ta'));
    await send(tabB, ids(5, 'tb'));
    // Chromium propagates one tab's localStorage writes to another renderer asynchronously: tab B may have written
    // the shared outbox from a view without some of tab A's records, which tab A then puts back when it hears of
    // that write (a storage event). Wait until tab A sees tab B's records.
    await tabA.waitForFunction(() => (localStorage.getItem('npskit:outbox') ?? '').includes('"tb4"'));
    const flushA = tabA.evaluate(() => window.collector.flush());
    await waitFor(() => receiver.requests.length >= 1);
    // The same lag for the lease: tab B must see tab A's lease before it tries, or both may send (storage has no
    // compare-and-set; the receiver's upsert absorbs that, but this test is about the common case).
    await tabB.waitForFunction(() => localStorage.getItem('npskit:outbox:lease') !== null);
    await tabB.evaluate(() => window.collector.flush());
    await flushA;
    // Records tab A put back after its round had read the outbox go out on its next round.
    await expect
      .poll(async () => {
        await tabA.evaluate(() => window.collector.flush());
        return receiver.records.size;
      })
      .toBe(10);
    const posted = receiver.requests.flatMap((request) => (request.batch as Batch).records.map((record) => record.id));
    expect(posted, JSON.stringify(posted)).toHaveLength(10);
    expect(new Set(posted).size).toBe(10);
  });
});
