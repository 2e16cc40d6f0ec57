import { parseArgs } from 'node:util';
import type { CommandInput, CommandSpec } from './command.js';
import { usageError } from './usage-error.js';

/** What a command line asks for: a command's help, the root help, or a command with its arguments. */
export type ParsedCommandLine =
  | { readonly kind: 'root-help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'help'; readonly command: CommandSpec }
  | {
      readonly kind: 'run';
      readonly command: CommandSpec;
      readonly values: CommandInput['values'];
      readonly positionals: string[];
    };

/**
 * Finds the command a command line names (the longest run of leading words that is a command's
 * path) and reads its options with `util.parseArgs` (strict: an unknown option is an error). Throws
 * `E_USAGE` for an unknown command, option or a missing positional argument.
 *
 * @example
 * parseCommandLine(['sync', 'run', '--config', 'sync.yaml'], COMMANDS);
 */
export function parseCommandLine(
  argv: readonly string[],
  commands: readonly CommandSpec[],
): ParsedCommandLine {
  const words: string[] = [];
  for (const token of argv) {
    if (token.startsWith('-')) break;
    words.push(token);
  }
  if (words.length === 0) {
    if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { kind: 'root-help' };
    throw usageError(`unknown option ${argv[0] ?? ''}`);
  }
  if (words[0] === 'help') {
    const target = findCommand(words.slice(1), commands);
    return target === undefined ? { kind: 'root-help' } : { kind: 'help', command: target.command };
  }
  const found = findCommand(words, commands);
  if (found === undefined) throw unknownCommand(words, commands);
  const rest = argv.slice(found.command.path.length);
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', command: found.command };
  const options = Object.fromEntries(
    Object.entries(found.command.options).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.short === undefined ? {} : { short: spec.short }),
        ...(spec.multiple === true ? { multiple: true } : {}),
      },
    ]),
  );
  const name = found.command.path.join(' ');
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(`${name}: ${((error as Error).message.split('. To specify')[0] ?? '').split('\n')[0]}`);
  }
  checkPositionals(found.command, parsed.positionals);
  // Options are declared as strings and booleans only, so the values are too.
  const values = parsed.values as CommandInput['values'];
  return { kind: 'run', command: found.command, values, positionals: parsed.positionals };
}

function findCommand(
  words: readonly string[],
  commands: readonly CommandSpec[],
): { command: CommandSpec } | undefined {
  let best: CommandSpec | undefined;
  for (const command of commands) {
    const matches = command.path.every((word, index) => words[index] === word);
    if (matches && (best === undefined || command.path.length > best.path.length)) best = command;
  }
  return best === undefined ? undefined : { command: best };
}

function unknownCommand(words: readonly string[], commands: readonly CommandSpec[]) {
  const group = commands.filter((command) => command.path[0] === words[0] && command.path.length > 1);
  if (group.length > 0) {
    const subs = group.map((command) => command.path.slice(1).join(' ')).join(', ');
    const what = words[1] === undefined ? 'needs a subcommand' : `has no subcommand "${words[1]}"`;
    return usageError(`${words[0]} ${what}: ${subs}`);
  }
  return usageError(`unknown command "${words[0] ?? ''}"`);
}

function checkPositionals(command: CommandSpec, positionals: readonly string[]): void {
  const specs = command.positionals ?? [];
  const name = command.path.join(' ');
  const required = specs.filter((spec) => spec.required === true);
  if (positionals.length < required.length) {
    const missing = required[positionals.length];
    throw usageError(`${name}: missing <${missing?.name ?? 'argument'}>`);
  }
  const variadic = specs.some((spec) => spec.variadic === true);
  if (!variadic && positionals.length > specs.length) {
    throw usageError(`${name}: unexpected argument "${positionals[specs.length] ?? ''}"`);
  }
}
