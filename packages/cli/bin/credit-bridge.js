#!/usr/bin/env node
// Starts the command line. Installed from a registry (inside node_modules) it runs the built files; in
// a workspace checkout it runs the TypeScript source through tsx with the source export condition, so
// `pnpm exec credit-bridge` works right after `pnpm install` and never runs a stale build.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
if (here.split(/[\\/]/).includes('node_modules')) {
  await import(new URL('../dist/bin/credit-bridge.js', import.meta.url).href);
} else {
  const source = fileURLToPath(new URL('../src/bin/credit-bridge.ts', import.meta.url));
  const tsx = import.meta.resolve('tsx');
  const child = spawn(
    process.execPath,
    ['--conditions=@credit-bridge/source', '--import', tsx, source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Ctrl-C reaches the child from the terminal itself; a SIGTERM sent to this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? 128 + (signal === null ? 0 : constants.signals[signal]);
  });
}
