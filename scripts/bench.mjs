#!/usr/bin/env node
// Runs every benchmark. Each compares against a baseline measured in the same run, because machines here
// are shared and noisy.
// - `packages/*/bench/**/*.bench.ts` and `bench/**/*.bench.ts`: vitest's bench mode (vitest.bench.config.ts);
// - `packages/*/bench/*.bench.mts` and `bench/*.bench.mts`: plain scripts, for benchmarks whose output ends
//   with a summary line vitest bench cannot print (run with tsx, reading sources through the
//   `@credit-bridge/source` condition like the tests).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const benchDirs = [
  ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'bench')),
  join(root, 'bench'),
].filter((dir) => existsSync(dir));
const files = benchDirs.flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)),
);

let status = 0;
if (files.some((file) => file.endsWith('.bench.ts'))) {
  const result = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'bench', '--run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)],
    { stdio: 'inherit', cwd: root },
  );
  status ||= result.status ?? 1;
}
for (const file of files.filter((name) => name.endsWith('.bench.mts')).sort()) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=@credit-bridge/source', '--import', 'tsx', file],
    { stdio: 'inherit', cwd: root },
  );
  status ||= result.status ?? 1;
}
process.exit(status);
