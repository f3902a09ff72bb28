import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, startServer, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

it('serves a page to Debian Chromium and records a POST to the collector', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const url = server.page('/smoke', `<!doctype html><title>smoke</title><p id="p">hello</p>`);
    await page.goto(url);
    await page.evaluate(async (endpoint) => {
      await fetch(endpoint, {
        method: 'POST',
        body: JSON.stringify({ protocol: 1, records: [{ id: 'a', revision: 2 }] }),
      });
    }, server.collectorUrl);
    expect(await page.textContent('#p')).toBe('hello');
    expect(server.store.get('a')?.revision).toBe(2);
  } finally {
    await browser.close();
  }
});
