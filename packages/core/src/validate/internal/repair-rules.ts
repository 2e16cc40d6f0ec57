import { checkNotFuture } from './date-rules.js';
import { readArray, readPath, readString } from './read-path.js';
import type { RuleContext } from './rule-context.js';

// Statuses reached only through a decision, and the outcome each implies (domain reference §4.4).
const DECIDED_STATUSES: Readonly<Record<string, 'approved' | 'denied' | undefined>> = {
  approved: 'approved',
  synced_local: 'approved',
  synced_third_parties: 'approved',
  denied: 'denied',
};

/**
 * Repair rules: history in time order and ending in `status`, nothing in the future, a decision where
 * the status implies one and agreeing with it, and a reason for a denial.
 */
export function checkRepair(context: RuleContext): void {
  const { input, collector } = context;
  const history = readArray(input, ['history']);
  let previous = Number.NEGATIVE_INFINITY;
  history.forEach((_, index) => {
    checkNotFuture(context, ['history', index, 'at']);
    const at = instant(readString(input, ['history', index, 'at']));
    if (at === undefined) return;
    if (at < previous)
      collector.add(['history', index, 'at'], 'E_HISTORY_ORDER', 'is earlier than the entry before');
    previous = at;
  });
  const status = readString(input, ['status']);
  const last =
    history.length === 0 ? undefined : readString(input, ['history', history.length - 1, 'status']);
  if (status !== undefined && last !== undefined && last !== status) {
    collector.add(['status'], 'E_STATUS_MISMATCH', `differs from the last history entry (${last})`);
  }

  checkNotFuture(context, ['decision', 'decidedAt']);
  readArray(input, ['receipts']).forEach((_, index) => {
    checkNotFuture(context, ['receipts', index, 'receivedAt']);
  });
  const implied = status === undefined ? undefined : DECIDED_STATUSES[status];
  const outcome = readString(input, ['decision', 'outcome']);
  if (implied !== undefined && readPath(input, ['decision']) === undefined) {
    collector.add(['decision'], 'E_REQUIRED', `is required in status ${status}`);
  } else if (implied !== undefined && outcome !== undefined && outcome !== implied) {
    collector.add(['decision', 'outcome'], 'E_DECISION_MISMATCH', `must be ${implied} in status ${status}`);
  }
  if (outcome === 'denied' && readPath(input, ['decision', 'reason']) === undefined) {
    collector.add(['decision', 'reason'], 'E_REQUIRED', 'is required for a denial');
  }
}

function instant(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
