import { ConfigError, readConfig } from './config.js';
import { startServers, WIDGET_CDN_DIR, widgetBuilt } from './server.js';

// Configuration comes from the environment, as on any host: see docs/self-hosting.md.
let running: Awaited<ReturnType<typeof startServers>>;
let options: Awaited<ReturnType<typeof readConfig>>;
try {
  options = await readConfig(process.env);
  running = await startServers({ ...options, seedIfEmpty: process.argv.includes('--seed-if-empty') });
} catch (error) {
  // A configuration mistake or a data folder in use: one clear line, not a stack trace.
  const known = error instanceof ConfigError || (error as { code?: string }).code === 'NPSKIT_LOCKED';
  console.error(`npskit collector: ${known ? (error as Error).message : (error as Error).stack}`);
  process.exit(1);
}

const where = options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${options.dataDir}`;
console.log(`npskit example collector — data: ${where}${running.seeded ? `, seeded ${running.seeded} displays` : ''}`);
console.log(`  Demo site:  ${running.demoOrigin}/`);
console.log(`  Dashboard:  ${running.collectorOrigin}/dashboard`);
console.log(`  Collector:  POST ${running.collectorOrigin}/collect`);
if (running.access === 'closed') {
  console.warn(
    `  The dashboard, /api/* and /export.csv are closed: HOST=${options.host} is reachable from other machines and no credentials are set.
  Set DASHBOARD_PASSWORD (12+ characters) or DASHBOARD_PASSWORD_HASH (pnpm run hash-password) to open them.`,
  );
} else if (running.access === 'loopback') {
  console.log('  No credentials set: the dashboard answers on this machine only (http://localhost).');
}
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
