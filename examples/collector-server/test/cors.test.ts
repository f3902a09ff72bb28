import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db.js';
import { batch, emptyTable, openTestDatabase, post, record } from './support.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(() => emptyTable(db));

function preflight(app: ReturnType<typeof createApp>, origin: string) {
  return app.request('/collect', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
}

describe('CORS', () => {
  it('answers a preflight from an allowed origin with the origin, methods, headers and max-age', async () => {
    const app = createApp({ db, rateLimit: false, allowedOrigins: ['https://shop.example'] });
    const res = await preflight(app, 'https://shop.example');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toBe('content-type,authorization');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('gives no Allow-Origin to a preflight from an origin outside the list, and refuses its posts', async () => {
    const app = createApp({ db, rateLimit: false, allowedOrigins: ['https://shop.example'] });
    const res = await preflight(app, 'https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const posted = await post(app, batch([record()]), { origin: 'https://evil.example' });
    expect(posted.status).toBe(403);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM responses');
    expect(n).toBe(0);
  });

  it("echoes any origin when allowedOrigins is '*', on the preflight and on the answer", async () => {
    const app = createApp({ db, rateLimit: false });
    const pre = await preflight(app, 'https://any.example');
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://any.example');
    const res = await post(app, batch([record()]), { origin: 'https://any.example' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://any.example');
  });

  it('lets the page read error answers too (400 carries Allow-Origin)', async () => {
    const app = createApp({ db, rateLimit: false });
    const res = await post(app, '[]', { origin: 'https://any.example' });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://any.example');
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client spends its burst, per client, and refills with time', async () => {
    let now = 1_000_000;
    // Behind one trusted proxy, which appends the address it saw.
    const app = createApp({
      db,
      now: () => now,
      rateLimit: { capacity: 3, refillPerSecond: 0.5 },
      peerAddress: () => '10.9.9.9',
      trustedProxyHops: 1,
    });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 3; i++) expect((await post(app, batch([record()]), from('10.0.0.1'))).status).toBe(200);
    const limited = await post(app, batch([record()]), from('10.0.0.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await post(app, batch([record()]), from('10.0.0.2'))).status).toBe(200);
    now += 2000;
    expect((await post(app, batch([record()]), from('10.0.0.1'))).status).toBe(200);
  });
});
