import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServers, WIDGET_CDN_DIR, widgetBuilt } from './server.js';

// Configuration comes from the environment, as on any host: see docs/self-hosting.md.
const env = process.env;
const dataDir = env.DATA_DIR ?? resolve(fileURLToPath(new URL('../.data', import.meta.url)));
const origins = env.ALLOWED_ORIGINS?.split(',')
  .map((o) => o.trim())
  .filter(Boolean);
const password = env.DASHBOARD_PASSWORD;

const running = await startServers({
  port: Number(env.PORT ?? 8787),
  demoPort: Number(env.DEMO_PORT ?? 8788),
  host: env.HOST ?? 'localhost',
  dataDir,
  databaseUrl: env.DATABASE_URL,
  seedIfEmpty: process.argv.includes('--seed-if-empty'),
  allowedOrigins: origins?.length ? origins : '*',
  trustProxy: env.TRUST_PROXY === '1',
  dashboardAuth: password ? { username: env.DASHBOARD_USER ?? 'admin', password } : undefined,
});

const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`;
console.log(`npskit example collector — data: ${where}${running.seeded ? `, seeded ${running.seeded} displays` : ''}`);
console.log(`  Demo site:  ${running.demoOrigin}/`);
console.log(`  Dashboard:  ${running.collectorOrigin}/dashboard`);
console.log(`  Collector:  POST ${running.collectorOrigin}/collect`);
if (!widgetBuilt()) {
  console.warn(
    `  The embed is not built (${WIDGET_CDN_DIR}/npskit.js missing): run \`pnpm run build\` at the repository root.`,
  );
}
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
