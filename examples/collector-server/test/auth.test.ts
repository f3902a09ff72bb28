import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { hashPassword, verifyPassword } from '../src/auth/password.js';
import { createAuth } from '../src/auth.js';
import type { Database } from '../src/db.js';
import { batch, openTestDatabase, post, record } from './support.js';

let db: Database;
let hash: string;
const PASSWORD = 'correct horse battery';
beforeAll(async () => {
  db = await openTestDatabase();
  hash = await hashPassword(PASSWORD);
});
afterAll(() => db.close());
beforeEach(() => db.query('DELETE FROM sessions'));

const READ_ROUTES = ['/dashboard', '/api/summary', '/api/responses', '/export.csv'];
const local = () => '127.0.0.1';

function withUsers(extra: Parameters<typeof createApp>[0] = { db }) {
  return createApp({
    rateLimit: false,
    peerAddress: local,
    ...extra,
    db,
    auth: { users: [{ username: 'ayse', passwordHash: hash }], ...extra.auth },
  });
}

function form(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://localhost',
      'sec-fetch-site': 'same-origin',
    },
  };
}

async function signIn(app: Hono, password = PASSWORD): Promise<Response> {
  return app.request('/login', form({ username: 'ayse', password, next: '/dashboard?days=30' }));
}

function cookieOf(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0]!;
}

