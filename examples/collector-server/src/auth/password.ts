import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

// One of the OWASP Password Storage Cheat Sheet's scrypt settings: 32 MiB (128 × N × r bytes) and p = 3 in place of
// 128 MiB and p = 1, so a few logins at once do not take a small machine's memory. About 0.1–0.3 s per check.
const DEFAULTS = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // Node's default maxmem (32 MiB) is exactly what N = 2^15, r = 8 needs, and its check is exclusive.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Reads `scrypt$N$r$p$salt$key` (base64 parts), throwing a RangeError that says what is wrong. */
export function parsePasswordHash(encoded: string): Parsed {
  const match = FORMAT.exec(encoded.trim());
  if (!match) {
    throw new RangeError(
      'a password hash must look like scrypt$32768$8$1$<salt>$<key> (make one with `pnpm run hash-password`)',
    );
  }
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!(N >= 2 ** 14 && (N & (N - 1)) === 0 && r >= 8 && p >= 1 && p <= 16)) {
    throw new RangeError(
      `password hash cost too low or invalid (N=${N}, r=${r}, p=${p}); N must be a power of 2 ≥ 16384`,
    );
  }
  const salt = Buffer.from(match[4]!, 'base64');
  const key = Buffer.from(match[5]!, 'base64');
  if (salt.length < 16 || key.length !== KEY_BYTES) {
    throw new RangeError('password hash has a salt under 16 bytes or a key that is not 32 bytes');
  }
  return { N, r, p, salt, key };
}

/**
 * Hashes a password with scrypt and a random 16-byte salt, as `scrypt$N$r$p$salt$key`: what
 * `DASHBOARD_PASSWORD_HASH` and `auth.users[].passwordHash` take. The password itself is never stored.
 */
export async function hashPassword(password: string): Promise<string> {
  if (typeof password !== 'string' || password.length === 0) throw new RangeError('password must not be empty');
  const salt = randomBytes(16);
  const key = await derive(password, salt, DEFAULTS);
  return `scrypt$${DEFAULTS.N}$${DEFAULTS.r}$${DEFAULTS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** True when `password` matches; the keys are compared in constant time. */
export async function verifyPassword(password: string, hash: string | Parsed): Promise<boolean> {
  const parsed = typeof hash === 'string' ? parsePasswordHash(hash) : hash;
  const key = await derive(password, parsed.salt, parsed);
  return timingSafeEqual(key, parsed.key);
}
