import type { CommandSpec } from './command.js';
import { EXIT_CODES_HELP } from './exit-codes.js';

/**
 * The text of `credit-bridge --help`: every command with its summary, an example, the exit codes and
 * where secrets come from.
 *
 * @example
 * io.stdout.write(formatRootHelp(COMMANDS));
 */
export function formatRootHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((command) => command.path.join(' ').length));
  const lines = commands.map((command) => `  ${command.path.join(' ').padEnd(width)}  ${command.summary}`);
  return `${[
    'Usage: credit-bridge <command> [options]',
    '',
    'Moves district exports to the credit platform and the exchange platform, checks subjects,',
    'fetches credit reports, and runs the mock platforms and a zero-configuration demo.',
    '',
    'Commands:',
    ...lines,
    '',
    'Examples:',
    '  credit-bridge demo                          # everything, on embedded defaults',
    '  credit-bridge sync run --config sync.yaml   # a nightly sync',
    '  credit-bridge help sync run                 # one command in detail (or: sync run --help)',
    '',
    EXIT_CODES_HELP,
    '',
    'Secrets come only from environment variables (CREDIT_BRIDGE_CREDIT_APP_SECRET, …); a config file',
    'that holds one is refused, and none is ever printed.',
  ].join('\n')}\n`;
}

/**
 * The text of `credit-bridge <command> --help`: usage, description, arguments, options, examples and
 * the exit codes.
 *
 * @example
 * io.stdout.write(formatCommandHelp(syncRun));
 */
export function formatCommandHelp(command: CommandSpec): string {
  const name = command.path.join(' ');
  const positionals = (command.positionals ?? []).map((spec) => {
    const word = `<${spec.name}>${spec.variadic === true ? '...' : ''}`;
    return spec.required === true ? word : `[${word}]`;
  });
  const options = Object.entries(command.options).map(([option, spec]) => {
    const flag = `${spec.short === undefined ? '    ' : `-${spec.short}, `}--${option}${spec.value === undefined ? '' : ` ${spec.value}`}`;
    return [flag, spec.description] as const;
  });
  options.push(['-h, --help', 'show this text']);
  const optionWidth = Math.max(...options.map(([flag]) => flag.length));
  const sections = [
    `Usage: credit-bridge ${[name, ...positionals, '[options]'].join(' ')}`,
    '',
    command.summary,
  ];
  if (command.description !== undefined) sections.push('', command.description);
  if ((command.positionals ?? []).length > 0) {
    const width = Math.max(...(command.positionals ?? []).map((spec) => spec.name.length + 2));
    sections.push(
      '',
      'Arguments:',
      ...(command.positionals ?? []).map(
        (spec) => `  ${`<${spec.name}>`.padEnd(width)}  ${spec.description}`,
      ),
    );
  }
  sections.push(
    '',
    'Options:',
    ...options.map(([flag, description]) => `  ${flag.padEnd(optionWidth)}  ${description}`),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
    EXIT_CODES_HELP,
  );
  return `${sections.join('\n')}\n`;
}
