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
    // Each file gets its own in-memory PGlite; against one PostgreSQL server (DATABASE_URL) the files share a
    // table they empty between tests, so they run one after another.
    fileParallelism: !process.env.DATABASE_URL,
    // PGlite takes seconds to boot on a busy machine; the suite shares one instance per file.
    hookTimeout: 60_000,
    testTimeout: 20_000,
  },
});
