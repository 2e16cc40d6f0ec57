import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { readInstant } from './internal/read-instant.js';
import type { RepairHistoryEntry, RepairState } from './repair-state.js';
import { REPAIR_STATUSES, type RepairStatus } from './repair-status.js';
import { allowedRepairTransitions, repairActorRole } from './repair-transitions.js';

/** A request to move a repair to `to`. */
export interface RepairTransitionRequest {
  to: RepairStatus;
  /** ISO 8601 timestamp with offset, e.g. `2025-07-03T10:00:00+08:00`; not earlier than the last step. */
  at: string;
  /** A role from `REPAIR_ACTORS`, optionally `role:identifier`. */
  actor: string;
  reason?: string | undefined;
}

/** Codes a transition fails with. */
export type RepairTransitionErrorCode = 'E_REPAIR_TRANSITION' | 'E_REPAIR_TIME';

/** The outcome of {@link tryTransitionRepair}: the new state, or why the move was refused. */
export type RepairTransitionResult<S extends RepairState> =
  | { ok: true; state: S }
  | { ok: false; code: RepairTransitionErrorCode; message: string };

/**
 * Moves a repair to a new status as data: `{ ok: false, code, message }` for a move the transition table
 * does not allow (from a terminal status, to an unknown status, or by a role not listed for it:
 * `E_REPAIR_TRANSITION`) or for a time that is not an ISO timestamp or goes backwards (`E_REPAIR_TIME`).
 * The state is never mutated; other fields of a record pass through unchanged.
 *
 * @example
 * const result = tryTransitionRepair(state, { to: 'accepted', at: '2025-07-02T09:00:00+08:00', actor: 'credit_china' });
 * if (!result.ok) report(result.code, result.message);
 */
export function tryTransitionRepair<S extends RepairState>(
  state: S,
  request: RepairTransitionRequest,
): RepairTransitionResult<S> {
  const from = state.status;
  const move = `${from} → ${String(request.to)}`;
  if (!REPAIR_STATUSES.includes(request.to)) {
    return refuse('E_REPAIR_TRANSITION', `${move}: unknown status`);
  }
  const allowed = allowedRepairTransitions(from);
  const rule = allowed.find((candidate) => candidate.to === request.to);
  if (rule === undefined) {
    const options = allowed.map((candidate) => candidate.to).join(', ') || 'none, it is final';
    return refuse('E_REPAIR_TRANSITION', `${move} is not allowed (allowed: ${options})`);
  }
  const role = repairActorRole(request.actor);
  if (!rule.actors.some((actor) => actor === role)) {
    return refuse(
      'E_REPAIR_TRANSITION',
      `${move} may be made by ${rule.actors.join(' or ')}, not by "${role}"`,
    );
  }
  const at = readInstant(request.at);
  if (at === undefined) {
    return refuse(
      'E_REPAIR_TIME',
      `${move}: ${JSON.stringify(request.at)} is not an ISO timestamp with offset`,
    );
  }
  const last = state.history[state.history.length - 1];
  if (last !== undefined) {
    const lastAt = readInstant(last.at);
    if (lastAt === undefined) {
      return refuse(
        'E_REPAIR_TIME',
        `${move}: the last step's time ${JSON.stringify(last.at)} is unreadable`,
      );
    }
    if (at < lastAt) {
      return refuse('E_REPAIR_TIME', `${move}: ${request.at} is earlier than the last step (${last.at})`);
    }
  }

  const entry: RepairHistoryEntry = { status: request.to, at: request.at, actor: request.actor };
  if (request.reason !== undefined) entry.reason = request.reason;
  // A record passes through with its other fields; only status and history change.
  const next = { ...state, status: request.to, history: [...state.history, entry] } as S;
  return { ok: true, state: next };
}

/**
 * Moves a repair to a new status, or throws `CreditBridgeError` with `E_REPAIR_TRANSITION` (the message
 * names from → to) or `E_REPAIR_TIME`. Use {@link tryTransitionRepair} in batch paths.
 *
 * @example
 * let state = createRepairState({ at: '2025-07-01T09:00:00+08:00', actor: 'applicant' });
 * state = transitionRepair(state, { to: 'accepted', at: '2025-07-02T09:00:00+08:00', actor: 'credit_china' });
 */
export function transitionRepair<S extends RepairState>(state: S, request: RepairTransitionRequest): S {
  const result = tryTransitionRepair(state, request);
  if (!result.ok) {
    throw new CreditBridgeError({
      code: result.code,
      message: `[transitionRepair] ${result.message}`,
      details: { from: state.status, to: request.to, at: request.at },
    });
  }
  return result.state;
}

function refuse(code: RepairTransitionErrorCode, message: string): RepairTransitionResult<never> {
  return { ok: false, code, message };
}
