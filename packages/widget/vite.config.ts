import { defineConfig } from 'vitest/config';

// The ESM build for apps (dist/index.js + locale chunks). The embed's own build runs after this one
// into dist/cdn, so this build must be the one that empties dist/, and it must not run after it.
export default defineConfig({
  resolve: { conditions: ['@npskit/source'] },
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    rollupOptions: { external: [/^preact/, /^@preact\//, /^@npskit\//, 'ky'] },
    // Readable output with source maps: apps minify their own bundles (scripts/size.ts measures the minified cost).
    minify: false,
    sourcemap: true,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts', 'src/testing/later-steps.ts'],
  },
});
