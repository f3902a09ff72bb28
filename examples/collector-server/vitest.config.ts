import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Vitest runs this code in Vite's server (SSR) environment, whose resolver has its own conditions.
const conditions = ['@npskit/source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    // PGlite takes seconds to boot on a busy machine; the suite shares one instance per file.
    hookTimeout: 60_000,
    testTimeout: 20_000,
  },
});
