/**
 * Prints what the ESM build costs an app: the entry and each lazy locale chunk, minified, gzip and brotli,
 * with Preact and @preact/signals-core left out (an app has them anyway; the script tag build counts them).
 *
 *   pnpm --filter @npskit/widget run size:esm
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sizes(code: Buffer) {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;

export async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'npskit-size-'));
  try {
    // Not library mode: Vite keeps whitespace in library ES output, and apps ship minified code.
    await build({
      root: PACKAGE,
      configFile: false,
      logLevel: 'warn',
      resolve: { conditions: ['@npskit/source'] },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2020',
        minify: true,
        modulePreload: false,
        rollupOptions: {
          input: { index: resolve(PACKAGE, 'src/index.ts') },
          preserveEntrySignatures: 'strict',
          external: [/^preact/, /^@preact\//],
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
        },
      },
    });
    const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
    const entry = sizes(readFileSync(join(outDir, 'index.js')));
    console.log(
      `ESM entry (createSurvey, @npskit/core parts bundled, preact external; every locale is a lazy chunk): ${kb(entry.min)} min, ${kb(entry.gzip)} gzip, ${kb(entry.brotli)} brotli`,
    );
    const lazy = files.filter((f) => f !== 'index.js').map((f) => ({ f, ...sizes(readFileSync(join(outDir, f))) }));
    // The follow-up/thank-you steps are a lazy chunk too, but not a locale: report them apart.
    const steps = lazy.filter((l) => l.f.startsWith('later-steps'));
    const locales = lazy.filter((l) => !steps.includes(l));
    const largest = locales.reduce((a, b) => (b.brotli > a.brotli ? b : a), locales[0]!);
    console.log(
      `${locales.length} lazy locale chunks, brotli ${kb(Math.min(...locales.map((l) => l.brotli)))}–${kb(largest.brotli)} (largest ${largest.f})`,
    );
    for (const s of steps) console.log(`lazy steps chunk ${s.f}: ${kb(s.min)} min, ${kb(s.brotli)} brotli`);
    console.log(`entry + largest locale: ${kb(entry.brotli + largest.brotli)} brotli`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