describe('without credentials', () => {
  it('closes every read route when the app cannot tell this machine from the world, and still collects', async () => {
    const app = createApp({ db, rateLimit: false });
    for (const path of READ_ROUTES) {
      const res = await app.request(path);
      expect(res.status, path).toBe(403);
      expect(await res.text()).toContain('DASHBOARD_PASSWORD');
    }
    expect((await post(app, batch([record()]))).status).toBe(200);
    expect((await app.request('/health')).status).toBe(200);
  });

  it('serves this machine on a loopback Host only: not another peer, a rebound name or a proxied request', async () => {
    let peer = '127.0.0.1';
    const app = createApp({ db, rateLimit: false, peerAddress: () => peer });
    expect((await app.request('http://localhost/api/summary')).status).toBe(200);
    expect((await app.request('http://[::1]:8787/api/summary')).status).toBe(200);
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, but the browser still sends it as Host.
    expect((await app.request('http://evil.example:8787/api/summary')).status).toBe(403);
    expect((await app.request('/api/summary', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
    peer = '192.168.1.20';
    const remote = await app.request('http://localhost/dashboard', { headers: { accept: 'text/html' } });
    expect(remote.status).toBe(403);
    expect(await remote.text()).toContain('only on http://localhost');
  });

  it('refuses the read routes when told the server is bound elsewhere (openOnLoopback: false)', async () => {
    const app = createApp({ db, rateLimit: false, peerAddress: local, auth: { openOnLoopback: false } });
    expect((await app.request('http://localhost/api/summary')).status).toBe(403);
    expect((await app.request('/login')).status).toBe(403);
  });

  it('marks personal data no-store and nosniff', async () => {
    const app = createApp({ db, rateLimit: false, peerAddress: local });
    for (const path of READ_ROUTES) {
      const res = await app.request(path);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

describe('with credentials', () => {
  it('sends a browser to the sign-in page and an API client a 401', async () => {
    const app = withUsers();
    const page = await app.request('/dashboard?days=30', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fdashboard%3Fdays%3D30');
    const api = await app.request('/api/summary');
    expect(api.status).toBe(401);
    expect(api.headers.get('www-authenticate')).toContain('Basic');
    // Loopback opens nothing once credentials exist.
    expect((await app.request('http://localhost/export.csv')).status).toBe(401);
  });

  it('signs in with the right password only, into an HttpOnly session that a second process accepts', async () => {
    const app = withUsers();
    const wrong = await signIn(app, 'wrong password!!');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const ok = await signIn(app);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/dashboard?days=30');
    expect(ok.headers.get('set-cookie')).toMatch(
      /^npskit_session=[\w-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const cookie = cookieOf(ok);
    // Sessions live in the database: another app (process) on it knows them.
    const other = withUsers();
    const res = await other.request('/api/summary', { headers: { cookie } });
    expect(res.status).toBe(200);
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored).toHaveLength(1);
    expect(cookie).not.toContain(stored[0]!.token_hash);
  });

  it('logs out with the CSRF token of the session, and refuses a logout without it or from another site', async () => {
    const app = withUsers();
    const cookie = cookieOf(await signIn(app));
    const page = await (await app.request('/dashboard', { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
    expect(csrf).toBeDefined();
    const forged = await app.request('/logout', {
      ...form({ _csrf: 'x'.repeat(43) }),
      headers: { ...form({}).headers, cookie } as never,
    });
    expect(forged.status).toBe(403);
    const crossSite = await app.request('/logout', {
      ...form({ _csrf: csrf! }),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
    });
    expect(crossSite.status).toBe(403);
    expect((await app.request('/api/summary', { headers: { cookie } })).status).toBe(200);
    const out = await app.request('/logout', {
      ...form({ _csrf: csrf! }),
      headers: { ...form({}).headers, cookie } as never,
    });
    expect(out.status).toBe(303);
    expect((await app.request('/api/summary', { headers: { cookie } })).status).toBe(401);
  });

  it('accepts HTTP Basic for reading, never for a change', async () => {
    const app = withUsers();
    const basic = `Basic ${Buffer.from(`ayse:${PASSWORD}`).toString('base64')}`;
    expect((await app.request('/export.csv', { headers: { authorization: basic } })).status).toBe(200);
    const bad = `Basic ${Buffer.from('ayse:nope').toString('base64')}`;
    expect((await app.request('/api/summary', { headers: { authorization: bad } })).status).toBe(401);
    const write = await app.request('/logout', { method: 'POST', headers: { authorization: basic } });
    expect(write.status).toBe(401);
  });

  it('ends sessions when the password changes, and after the idle time', async () => {
    let now = Date.parse('2026-03-01T00:00:00Z');
    const app = withUsers({ db, now: () => now });
    const cookie = cookieOf(await signIn(app));
    const changed = createApp({
      db,
      peerAddress: local,
      auth: { users: [{ username: 'ayse', passwordHash: await hashPassword('a brand new passphrase') }] },
    });
    expect((await changed.request('/api/summary', { headers: { cookie } })).status).toBe(401);
    expect((await app.request('/api/summary', { headers: { cookie } })).status).toBe(200);
    now += 13 * 3_600_000;
    expect((await app.request('/api/summary', { headers: { cookie } })).status).toBe(401);
  });

  it('limits sign-in attempts per client address', async () => {
    const app = withUsers({ db, auth: { loginRateLimit: { capacity: 2, refillPerSecond: 0.001 } } });
    expect((await signIn(app, 'guess number one')).status).toBe(401);
    expect((await signIn(app, 'guess number two')).status).toBe(401);
    const limited = await signIn(app);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('Too many sign-in attempts');
  });

  it('never sends the user to another site after signing in', async () => {
    const app = withUsers();
    for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example', '/ok\r\nSet-Cookie: a=b']) {
      const res = await app.request('/login', form({ username: 'ayse', password: PASSWORD, next }));
      expect(res.headers.get('location'), next).toBe('/dashboard');
    }
  });

  it('refuses a sign-in form posted from another site (login CSRF)', async () => {
    const app = withUsers();
    const res = await app.request('/login', {
      ...form({ username: 'ayse', password: PASSWORD }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('the guard for routes to come', () => {
  it('guards a route nobody marked public, with CSRF on its writes, in loopback mode too', async () => {
    const auth = createAuth({}, { db, now: Date.now, peerAddress: local });
    const app = new Hono();
    app.use('*', auth.guard);
    app.get('/inbox', async (c) => c.json({ csrf: await auth.csrfToken(c), user: auth.user(c) }));
    app.post('/inbox/close', (c) => c.json({ closed: true, by: auth.user(c) }));
    const page = await app.request('http://localhost/inbox');
    const { csrf, user } = (await page.json()) as { csrf: string; user: string };
    expect(user).toBe('(local)');
    const cookie = cookieOf(page);
    const headers = { cookie, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };
    expect((await app.request('http://localhost/inbox/close', { method: 'POST', headers })).status).toBe(403);
    const done = await app.request('http://localhost/inbox/close', {
      method: 'POST',
      headers: { ...headers, 'x-csrf-token': csrf },
    });
    expect(await done.json()).toEqual({ closed: true, by: '(local)' });
    // A page elsewhere posting a form to localhost (classic CSRF against a local server).
    const crossSite = await app.request('http://localhost/inbox/close', {
      method: 'POST',
      headers: { ...headers, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'x-csrf-token': csrf },
    });
    expect(crossSite.status).toBe(403);
  });
});

describe('hashPassword', () => {
  it('salts every hash, verifies only the password, and names a malformed hash', async () => {
    const again = await hashPassword(PASSWORD);
    expect(again).not.toBe(hash);
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(await verifyPassword(PASSWORD, again)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, again)).toBe(false);
    await expect(verifyPassword(PASSWORD, 'hunter2')).rejects.toThrow(/pnpm run hash-password/);
    expect(() => createApp({ db, auth: { users: [{ username: 'a', passwordHash: 'plain' }] } })).toThrow(RangeError);
  });
});
