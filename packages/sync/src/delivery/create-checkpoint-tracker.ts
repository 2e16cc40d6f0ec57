import { CreditBridgeError } from '@credit-bridge/core';

/**
 * Finds how far a stream is settled while its items complete out of order: positions are opened in
 * increasing order, settled in any order, and the checkpoint is the highest position up to which every
 * opened position is settled (a contiguous prefix).
 */
export interface CheckpointTracker {
  /** Registers the next position (greater than every one before), pending until {@link settle}d. */
  open(position: number): void;
  /** Settles an opened position. */
  settle(position: number): void;
  /** Opens and settles at once: a row with nothing to deliver (rejected, unchanged). */
  pass(position: number): void;
  /** The highest position with every opened position up to it settled; `undefined` before any. */
  readonly settledThrough: number | undefined;
  /** Opened positions not yet behind the checkpoint. */
  readonly pending: number;
}

/**
 * Creates a tracker that starts after `start` (the stored checkpoint, when resuming). Memory is one
 * slot per position opened but not yet behind the checkpoint.
 *
 * @example
 * const tracker = createCheckpointTracker();
 * tracker.open(1); tracker.open(2); tracker.settle(2);
 * tracker.settledThrough; // undefined: 1 is still out
 * tracker.settle(1);
 * tracker.settledThrough; // 2
 */
export function createCheckpointTracker(start?: number): CheckpointTracker {
  let settledThrough = start;
  let last = start ?? Number.NEGATIVE_INFINITY;
  // Positions opened and not yet behind the checkpoint, in order, from `head`.
  let queue: number[] = [];
  let head = 0;
  const settled = new Set<number>();

  const advance = () => {
    while (head < queue.length && settled.has(queue[head] as number)) {
      const position = queue[head] as number;
      settled.delete(position);
      settledThrough = position;
      head += 1;
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  };

  const open = (position: number) => {
    if (!(position > last)) {
      throw new CreditBridgeError({
        code: 'E_SYNC_CHECKPOINT',
        message: `[checkpointTracker] position ${position} opened after ${last}: positions must increase`,
      });
    }
    last = position;
    queue.push(position);
  };

  const settle = (position: number) => {
    if (settled.has(position) || !isOpen(position)) {
      throw new CreditBridgeError({
        code: 'E_SYNC_CHECKPOINT',
        message: `[checkpointTracker] position ${position} is not open`,
      });
    }
    settled.add(position);
    advance();
  };

  // Binary search: the queue from `head` is sorted.
  const isOpen = (position: number) => {
    let low = head;
    let high = queue.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = queue[middle] as number;
      if (value === position) return true;
      if (value < position) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };

  return {
    open,
    settle,
    pass(position) {
      open(position);
      settle(position);
    },
    get settledThrough() {
      return settledThrough;
    },
    get pending() {
      return queue.length - head;
    },
  };
}
