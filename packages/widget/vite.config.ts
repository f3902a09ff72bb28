import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@npskit/source'] },
  build: {
    target: 'es2020',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    rollupOptions: { external: [/^preact/, /^@preact\//, /^@npskit\//, 'ky'] },
    sourcemap: true,
  },
  test: { environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'] },
});
