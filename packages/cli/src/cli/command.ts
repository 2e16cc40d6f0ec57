import type { CliIo } from './cli-io.js';
import type { ExitCode } from './exit-codes.js';

/** One option of a command, as `--help` shows it and `util.parseArgs` reads it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once. */
  readonly multiple?: boolean;
  /** The placeholder in `--help`, e.g. `<file>`. */
  readonly value?: string;
  readonly description: string;
}

/** The positional arguments of a command, as `--help` shows them. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  /** At least one must be given. */
  readonly required?: boolean;
  /** Any number (`<uscc|idNumber>...`). */
  readonly variadic?: boolean;
}

/** What a command's `run` receives: its parsed arguments and the process's side effects. */
export interface CommandInput {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
  readonly io: CliIo;
}

/**
 * A command: its words (`['sync', 'run']`), what `--help` says about it (with at least one example),
 * its options and what it does. `run` returns the exit code; it throws only for failures (exit 1).
 */
export interface CommandSpec {
  readonly path: readonly string[];
  readonly summary: string;
  /** Paragraphs after the usage line. */
  readonly description?: string;
  readonly positionals?: readonly PositionalSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Shell lines, each with a `#` comment saying what it does. */
  readonly examples: readonly string[];
  run(input: CommandInput): Promise<ExitCode>;
}

/**
 * Declares a command (an identity function that checks the shape at compile time).
 *
 * @example
 * export const stateShow = defineCommand({ path: ['state', 'show'], summary: '…', options: {}, examples: ['…'], run });
 */
export function defineCommand(spec: CommandSpec): CommandSpec {
  return spec;
}

/** The `--json` option, shared by every command that prints results. */
export const JSON_OPTION: OptionSpec = {
  type: 'boolean',
  description: 'print one JSON document on stdout instead of text',
};

/** The `--config` option, shared by the commands that read a config file. */
export const CONFIG_OPTION: OptionSpec = {
  type: 'string',
  short: 'c',
  value: '<file>',
  description: 'config file: .yaml, .yml, .json, .js, .mjs or .ts (default credit-bridge.config.*)',
};
