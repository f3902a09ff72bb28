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

export default defineConfig({
  ...shared,
  // Chunk URLs are relative to the importing chunk, so the CDN folder can live under any path or version.
  base: './',
  plugins: [buildLoaderAfterwards()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2020',
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
          const locale = /[\\/]i18n[\\/]([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `npskit-locale-${locale[1]}-[hash].js` : 'npskit-shared-[hash].js';
        },
      },
    },
  },
});
