import { isCreditBridgeError, redactText } from '@credit-bridge/core';
import type { CliIo } from './cli-io.js';
import type { CommandSpec } from './command.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { formatCommandHelp, formatRootHelp } from './format-help.js';
import { parseCommandLine } from './parse-command-line.js';

/** The version `credit-bridge --version` prints. */
export const CLI_VERSION = '0.1.0';

/**
 * Runs one command line with the given side effects and returns the exit code; never throws. A
 * failure is printed on stderr as `credit-bridge: <code>: <message>` (masked), and with `--json` also as
 * `{ "ok": false, "error": { code, message } }` on stdout, so a script can always parse stdout.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), io, COMMANDS);
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CommandSpec[],
): Promise<ExitCode> {
  const json = argv.includes('--json');
  try {
    const parsed = parseCommandLine(argv, commands);
    switch (parsed.kind) {
      case 'root-help':
        io.stdout.write(formatRootHelp(commands));
        return EXIT_CODES.ok;
      case 'version':
        io.stdout.write(`credit-bridge ${CLI_VERSION}\n`);
        return EXIT_CODES.ok;
      case 'help':
        io.stdout.write(formatCommandHelp(parsed.command));
        return EXIT_CODES.ok;
      case 'run':
        return await parsed.command.run({ values: parsed.values, positionals: parsed.positionals, io });
      default:
        return parsed satisfies never;
    }
  } catch (error) {
    const { code, message } = describeFailure(error);
    io.stderr.write(`credit-bridge: ${code}: ${message}\n`);
    if (code === 'E_USAGE')
      io.stderr.write('Run "credit-bridge --help" for the commands and their options.\n');
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, error: { code, message } }, null, 2)}\n`);
    return EXIT_CODES.failed;
  }
}

function describeFailure(error: unknown): { code: string; message: string } {
  if (isCreditBridgeError(error)) return { code: error.code, message: error.message };
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'E_UNEXPECTED', message: redactText(error.message) };
  }
  return { code: 'E_UNEXPECTED', message: redactText(String(error)) };
}
