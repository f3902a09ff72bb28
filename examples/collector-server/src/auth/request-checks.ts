import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { parsePasswordHash } from './password.js';

/**
 * Why a state-changing request must be refused as cross-site, or null. Browsers send `Sec-Fetch-Site` and `Origin`
 * on every POST; neither can be set by a page's script. Clients without them (curl) still need the CSRF token.
 */
export function checkRequestOrigin(c: Context, publicOrigin: string | undefined): string | null {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin')
    return `Refused a ${site} request: changes must come from this site.`;
  const origin = c.req.header('origin');
  if (origin === undefined) return null;
  let same: boolean;
  try {
    same = publicOrigin ? origin === publicOrigin : new URL(origin).host === new URL(c.req.url).host;
  } catch {
    same = false;
  }
  return same
    ? null
    : `Refused a request from origin ${origin}: changes must come from this site (set PUBLIC_ORIGIN when a proxy rewrites Host).`;
}

/** Where to go after signing in: a path on this site, never another site (`//evil.example`, `/\evil.example`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: a header-splitting line break is exactly what to catch.
const UNSAFE = /[\u0000-\u001f\\]/;

export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])/.test(value) || UNSAFE.test(value)) return '/dashboard';
  const url = new URL(value, 'http://npskit.invalid');
  return url.origin === 'http://npskit.invalid' ? url.pathname + url.search : '/dashboard';
}

/** True for a browser asking for a page (answer with a page or a redirect, not JSON). */
export function wantsPage(c: Context): boolean {
  return c.req.header('sec-fetch-mode') === 'navigate' || (c.req.header('accept') ?? '').includes('text/html');
}

const BASIC_TTL_MS = 5 * 60_000;
const BASIC_CACHE = 100;

/**
 * The costly part of authentication, made safe to expose: one scrypt at a time (32 MiB each), a decoy hash for
 * unknown names, constant-time token comparison, and a short memory of verified Basic headers so an API client
 * does not pay scrypt on every request.
 */
export class PasswordChecks {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly key = randomBytes(32);
  private readonly verified = new Map<string, { username: string; until: number }>();
  private readonly decoyHash = parsePasswordHash(
    `scrypt$32768$8$3$${randomBytes(16).toString('base64')}$${randomBytes(32).toString('base64')}`,
  );

  run<T>(check: () => Promise<T>): Promise<T> {
    const result = this.queue.then(check);
    this.queue = result.catch(() => undefined);
    return result;
  }

  decoy() {
    return this.decoyHash;
  }

  sameToken(sent: string, expected: string): boolean {
    const a = Buffer.from(sent);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  // Keyed by an HMAC of the header under a per-process key: the map never holds a password, and lookups by it
  // reveal nothing about the real credentials.
  private slot(header: string): string {
    return createHmac('sha256', this.key).update(header).digest('base64url');
  }

  cached(header: string): string | null {
    const hit = this.verified.get(this.slot(header));
    return hit && hit.until > Date.now() ? hit.username : null;
  }

  remember(header: string, username: string): void {
    if (this.verified.size >= BASIC_CACHE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(this.slot(header), { username, until: Date.now() + BASIC_TTL_MS });
  }
}
