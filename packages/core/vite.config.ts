import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@npskit/source'] },
  build: {
    target: 'es2020',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    sourcemap: true,
  },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
