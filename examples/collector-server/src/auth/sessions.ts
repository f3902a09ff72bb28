import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db.js';

/** A signed-in user, as a request sees it. */
export interface Session {
  username: string;
  /** Digest of the password hash the user signed in with (see sql/002_sessions.sql). */
  credential: string;
  /** For the CSRF token, which is derived from it. */
  token: string;
}

/** How long sessions live. */
export interface SessionLifetimes {
  /** Ends a session this long after sign-in, however active. @default 7 days */
  maxAgeMs: number;
  /** Ends a session unused for this long. @default 12 hours */
  idleMs: number;
}

// Writing last_seen_at on every request would turn each dashboard read into a write; a few minutes is precise enough.
const TOUCH_AFTER_MS = 5 * 60_000;

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Sessions stored in the database (table `sessions`), shared by every process on it. */
export class SessionStore {
  constructor(
    private readonly db: Database,
    private readonly lifetimes: SessionLifetimes,
    private readonly now: () => number,
  ) {}

  /** Starts a session and returns its token (256 random bits), which only the cookie holds. */
  async create(username: string, credential: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    // Signing in is rare: a good moment to forget sessions that have ended.
    await this.db.query('DELETE FROM sessions WHERE expires_at < $1', [new Date(now)]);
    await this.db.query(
      `INSERT INTO sessions (token_hash, username, credential, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $4, $5)`,
      [digest(token), username, credential, new Date(now), new Date(this.expiry(now, now))],
    );
    return token;
  }

  /** The live session of a token, or null; extends its idle expiry. */
  async find(token: string | undefined): Promise<Session | null> {
    if (!token || token.length > 100) return null;
    const hash = digest(token);
    const [row] = await this.db.query<{ username: string; credential: string; created_at: Date; last_seen_at: Date }>(
      'SELECT username, credential, created_at, last_seen_at FROM sessions WHERE token_hash = $1 AND expires_at > $2',
      [hash, new Date(this.now())],
    );
    if (!row) return null;
    const now = this.now();
    if (now - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.db.query('UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1', [
        hash,
        new Date(now),
        new Date(this.expiry(row.created_at.getTime(), now)),
      ]);
    }
    return { username: row.username, credential: row.credential, token };
  }

  /** Ends one session (logout). */
  async delete(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [digest(token)]);
  }

  private expiry(createdAt: number, now: number): number {
    return Math.min(createdAt + this.lifetimes.maxAgeMs, now + this.lifetimes.idleMs);
  }
}

/** The CSRF token of a session: an HMAC of a fixed label keyed by the session token, so nothing extra is stored. */
export function csrfTokenOf(session: Session): string {
  return createHmac('sha256', session.token).update('npskit csrf v1').digest('base64url');
}

/** A short digest of a password hash, stored with sessions so that a new password ends the old sessions. */
export function credentialOf(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 22);
}
