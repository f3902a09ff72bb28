/**
 * Prints what the libraries of the chosen stack cost the script tag's show path before a line of npskit's own
 * code: Preact (render, h, Component), preact/hooks, @preact/signals-core (signal, effect) and ky, each bundled and
 * minified alone as the CDN build does, brotli at quality 11 (and ky 2, which we do not use, beside ky 1.14). They are the floor under the 20 kB budget for
 * showing a survey (issue 5); `size-limit` prints what npskit's chunks cost.
 *
 *   pnpm --filter @npskit/widget run size:floor
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ky is the collector's dependency, resolved from there as the CDN build does.
const fromCollector = createRequire(resolve(PACKAGE, '../collector/package.json'));
const fromWidget = createRequire(resolve(PACKAGE, 'package.json'));

/** The version in the package.json above a resolved entry file. */
function versionOf(entry: string): string {
  let dir = dirname(entry);
  // Up from the entry file to the first package.json with a version (ky's distribution/ has a type-only one).
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version) break;
  }
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

const LIBRARIES: { name: string; code: string; onShowPath: boolean }[] = [
  {
    name: 'preact',
    code: `export { render, h, Component } from ${JSON.stringify(fromWidget.resolve('preact'))};`,
    onShowPath: true,
  },
  {
    name: '@preact/signals-core',
    code: `export { signal, effect } from ${JSON.stringify(fromWidget.resolve('@preact/signals-core'))};`,
    onShowPath: true,
  },
  {
    name: `ky ${versionOf(fromCollector.resolve('ky'))}`,
    code: `export { default } from ${JSON.stringify(fromCollector.resolve('ky'))};`,
    onShowPath: true,
  },
  {
    // Issue 5 asks for ky 1.14 to be measured against ky 2 (which also needs Node 22 for the collector's tests).
    name: `ky ${versionOf(fromWidget.resolve('ky-2'))}, for comparison (not used)`,
    code: `export { default } from ${JSON.stringify(fromWidget.resolve('ky-2'))};`,
    onShowPath: false,
  },
  {
    name: 'preact/hooks (later steps only)',
    code: `export * from ${JSON.stringify(fromWidget.resolve('preact/hooks'))};`,
    onShowPath: false,
  },
];

const brotli = (code: Buffer) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'npskit-floor-'));
  try {
    let floor = 0;
    for (const [i, library] of LIBRARIES.entries()) {
      const entry = join(dir, `entry-${i}.js`);
      writeFileSync(entry, library.code);
      await build({
        root: dir,
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: join(dir, `out-${i}`),
          emptyOutDir: true,
          target: ['chrome100', 'firefox100', 'safari16'],
          minify: 'oxc',
          rolldownOptions: {
            input: entry,
            preserveEntrySignatures: 'strict',
            external: library.name.startsWith('preact/hooks') ? [/^preact$/, /preact[\\/]dist/] : [],
            output: { format: 'es', entryFileNames: 'out.js' },
          },
        },
      });
      const size = brotli(readFileSync(join(dir, `out-${i}`, 'out.js')));
      if (library.onShowPath) floor += size;
      console.log(`${library.name}: ${size.toLocaleString('en')} B brotli`);
    }
    console.log(
      `stack libraries on the show path: ${floor.toLocaleString('en')} B brotli of the 20,000 B budget (${Math.round((floor / 200) * 10) / 10} %)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
