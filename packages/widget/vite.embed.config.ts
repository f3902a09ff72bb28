import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

/**
 * The CDN build, into dist/cdn/ (dist/index.js of the ESM build stays untouched):
 * - npskit-ui.js + npskit-collector.js + shared and per-locale chunks: ES modules fetched only when needed;
 * - npskit.js: the every-page loader, a classic script (IIFE), built second by the plugin below because an
 *   IIFE cannot share chunks with ES modules.
 * Source maps are written beside the files without a sourceMappingURL comment ('hidden'): served files stay
 * small, and the maps can be uploaded to an error tracker.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = 'dist/cdn';
const shared = {
  root,
  configFile: false as const,
  logLevel: 'warn' as const,
  resolve: { conditions: ['@npskit/source'] },
};

const loaderBuild: InlineConfig = {
  ...shared,
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2020',
    minify: 'oxc',
    sourcemap: 'hidden',
    lib: { entry: 'src/embed/loader.ts', formats: ['iife'], name: 'npskitLoader', fileName: () => 'npskit.js' },
  },
};

function buildLoaderAfterwards(): Plugin {
  return {
    name: 'npskit:build-loader',
    apply: 'build',
    async closeBundle() {
      await build(loaderBuild);
    },
  };
}

/**
 * Vite wraps every dynamic import (here: the locale chunks) in its module-preload helper even with
 * `modulePreload: false`, where it has nothing to preload; that helper cost 0.5 kB brotli on the survey's path.
 * The chunks' only dynamic imports are JS, so a plain call does the same.
 */
function noPreloadHelper(): Plugin {
  return {
    name: 'npskit:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
    },
  };
}

export default defineConfig({
  ...shared,
  // Chunk URLs are relative to the importing chunk, so the CDN folder can live under any path or version.
  base: './',
  plugins: [noPreloadHelper(), buildLoaderAfterwards()],
  build: {
    outDir,
    emptyOutDir: true,
    // Browsers with native class fields (Safari 15 needs them down-levelled for a scoping bug): ky's and the
    // collector's classes ship as written instead of with Babel-style helpers (0.5 kB brotli less).
    target: ['chrome100', 'firefox100', 'safari16'],
    minify: 'oxc',
    sourcemap: 'hidden',
    modulePreload: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: { ui: 'src/embed/ui.ts', rules: 'src/embed/rules.ts', collector: 'src/embed/delivery.ts' },
      // The loader calls these chunks' exports (mount, start, connect…); an app build would drop them.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: 'npskit-[name].js',
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          const locale = /[\\/]i18n[\\/]([\w-]+)\.ts$/.exec(id);
          if (locale) return `npskit-locale-${locale[1]}-[hash].js`;
          // The follow-up and thank-you steps, fetched once the score step is on screen.
          return /[\\/]later-steps\.ts$/.test(id) ? 'npskit-steps-[hash].js' : 'npskit-shared-[hash].js';
        },
      },
    },
  },
});
