// Prints the minified + brotli size of the collector as it ships in the widget's on-show bundle: its own code
// (ky and @npskit/core external), with ky bundled, and `browserStorage` alone (the every-page loader imports it).
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

// A virtual entry importing only `browserStorage` from the package root: proves the loader's import tree-shakes ky away.
const LOADER_ENTRY = 'virtual:loader-entry';
const loaderEntry = {
  name: 'loader-entry',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith(LOADER_ENTRY) ? `\0${LOADER_ENTRY}` : null),
  load: (id) =>
    id === `\0${LOADER_ENTRY}`
      ? `import { browserStorage } from './src/index.ts'; globalThis.s = browserStorage();`
      : null,
};

async function measure(label, entry, external) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [loaderEntry],
    resolve: { conditions: ['@npskit/source'] },
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'size' },
      rollupOptions: { external, output: { minify: true } },
    },
  });
  const code = (Array.isArray(result) ? result[0] : result).output[0].code;
  const bytes = Buffer.from(code);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(
    `${label.padEnd(38)} ${String(bytes.length).padStart(6)} B min  ${String(gzipSync(bytes, { level: 9 }).length).padStart(5)} B gzip  ${String(brotli).padStart(5)} B brotli`,
  );
  return brotli;
}

// Budgets in brotli bytes: the collector ships in the widget's on-show bundle (≤ 20 kB brotli in all).
const budgets = [
  ['collector (own code, ky external)', 'src/index.ts', [/^@npskit\//, 'ky'], 4608],
  ['collector + ky', 'src/index.ts', [/^@npskit\//], 9216],
  ['browserStorage from the package root', LOADER_ENTRY, [/^@npskit\//], 300],
];
let over = false;
for (const [label, entry, external, budget] of budgets) {
  const brotli = await measure(label, entry, external);
  if (brotli > budget) {
    console.error(`  over budget: ${brotli} B > ${budget} B brotli`);
    over = true;
  }
}
process.exitCode = over ? 1 : 0;
