import { defineConfig } from 'vitest/config';

const conditions = ['@credit-bridge/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: [],
    benchmark: { include: ['packages/*/bench/**/*.bench.ts', 'bench/**/*.bench.ts'] },
  },
});
