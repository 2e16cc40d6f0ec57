#!/usr/bin/env node
// Runs every package's benchmarks (`packages/*/bench/*.bench.ts`) with vitest's bench mode. Each benchmark
// compares against a baseline measured in the same run, because machines here are shared and noisy.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'bench', '--run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
