import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/auth/password.js';
import { readConfig } from '../src/config.js';
import { startServers } from '../src/server.js';

describe('readConfig', () => {
  it('hashes DASHBOARD_PASSWORD at start and keeps only the hash', async () => {
    const options = await readConfig({ DASHBOARD_PASSWORD: 'a long enough secret', DASHBOARD_USER: 'ops' });
    const [user] = options.auth!.users!;
    expect(user!.username).toBe('ops');
    expect(JSON.stringify(options)).not.toContain('a long enough secret');
    expect(await verifyPassword('a long enough secret', user!.passwordHash)).toBe(true);
  });

  it('says what replaced TRUST_PROXY, and refuses a short password or a bad hop count', async () => {
    await expect(readConfig({ TRUST_PROXY: '1' })).rejects.toThrow(/TRUSTED_PROXY_HOPS/);
    await expect(readConfig({ DASHBOARD_PASSWORD: 'admin' })).rejects.toThrow(/at least 12 characters/);
    await expect(readConfig({ TRUSTED_PROXY_HOPS: 'yes' })).rejects.toThrow(
      'TRUSTED_PROXY_HOPS must be an integer from 0 to 10, got yes',
    );
  });
});

describe('startServers', () => {
  it('keeps the read routes closed when bound to every interface without credentials', async () => {
    const servers = await startServers({ host: '0.0.0.0', port: 0, demoPort: 0 });
    try {
      expect(servers.access).toBe('closed');
      const port = new URL(servers.collectorOrigin).port;
      // Even from this machine: a server bound to 0.0.0.0 is reachable from others, which must not see e-mails.
      const res = await fetch(`http://127.0.0.1:${port}/api/responses`);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: string }).error).toContain('DASHBOARD_PASSWORD');
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
    } finally {
      await servers.close();
    }
  });

  it('says what replaced a renamed option', async () => {
    await expect(startServers({ trustProxy: true } as never)).rejects.toThrow(/trustedProxyHops/);
  });
});
