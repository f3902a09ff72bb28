// Runs a TypeScript script through Vite's module runner: Node 20 cannot strip types itself, and this
// way scripts resolve workspace packages to source exactly like the tests do.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <script.ts>');
  process.exit(2);
}
const { module } = await runnerImport(resolve(file));
if (typeof module.main === 'function') await module.main();
