import { isCreditBridgeError } from '@credit-bridge/core';
import { describe, expect, it } from 'vitest';
import { type CommandSpec, defineCommand } from '../../src/cli/command.js';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import { parseCommandLine } from '../../src/cli/parse-command-line.js';

const run = async () => EXIT_CODES.ok;
const commands: CommandSpec[] = [
  defineCommand({
    path: ['state', 'show'],
    summary: 's',
    options: { json: { type: 'boolean', description: 'j' } },
    examples: ['x'],
    run,
  }),
  defineCommand({
    path: ['state', 'reset'],
    summary: 'r',
    options: { stream: { type: 'string', multiple: true, description: 's' } },
    examples: ['x'],
    run,
  }),
  defineCommand({
    path: ['check'],
    summary: 'c',
    positionals: [{ name: 'id', description: 'i', required: true, variadic: true }],
    options: {},
    examples: ['x'],
    run,
  }),
];

function usage(argv: string[]): string {
  try {
    parseCommandLine(argv, commands);
  } catch (error) {
    if (isCreditBridgeError(error) && error.code === 'E_USAGE') return error.message;
    throw error;
  }
  throw new Error('parsed');
}

describe('parseCommandLine', () => {
  it('finds the longest command path and reads its options and arguments', () => {
    const parsed = parseCommandLine(['state', 'reset', '--stream', 'a', '--stream', 'b'], commands);
    expect(parsed.kind === 'run' && [parsed.command.path, parsed.values]).toEqual([
      ['state', 'reset'],
      { stream: ['a', 'b'] },
    ]);
    const check = parseCommandLine(['check', 'A', 'B'], commands);
    expect(check.kind === 'run' && check.positionals).toEqual(['A', 'B']);
  });

  it('answers help in every spelling', () => {
    expect(parseCommandLine([], commands).kind).toBe('root-help');
    expect(parseCommandLine(['--help'], commands).kind).toBe('root-help');
    expect(parseCommandLine(['--version'], commands).kind).toBe('version');
    const forms = [
      ['state', 'show', '--help'],
      ['state', 'show', '-h'],
      ['help', 'state', 'show'],
    ];
    for (const argv of forms) {
      const parsed = parseCommandLine(argv, commands);
      expect(parsed.kind === 'help' && parsed.command.path).toEqual(['state', 'show']);
    }
  });

  it('explains what is wrong with a command line', () => {
    expect(usage(['nope'])).toBe('unknown command "nope"');
    expect(usage(['state'])).toBe('state needs a subcommand: show, reset');
    expect(usage(['state', 'wipe'])).toBe('state has no subcommand "wipe": show, reset');
    expect(usage(['state', 'show', '--bogus'])).toBe("state show: Unknown option '--bogus'");
    expect(usage(['state', 'show', 'extra'])).toBe('state show: unexpected argument "extra"');
    expect(usage(['check'])).toBe('check: missing <id>');
  });
});
