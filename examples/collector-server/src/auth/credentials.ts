import { parsePasswordHash, verifyPassword } from './password.js';
import { PasswordChecks } from './request-checks.js';
import { credentialOf } from './sessions.js';

/** A user who may sign in to the dashboard and the read API. */
export interface DashboardUser {
  username: string;
  /** From `hashPassword()` or `pnpm run hash-password`: `scrypt$N$r$p$salt$key`. */
  passwordHash: string;
}

/** The configured users, checked at a constant cost per attempt. */
export class Credentials {
  private readonly users = new Map<string, { hash: ReturnType<typeof parsePasswordHash>; credential: string }>();
  private readonly checks = new PasswordChecks();

  constructor(users: readonly DashboardUser[]) {
    for (const user of users) {
      if (!user.username || this.users.has(user.username))
        throw new RangeError('auth.users: empty or repeated user name');
      this.users.set(user.username, {
        hash: parsePasswordHash(user.passwordHash),
        credential: credentialOf(user.passwordHash),
      });
    }
  }

  get size(): number {
    return this.users.size;
  }

  /** The credential digest a session of `username` must carry to be valid, or undefined for an unknown name. */
  credentialOf(username: string): string | undefined {
    return this.users.get(username)?.credential;
  }

  /** The user's credential digest when the password is right, else null. */
  async check(username: string, password: string): Promise<string | null> {
    const user = this.users.get(username);
    // An unknown name costs the same scrypt as a known one, so timing does not tell which names exist.
    const ok = await this.checks.run(() => verifyPassword(password, user?.hash ?? this.checks.decoy()));
    return ok && user ? user.credential : null;
  }

  /** Parses an `Authorization: Basic` header into name and password, or null when it is not one. */
  static basic(header: string | undefined): { username: string; password: string } | null {
    if (!header?.startsWith('Basic ')) return null;
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }

  /** The user of a Basic header verified in the last minutes (see PasswordChecks). */
  cached(header: string): string | null {
    return this.checks.cached(header);
  }

  remember(header: string, username: string): void {
    this.checks.remember(header, username);
  }

  sameToken(sent: string, expected: string): boolean {
    return this.checks.sameToken(sent, expected);
  }
}
