/**
 * @credit-bridge/cli — the `credit-bridge` command line, the one composition root of the toolkit.
 *
 * The bin is the product; this entry exports what a TypeScript config file and an embedding program
 * need: `defineConfig` and the config's types, and `runCli` with the command table.
 */

// Running the command line in-process
export { type CliIo, createBufferStream, type OutputStream } from './cli/cli-io.js';
export { EXIT_CODES, type ExitCode } from './cli/exit-codes.js';
export { CLI_VERSION, runCli } from './cli/run-cli.js';
export { COMMANDS } from './commands/index.js';
// Config files: YAML, JSON or TypeScript
export type { CreditBridgeConfig, PlatformConfig, StreamConfig } from './config/config-schema.js';
export { defineConfig } from './config/define-config.js';
export {
  DEFAULT_CONFIG_NAMES,
  loadConfig,
  type ResolvedConfig,
  type ResolvedStream,
} from './config/load-config.js';
