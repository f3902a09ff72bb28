import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Vitest runs this code in Vite's server (SSR) environment, whose resolver has its own conditions.
const conditions = ['@npskit/source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['test/**/*.test.ts'] },
});
