import { defineConfig } from 'vitest/config';

// Real Chromium (Debian's, through playwright-core): the browser-only parts — sendBeacon on pagehide, localStorage
// across reloads and tabs, CORS without preflight — against the local receiver.
export default defineConfig({
  resolve: { conditions: ['@npskit/source'] },
  test: {
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
