import type { CommandSpec } from '../cli/command.js';
import { checkCommand } from './check.js';
import { mirrorPullCommand } from './mirror-pull.js';
import { mockServeCommand } from './mock-serve.js';
import { reportGetCommand } from './report-get.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `credit-bridge --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  checkCommand,
  reportGetCommand,
  validateCommand,
  mirrorPullCommand,
  mockServeCommand,
];
