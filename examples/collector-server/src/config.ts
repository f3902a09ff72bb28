import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword } from './auth/password.js';
import type { ServerOptions } from './server.js';

/** A setting in the environment that cannot work; main.ts prints the message and exits. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const MIN_PASSWORD = 12;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got ${raw}`);
  return n;
}

/** Reads the server's settings from environment variables (docs/self-hosting.md lists them). */
export async function readConfig(env: NodeJS.ProcessEnv): Promise<ServerOptions> {
  if (env['TRUST_PROXY'] !== undefined) {
    throw new ConfigError(
      'TRUST_PROXY was replaced by TRUSTED_PROXY_HOPS: the number of proxies of yours in front of the server (1 for one load balancer). The client address is the entry the outermost of them appended to X-Forwarded-For.',
    );
  }
  const password = env['DASHBOARD_PASSWORD'];
  const givenHash = env['DASHBOARD_PASSWORD_HASH'];
  if (password && givenHash) throw new ConfigError('Set DASHBOARD_PASSWORD or DASHBOARD_PASSWORD_HASH, not both');
  if (password !== undefined && password.length < MIN_PASSWORD) {
    throw new ConfigError(`DASHBOARD_PASSWORD must have at least ${MIN_PASSWORD} characters, got ${password.length}`);
  }
  const passwordHash = givenHash || (password ? await hashPassword(password) : undefined);
  const origins = env['ALLOWED_ORIGINS']
    ?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const secure = env['COOKIE_SECURE'];
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    demoPort: integer(env, 'DEMO_PORT', 8788, 0, 65535),
    host: env['HOST'] || 'localhost',
    dataDir: env['DATA_DIR'] || resolve(fileURLToPath(new URL('../.data', import.meta.url))),
    databaseUrl: env['DATABASE_URL'] || undefined,
    allowedOrigins: origins?.length ? origins : '*',
    trustedProxyHops: integer(env, 'TRUSTED_PROXY_HOPS', 0, 0, 10),
    auth: {
      users: passwordHash ? [{ username: env['DASHBOARD_USER'] || 'admin', passwordHash }] : [],
      publicOrigin: env['PUBLIC_ORIGIN'] || undefined,
      secureCookies: secure === undefined || secure === '' ? undefined : secure === '1',
    },
  };
}
