import type { CommandSpec } from '../cli/command.js';
import { checkCommand } from './check.js';
import { demoCommand } from './demo.js';
import { mirrorPullCommand } from './mirror-pull.js';
import { mockServeCommand } from './mock-serve.js';
import { rejectsListCommand } from './rejects-list.js';
import { rejectsRetryCommand } from './rejects-retry.js';
import { reportGetCommand } from './report-get.js';
import { stateResetCommand } from './state-reset.js';
import { stateShowCommand } from './state-show.js';
import { syncPlanCommand } from './sync-plan.js';
import { syncRunCommand } from './sync-run.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `credit-bridge --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  demoCommand,
  syncRunCommand,
  syncPlanCommand,
  checkCommand,
  reportGetCommand,
  validateCommand,
  stateShowCommand,
  stateResetCommand,
  rejectsListCommand,
  rejectsRetryCommand,
  mirrorPullCommand,
  mockServeCommand,
];
