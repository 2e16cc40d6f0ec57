#!/usr/bin/env node
import type { CliIo, OutputStream } from '../cli/cli-io.js';
import { runCli } from '../cli/run-cli.js';
import { COMMANDS } from '../commands/index.js';

// The composition root of the command line: the only place that reads argv and the environment,
// writes to the process's streams, handles signals and sets the exit code.
function streamOf(stream: NodeJS.WriteStream): OutputStream {
  return {
    write: (text) => {
      stream.write(text);
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns ?? 80;
    },
  };
}

const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal: NodeJS.Signals): void => {
  interrupts += 1;
  // The first signal lets the command stop at a safe point (the sync runner commits what it settled);
  // a second one means "now".
  if (interrupts > 1) process.exit(130);
  process.stderr.write(`\ncredit-bridge: ${signal}: stopping at the next safe point (again to stop now)\n`);
  controller.abort(new Error(`interrupted by ${signal}`));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const io: CliIo = {
  stdout: streamOf(process.stdout),
  stderr: streamOf(process.stderr),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  signal: controller.signal,
};

runCli(process.argv.slice(2), io, COMMANDS).then((code) => {
  process.exitCode = code;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  // A command closes what it opened; this only keeps a stray keep-alive socket from holding the exit.
  setTimeout(() => process.exit(code), 2_000).unref();
});
