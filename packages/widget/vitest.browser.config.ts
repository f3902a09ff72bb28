import { defineConfig } from 'vitest/config';

// The real-browser suite: Node drives Debian Chromium against the *built* bundle in dist/.
export default defineConfig({
  resolve: { conditions: ['@npskit/source'] },
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machines have two cores and timing-sensitive delivery tests.
    fileParallelism: false,
  },
});
