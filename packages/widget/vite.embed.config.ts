import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
import { BUILT_IN_LOCALES } from './src/i18n/built-in-locales.ts';

/**
 * The CDN build, into dist/cdn/ (dist/index.js of the ESM build stays untouched):
 * - npskit-ui.js + npskit-collector.js + npskit-locale-<code>.js + shared chunks: ES modules fetched only when needed
 *   (each locale is an entry with a predictable name, so the UI builds its URL from the code: locale-modules.cdn.ts);
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

/**
 * The widget's CSS lives in readable template literals in src/styles/ (controls, layout, theme); the CDN build strips comments and
 * layout whitespace from them (a few hundred bytes on the survey's path). Only whitespace that CSS ignores goes:
 * runs collapse to one space, and spaces next to `{ } ; ,` and after `:` are dropped (never before `:`, which
 * would turn `.a :hover` into `.a:hover`, and never at a `${…}` edge, where it could glue two values).
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyStyles(): Plugin {
  return {
    name: 'npskit:minify-styles',
    enforce: 'post',
    apply: 'build',
    transform(code, id) {
      // The modules that hold nothing but CSS (adopt.ts is code, and its strings are not CSS); a new style
      // module is added here.
      if (!/[\\/]src[\\/]styles[\\/](controls|layout|theme)\.ts$/.test(id)) return;
      // Only the static parts of template literals (found by the parser) change; code and comments stay.
      const parts: { start: number; end: number }[] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as { type?: string; start: number; end: number };
        if (n.type === 'TemplateElement') parts.push(n);
        // Arrays and AST nodes alike: every child that is an object.
        for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
      };
      walk(this.parse(code));
      let out = code;
      for (const { start, end } of parts.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, start) + minifyCss(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

// One entry per built-in locale: `locale-zh-hant` → npskit-locale-zh-hant.js.
const localeEntries = Object.fromEntries(
  BUILT_IN_LOCALES.map((code) => [`locale-${code.toLowerCase()}`, `src/i18n/${code.toLowerCase()}.ts`]),
);

export default defineConfig({
  ...shared,
  resolve: {
    ...shared.resolve,
    alias: [
      {
        find: /^\.\/locale-modules$/,
        replacement: fileURLToPath(new URL('src/i18n/locale-modules.cdn.ts', import.meta.url)),
      },
    ],
  },
  // Chunk URLs are relative to the importing chunk, so the CDN folder can live under any path or version.
  base: './',
  plugins: [noPreloadHelper(), minifyStyles(), buildLoaderAfterwards()],
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
      input: {
        ui: 'src/embed/ui.ts',
        rules: 'src/embed/rules.ts',
        collector: 'src/embed/delivery.ts',
        ...localeEntries,
      },
      // The loader calls these chunks' exports (mount, start, connect…); an app build would drop them. Extension
      // (not 'strict') lets preact live in npskit-ui.js, which the steps chunk imports, and ky in
      // npskit-collector.js, which the UI imports, instead of two extra shared chunks (240 B brotli less).
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: 'npskit-[name].js',
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          // The follow-up and thank-you steps, fetched once the score step is on screen.
          return /[\\/]later-steps\.ts$/.test(id) ? 'npskit-steps-[hash].js' : 'npskit-shared-[hash].js';
        },
      },
    },
  },
});
