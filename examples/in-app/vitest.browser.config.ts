import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The test starts the example collector from its TypeScript source, which imports @npskit/core.
const conditions = ['@npskit/source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['test/**/*.browser.test.ts'], hookTimeout: 90_000, testTimeout: 60_000 },
});
