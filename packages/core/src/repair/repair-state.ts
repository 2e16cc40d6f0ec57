import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { readInstant } from './internal/read-instant.js';
import type { RepairStatus } from './repair-status.js';

/** One step a repair went through. `at` is an ISO 8601 timestamp with offset, normally `+08:00`. */
export interface RepairHistoryEntry {
  status: RepairStatus;
  at: string;
  /** A role from `REPAIR_ACTORS`, optionally followed by `:` and an identifier. */
  actor: string;
  reason?: string | undefined;
}

/**
 * The state the workflow needs. A repair record carrying `status` and `history` under these names (the
 * model's repair application) is a `RepairState`, and the workflow functions return it with its other
 * fields untouched.
 */
export interface RepairState {
  status: RepairStatus;
  history: readonly RepairHistoryEntry[];
}

/**
 * A new repair in `submitted`, with the submission as its first history entry. Throws `E_REPAIR_TIME` when
 * `at` is not an ISO 8601 timestamp with an offset.
 *
 * @example
 * createRepairState({ at: '2025-07-01T09:00:00+08:00', actor: 'applicant' });
 */
export function createRepairState(submission: { at: string; actor: string; reason?: string }): RepairState {
  if (readInstant(submission.at) === undefined) {
    throw new CreditBridgeError({
      code: 'E_REPAIR_TIME',
      message: `[createRepairState] ${JSON.stringify(submission.at)} is not an ISO timestamp with offset`,
    });
  }
  const entry: RepairHistoryEntry = { status: 'submitted', at: submission.at, actor: submission.actor };
  if (submission.reason !== undefined) entry.reason = submission.reason;
  return { status: 'submitted', history: [entry] };
}
