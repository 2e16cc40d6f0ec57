#!/usr/bin/env node
// Runs every benchmark script (`packages/*/bench/*.bench.{ts,mts,mjs}`, `bench/*.bench.…`) in turn, each as
// a plain program (TypeScript through tsx, reading workspace packages from source), so that each can measure
// against its own baseline in the same run (machines here are shared and noisy) and print its own summary.
// Arguments filter the scripts by substring of their path: `pnpm bench credit-platform`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = [...readdirSync(join(root, 'packages')).map((name) => join('packages', name, 'bench')), 'bench'];
const scripts = dirs
  .filter((dir) => existsSync(join(root, dir)))
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(dir, name)))
  .filter((file) => /\.bench\.(ts|mts|mjs)$/.test(file))
  .filter((file) => process.argv.slice(2).every((filter) => file.includes(filter)))
  .sort();

let failed = 0;
for (const file of scripts) {
  process.stdout.write(`\n▶ ${file}\n`);
  const command = /\.m?ts$/.test(file)
    ? ['exec', 'tsx', '--conditions=@credit-bridge/source', file]
    : ['exec', 'node', file];
  const result = spawnSync('pnpm', command, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
if (scripts.length === 0) process.stdout.write('no benchmark scripts found\n');
process.exit(failed === 0 ? 0 : 1);
