import { defineConfig } from 'vitest/config';

// `test` is the benchmark's smoke run: one load of each page in real Chromium, asserting both
// surveys render and every figure is measured. The full benchmark is `bench`.
export default defineConfig({
  resolve: { conditions: ['@npskit/source'] },
  test: { environment: 'node', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
});
