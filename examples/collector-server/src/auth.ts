import type { Context, Hono, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { Credentials, type DashboardUser } from './auth/credentials.js';
import { closedPage, loginPage } from './auth/login-page.js';
import { checkRequestOrigin, safeNext, wantsPage } from './auth/request-checks.js';
import { csrfTokenOf, type Session, type SessionLifetimes, SessionStore } from './auth/sessions.js';
import {
  type AddressOptions,
  cameThroughProxy,
  clientAddress,
  isLoopbackAddress,
  isLoopbackHost,
} from './client-address.js';
import { CSP } from './dashboard/routes.js';
import type { Database } from './db.js';
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limit.js';

export type { DashboardUser };

/** Who may see personal data (comments, e-mail addresses) and change things. */
export interface AuthOptions {
  /** Users who may sign in. None: the read routes are closed, or open to this machine only (`openOnLoopback`). @default [] */
  users?: readonly DashboardUser[];
  /**
   * Without users, serve the read routes to requests from a loopback peer (needs `peerAddress`) that name a loopback
   * `Host` (DNS rebinding names another) and carry no proxy headers. Servers bound elsewhere pass false.
   * @default true
   */
  openOnLoopback?: boolean;
  /** Accept HTTP Basic credentials on GET routes (API clients, curl); never on writes, which need a session. @default true */
  basic?: boolean;
  /** The origin people use (`https://nps.example.com`), when a proxy rewrites `Host`; writes must come from it. @default the request's Host */
  publicOrigin?: string;
  /** Mark the session cookie `Secure`. @default true when the request arrived over https */
  secureCookies?: boolean;
  /** Session lifetimes. @default { maxAgeMs: 7 days, idleMs: 12 hours } */
  sessions?: Partial<SessionLifetimes>;
  /** Sign-in attempts per client address. @default { capacity: 10, refillPerSecond: 1 / 90 } */
  loginRateLimit?: RateLimitOptions;
}

/** What the guard needs from the app. */
export interface AuthContext extends AddressOptions {
  db: Database;
  now: () => number;
  /** Where login buckets live (memory, or shared through the database). */
  rateLimit?: (options: RateLimitOptions) => RateLimiter;
}

/** The access rules every capability hangs its routes on. */
export interface Auth {
  /** `credentials` (users set), `loopback` (no users, this machine only) or `closed` (no users, read routes refused). */
  readonly mode: 'credentials' | 'loopback' | 'closed';
  /** Opens paths to anyone (`/collect`, `/s/*`); everything else is guarded. */
  allowPublic(...paths: string[]): void;
  /** For `app.use('*')`: GET and HEAD need a reader; any other method a session, its CSRF token and a same-origin request. */
  guard: MiddlewareHandler;
  /** The CSRF token to put in a form (`_csrf`) or an `X-CSRF-Token` header; starts a local session in loopback mode. */
  csrfToken(c: Context): Promise<string>;
  /** Who is asking, once the guard let the request in: a user name, `(local)` in loopback mode, or null. */
  user(c: Context): string | null;
  /** Mounts GET/POST /login and POST /logout. */
  mount(app: Hono): void;
}

const COOKIE = 'npskit_session';
const LOCAL = '(local)';
const SETUP =
  'Set DASHBOARD_PASSWORD (12 characters or more) or DASHBOARD_PASSWORD_HASH (from `pnpm run hash-password`) and restart; see docs/self-hosting.md#security-defaults.';
const DAY = 86_400_000;

/** Builds the access rules; throws when a user or an option is malformed. */
export function createAuth(options: AuthOptions, context: AuthContext): Auth {
  const users = new Credentials(options.users ?? []);
  const mode: Auth['mode'] = users.size ? 'credentials' : (options.openOnLoopback ?? true) ? 'loopback' : 'closed';
  const store = new SessionStore(
    context.db,
    { maxAgeMs: options.sessions?.maxAgeMs ?? 7 * DAY, idleMs: options.sessions?.idleMs ?? DAY / 2 },
    context.now,
  );
  const logins = (context.rateLimit ?? createRateLimiter)({
    capacity: 10,
    refillPerSecond: 1 / 90,
    now: context.now,
    ...options.loginRateLimit,
  });
  const basic = options.basic ?? true;
  const exact = new Set<string>(['/login']);
  const prefixes: string[] = [];
  const sessions = new WeakMap<Request, Session>();
  const who = new WeakMap<Request, string>();

  const isPublic = (path: string) => exact.has(path) || prefixes.some((prefix) => path.startsWith(prefix));
  const address = (c: Context) => clientAddress(c, context);
  const local = (c: Context) =>
    isLoopbackAddress(context.peerAddress?.(c)) && isLoopbackHost(new URL(c.req.url).hostname) && !cameThroughProxy(c);
  const secure = (c: Context) => options.secureCookies ?? new URL(c.req.url).protocol === 'https:';

  async function sessionOf(c: Context): Promise<Session | null> {
    const session = await store.find(getCookie(c, COOKIE));
    if (!session) return null;
    const valid =
      mode === 'credentials' ? users.credentialOf(session.username) === session.credential : session.username === LOCAL;
    return valid ? session : null;
  }

  async function basicUser(c: Context): Promise<string | null | 'limited'> {
    const header = c.req.header('authorization');
    const given = basic ? Credentials.basic(header) : null;
    if (!given || !header) return null;
    const cached = users.cached(header);
    if (cached) return cached;
    if (!(await logins.take(`login:${address(c) ?? given.username}`)).allowed) return 'limited';
    if (!(await users.check(given.username, given.password))) return null;
    users.remember(header, given.username);
    return given.username;
  }

  function refuse(c: Context, status: 401 | 403 | 429, message: string) {
    if (status === 401 && basic) c.header('WWW-Authenticate', 'Basic realm="npskit", charset="UTF-8"');
    return wantsPage(c) ? c.html(closedPage(message), status) : c.json({ error: message }, status);
  }

  async function reader(c: Context): Promise<string | Response> {
    if (mode === 'closed')
      return refuse(c, 403, `This server has no dashboard credentials, so personal data stays closed. ${SETUP}`);
    if (mode === 'loopback') {
      if (local(c)) return LOCAL;
      return refuse(
        c,
        403,
        `Without credentials the dashboard answers only on http://localhost of this machine. ${SETUP}`,
      );
    }
    const session = await sessionOf(c);
    if (session) {
      sessions.set(c.req.raw, session);
      return session.username;
    }
    const user = await basicUser(c);
    if (user === 'limited') return refuse(c, 429, 'Too many sign-in attempts; wait a few minutes.');
    if (user) return user;
    if (wantsPage(c)) {
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    return refuse(c, 401, 'Sign in first: a session cookie from POST /login, or HTTP Basic credentials.');
  }

  async function writer(c: Context): Promise<string | Response> {
    const origin = checkRequestOrigin(c, options.publicOrigin);
    if (origin) return refuse(c, 403, origin);
    if (mode === 'closed' || (mode === 'loopback' && !local(c))) return reader(c);
    const session = await sessionOf(c);
    if (!session) return refuse(c, 401, 'Sign in first: changes need a session (HTTP Basic is for reading only).');
    const type = c.req.header('content-type') ?? '';
    const form = /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type) ? await c.req.parseBody() : {};
    const sent = c.req.header('x-csrf-token') ?? form['_csrf'];
    if (typeof sent !== 'string' || !users.sameToken(sent, csrfTokenOf(session))) {
      return refuse(c, 403, 'Missing or wrong CSRF token: reload the page and try again.');
    }
    sessions.set(c.req.raw, session);
    return session.username;
  }

  const guard: MiddlewareHandler = async (c, next) => {
    if (isPublic(c.req.path)) return next();
    const method = c.req.method;
    const outcome = method === 'GET' || method === 'HEAD' ? await reader(c) : await writer(c);
    if (typeof outcome === 'string') {
      who.set(c.req.raw, outcome);
      await next();
    } else {
      c.res = outcome;
    }
    noStore(c);
  };

  // Personal data (or the door to it): never kept by a browser or a proxy cache, never sniffed into another type,
  // its URLs (filters, ids) never sent to other sites. Not `no-referrer`: under it, browsers send `Origin: null`
  // on our own forms, and the same-origin check of writes could no longer tell them from a foreign page.
  function noStore(c: Context): void {
    c.res.headers.set('Cache-Control', 'no-store');
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'same-origin');
  }

  async function startSession(c: Context, username: string, credential: string): Promise<void> {
    const token = await store.create(username, credential);
    setCookie(c, COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: secure(c),
      maxAge: Math.floor((options.sessions?.maxAgeMs ?? 7 * DAY) / 1000),
    });
    sessions.set(c.req.raw, { username, credential, token });
  }

  return {
    mode,
    allowPublic(...paths) {
      for (const path of paths) {
        if (path.endsWith('/*')) prefixes.push(path.slice(0, -1));
        else exact.add(path);
      }
    },
    guard,
    async csrfToken(c) {
      let session = sessions.get(c.req.raw) ?? (await sessionOf(c));
      if (!session && mode === 'loopback' && local(c)) {
        await startSession(c, LOCAL, 'loopback');
        session = sessions.get(c.req.raw)!;
      }
      if (!session) throw new Error('csrfToken needs a signed-in request: call it from a guarded route');
      return csrfTokenOf(session);
    },
    user: (c) => who.get(c.req.raw) ?? null,
    mount(app) {
      app.use('/login', async (c, next) => {
        await next();
        noStore(c);
        c.res.headers.set('Content-Security-Policy', CSP);
      });
      app.get('/login', async (c) => {
        const next = safeNext(c.req.query('next'));
        if (mode === 'closed') return c.html(closedPage(`This server has no dashboard credentials. ${SETUP}`), 403);
        if (mode === 'loopback' || (await sessionOf(c))) return c.redirect(next, 303);
        return c.html(loginPage(next));
      });
      app.post('/login', async (c) => {
        const origin = checkRequestOrigin(c, options.publicOrigin);
        if (origin) return c.html(closedPage(origin), 403);
        if (mode !== 'credentials') return c.redirect('/login', 303);
        const form = await c.req.parseBody();
        const next = safeNext(form['next']);
        const username = typeof form['username'] === 'string' ? form['username'] : '';
        const password = typeof form['password'] === 'string' ? form['password'] : '';
        const limit = await logins.take(`login:${address(c) ?? username}`);
        if (!limit.allowed) {
          c.header('Retry-After', String(limit.retryAfterSeconds));
          return c.html(
            loginPage(next, `Too many sign-in attempts; try again in ${Math.ceil(limit.retryAfterSeconds / 60)} min.`),
            429,
          );
        }
        const credential = await users.check(username, password);
        if (!credential) return c.html(loginPage(next, 'Wrong user name or password.'), 401);
        await startSession(c, username, credential);
        return c.redirect(next, 303);
      });
      app.post('/logout', async (c) => {
        const session = sessions.get(c.req.raw);
        if (session) await store.delete(session.token);
        deleteCookie(c, COOKIE, { path: '/', secure: secure(c) });
        return c.redirect(mode === 'credentials' ? '/login' : '/dashboard', 303);
      });
    },
  };
}
