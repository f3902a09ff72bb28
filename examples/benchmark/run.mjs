// Runs a TypeScript entry point of this example through Vite's module runner, with workspace
// packages resolved to their source (the `@npskit/source` condition), so `bench` needs neither
// a build of core nor a TypeScript loader dependency.
import { createServer, createServerModuleRunner } from 'vite';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node run.mjs <entry.ts> [args…]');
  process.exit(2);
}
const server = await createServer({
  configFile: false,
  root: import.meta.dirname,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  resolve: { conditions: ['@npskit/source'] },
  ssr: {
    noExternal: [/^@npskit\//],
    resolve: { conditions: ['@npskit/source'], externalConditions: ['@npskit/source'] },
  },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  await runner.import(entry);
} finally {
  await runner.close();
  await server.close();
}
